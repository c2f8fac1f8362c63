// "regex": syntax check of an ECMA-262 regular expression pattern.
//
// The pattern is checked against the ECMA-262 (2025) grammar with the `u`
// flag, i.e. without the Annex B web-compatibility leniencies: identity
// escapes are limited to syntax characters and "/" (so "\a", "\Z", "\A",
// "\-" outside a class are errors), lone "{", "}" and "]" are errors, and
// back references must refer to an existing group. Supported: named groups
// and \k<name>, lookahead/lookbehind, modifier groups "(?i-m:...)", \p{...}
// property escapes (property names/values are only checked lexically) and
// \u{...}. Python/PCRE-only syntax ((?P<n>..), (?#..), (?i)) is rejected.

extension FormatChecker {
    enum ECMARegex {
        static func isValid(_ pattern: String) -> Bool {
            var p = Parser(Array(pattern.unicodeScalars))
            return p.parsePattern()
        }

        struct Parser {
            let c: [Unicode.Scalar]
            var pos = 0
            var groupCount = 0
            var groupNames: Set<String> = []

            init(_ c: [Unicode.Scalar]) { self.c = c }

            var atEnd: Bool { pos >= c.count }

            func peek(_ offset: Int = 0) -> Unicode.Scalar? {
                pos + offset < c.count ? c[pos + offset] : nil
            }

            mutating func eat(_ s: Unicode.Scalar) -> Bool {
                if peek() == s { pos += 1; return true }
                return false
            }

            mutating func parsePattern() -> Bool {
                scanGroups()
                return parseDisjunction() && atEnd
            }

            /// Pre-pass counting capturing groups and collecting group names
            /// (back references may point forwards).
            mutating func scanGroups() {
                var i = 0
                var inClass = false
                while i < c.count {
                    let x = c[i]
                    if x == "\\" { i += 2; continue }
                    if inClass {
                        if x == "]" { inClass = false }
                    } else if x == "[" {
                        inClass = true
                    } else if x == "(" {
                        if i + 1 < c.count, c[i + 1] == "?" {
                            if i + 3 < c.count, c[i + 2] == "<", c[i + 3] != "=", c[i + 3] != "!" {
                                groupCount += 1
                                var name = ""
                                var j = i + 3
                                while j < c.count, c[j] != ">" { name.unicodeScalars.append(c[j]); j += 1 }
                                groupNames.insert(name)
                            }
                        } else {
                            groupCount += 1
                        }
                    }
                    i += 1
                }
            }

            mutating func parseDisjunction() -> Bool {
                repeat {
                    while let x = peek(), x != "|", x != ")" {
                        guard parseTerm() else { return false }
                    }
                } while eat("|")
                return true
            }

            mutating func parseTerm() -> Bool {
                guard let x = peek() else { return false }
                var quantifiable = true
                switch x {
                case "^", "$":
                    pos += 1
                    quantifiable = false
                case "\\":
                    if peek(1) == "b" || peek(1) == "B" {
                        pos += 2
                        quantifiable = false
                    } else {
                        pos += 1
                        guard parseAtomEscape(inClass: false) != nil else { return false }
                    }
                case "(":
                    pos += 1
                    guard let q = parseGroup() else { return false }
                    quantifiable = q
                case "[":
                    pos += 1
                    guard parseClass() else { return false }
                case ".":
                    pos += 1
                case "*", "+", "?", "{", "}", "]", ")", "|":
                    return false
                default:
                    pos += 1
                }
                return parseQuantifier(allowed: quantifiable)
            }

            /// After "(": returns whether the group may be quantified, nil on error.
            mutating func parseGroup() -> Bool? {
                var quantifiable = true
                if eat("?") {
                    if eat("=") || eat("!") {
                        quantifiable = false // lookahead (not quantifiable with `u`)
                    } else if peek() == "<", peek(1) == "=" || peek(1) == "!" {
                        pos += 2
                        quantifiable = false // lookbehind
                    } else if eat("<") {
                        guard parseGroupName() != nil else { return nil }
                    } else if eat(":") {
                        // non-capturing group
                    } else {
                        guard parseModifiers() else { return nil }
                    }
                }
                guard parseDisjunction(), eat(")") else { return nil }
                return quantifiable
            }

            /// "(?ims-ims:" modifiers; consumes through the ":".
            mutating func parseModifiers() -> Bool {
                var seen: Set<Unicode.Scalar> = []
                var removing = false
                while let x = peek(), x != ":" {
                    if x == "-" {
                        guard !removing else { return false }
                        removing = true
                    } else {
                        guard "ims".unicodeScalars.contains(x), seen.insert(x).inserted else { return false }
                    }
                    pos += 1
                }
                return eat(":") && !seen.isEmpty
            }

            /// GroupName after "<", through ">".
            mutating func parseGroupName() -> String? {
                var name = ""
                while let x = peek(), x != ">" {
                    let p = x.properties
                    let ok = name.isEmpty
                        ? (p.isIDStart || x == "$" || x == "_")
                        : (p.isIDContinue || x == "$" || x == "\u{200C}" || x == "\u{200D}")
                    guard ok else { return nil }
                    name.unicodeScalars.append(x)
                    pos += 1
                }
                guard !name.isEmpty, eat(">") else { return nil }
                return name
            }

            mutating func parseQuantifier(allowed: Bool) -> Bool {
                guard let x = peek() else { return true }
                switch x {
                case "*", "+", "?":
                    pos += 1
                case "{":
                    pos += 1
                    guard let min = parseDecimal() else { return false }
                    if eat(","), let max = parseDecimal() {
                        guard max >= min else { return false }
                    }
                    guard eat("}") else { return false }
                default:
                    return true
                }
                guard allowed else { return false }
                _ = eat("?")
                return true
            }

            mutating func parseDecimal() -> Int? {
                var v = 0, n = 0
                while let x = peek(), isASCIIDigit(x) {
                    v = min(v * 10 + Int(x.value - 0x30), Int(Int32.max))
                    n += 1
                    pos += 1
                }
                return n > 0 ? v : nil
            }

            mutating func parseHex(count: Int) -> Int? {
                var v = 0
                for _ in 0..<count {
                    guard let x = peek(), let d = Int(String(x), radix: 16), x.isASCII else { return nil }
                    v = v * 16 + d
                    pos += 1
                }
                return v
            }

            /// After "\": the code point for character escapes, -1 for class
            /// escapes and back references, nil on a syntax error.
            mutating func parseAtomEscape(inClass: Bool) -> Int? {
                guard let x = peek() else { return nil }
                pos += 1
                switch x {
                case "1"..."9":
                    guard !inClass else { return nil }
                    pos -= 1
                    guard let n = parseDecimal(), n <= groupCount else { return nil }
                    return -1
                case "0":
                    if let n = peek(), isASCIIDigit(n) { return nil }
                    return 0
                case "d", "D", "s", "S", "w", "W":
                    return -1
                case "p", "P":
                    return parsePropertyBody() ? -1 : nil
                case "k":
                    guard !inClass, eat("<"), let name = parseGroupName(), groupNames.contains(name) else { return nil }
                    return -1
                case "f": return 0x0C
                case "n": return 0x0A
                case "r": return 0x0D
                case "t": return 0x09
                case "v": return 0x0B
                case "b": return inClass ? 0x08 : nil
                case "-": return inClass ? 0x2D : nil
                case "c":
                    guard let y = peek(), isASCIIAlpha(y) else { return nil }
                    pos += 1
                    return Int(y.value % 32)
                case "x":
                    return parseHex(count: 2)
                case "u":
                    return parseUnicodeEscape()
                default:
                    guard "^$\\.*+?()[]{}|/".unicodeScalars.contains(x) else { return nil }
                    return Int(x.value)
                }
            }

            /// "{" Name [ "=" Value ] "}" after \p or \P.
            mutating func parsePropertyBody() -> Bool {
                guard eat("{") else { return false }
                var sawChar = false, sawEquals = false
                while let y = peek(), y != "}" {
                    if y == "=" {
                        guard sawChar, !sawEquals else { return false }
                        sawEquals = true
                        sawChar = false
                    } else {
                        guard isASCIIAlpha(y) || isASCIIDigit(y) || y == "_" else { return false }
                        sawChar = true
                    }
                    pos += 1
                }
                return sawChar && eat("}")
            }

            /// After "\u": HHHH (combining surrogate pairs) or {H...}.
            mutating func parseUnicodeEscape() -> Int? {
                if eat("{") {
                    var v = 0, n = 0
                    while let y = peek(), isHexDigit(y) {
                        v = min(v * 16 + Int(String(y), radix: 16)!, 0x110000)
                        n += 1
                        pos += 1
                    }
                    guard n > 0, v <= 0x10FFFF, eat("}") else { return nil }
                    return v
                }
                guard let lead = parseHex(count: 4) else { return nil }
                if (0xD800...0xDBFF).contains(lead), peek() == "\\", peek(1) == "u" {
                    let save = pos
                    pos += 2
                    if let trail = parseHex(count: 4), (0xDC00...0xDFFF).contains(trail) {
                        return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
                    }
                    pos = save
                }
                return lead
            }

            /// After "[": ClassContents then "]". Ranges need character endpoints
            /// in ascending order.
            mutating func parseClass() -> Bool {
                _ = eat("^")
                while let x = peek(), x != "]" {
                    guard let from = parseClassAtom() else { return false }
                    if peek() == "-", let next = peek(1), next != "]" {
                        pos += 1
                        guard let to = parseClassAtom(), from >= 0, to >= 0, from <= to else { return false }
                    }
                }
                return eat("]")
            }

            /// A class atom's code point, -1 for a class escape, nil on error.
            mutating func parseClassAtom() -> Int? {
                guard let x = peek() else { return nil }
                pos += 1
                if x == "\\" { return parseAtomEscape(inClass: true) }
                return Int(x.value)
            }
        }
    }
}
