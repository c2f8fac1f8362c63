/// Strings and numbers: the byte-level scanners, with UTF-8 and escape validation.
extension ParserCore {
    mutating func parseString() throws(JSONParseError) {
        let start = i
        i += 1
        var escapes: UInt32 = 0
        while true {
            // Fast path: plain printable ASCII.
            while i + 8 <= count {
                let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if Self.needsAttention(word) { break }
                i += 8
            }
            while i < count {
                let c = b[i]
                if c < 0x20 || c == quote || c == backslash || c >= 0x80 { break }
                i += 1
            }
            guard i < count else {
                throw JSONParseError(
                    message: "unterminated string: expected a closing '\"', found end of input",
                    location: location(count),
                    notes: [.init(message: "the string starts here", location: location(start))])
            }
            let c = b[i]
            if c == quote {
                i += 1
                nodes.append(Node(kind: .string, start: UInt32(start), end: UInt32(i), info: escapes))
                return
            } else if c == backslash {
                escapes = 1
                try parseEscape()
            } else if c >= 0x80 {
                try validateUTF8()
            } else if c == 0x0A || c == 0x0D {
                throw JSONParseError(
                    message: "unterminated string: a line break inside a string must be written as \\n",
                    location: location(i),
                    notes: [.init(message: "the string starts here", location: location(start))])
            } else {
                let name = c == 0x09 ? "a tab (write \\t)" : "the control character U+\(hex4(UInt32(c))) (write \\u\(hex4(UInt32(c))))"
                throw error(at: i, "raw control character in a string: found \(name)")
            }
        }
    }

    /// True when any of the 8 bytes is < 0x20, '"', '\\' or >= 0x80 (SWAR test).
    @inline(__always)
    static func needsAttention(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let lessThan20 = (x &- ones &* 0x20) & ~x
        let q = x ^ (ones &* 0x22)
        let hasQuote = (q &- ones) & ~q
        let s = x ^ (ones &* 0x5C)
        let hasBackslash = (s &- ones) & ~s
        return ((lessThan20 | hasQuote | hasBackslash) & high) != 0 || (x & high) != 0
    }

    mutating func parseEscape() throws(JSONParseError) {
        let at = i
        i += 1
        guard i < count else {
            throw error(at: i, "unterminated string: expected an escape after '\\', found end of input")
        }
        switch b[i] {
        case UInt8(ascii: "\""), backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            i += 1
        case UInt8(ascii: "u"):
            i += 1
            let unit = try hexUnit(escapeAt: at)
            if unit >= 0xD800 && unit <= 0xDBFF {
                guard i + 1 < count, b[i] == backslash, b[i + 1] == UInt8(ascii: "u") else {
                    throw error(at: at, "invalid escape \\u\(hex4(unit)): a high surrogate must be followed by a low surrogate (\\uDC00–\\uDFFF)")
                }
                let second = i
                i += 2
                let low = try hexUnit(escapeAt: second)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw error(at: second, "invalid escape \\u\(hex4(low)) after \\u\(hex4(unit)): expected a low surrogate (\\uDC00–\\uDFFF)")
                }
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                throw error(at: at, "invalid escape \\u\(hex4(unit)): a low surrogate without a high surrogate before it")
            }
        default:
            throw error(at: at, "invalid escape '\\\(found(i).trimmingQuotes)': expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    mutating func hexUnit(escapeAt at: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard i < count, let digit = hexValue(b[i]) else {
                throw error(at: i < count ? i : count, "invalid escape at \(location(at)): expected 4 hex digits after \\u, found \(found(i))")
            }
            value = value << 4 | digit
            i += 1
        }
        return value
    }

    func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Validates one multi-byte UTF-8 sequence at `i` (rejects overlong forms, surrogates
    /// and code points past U+10FFFF) and steps over it.
    mutating func validateUTF8() throws(JSONParseError) {
        let c = b[i]
        var need = 0
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; upperBound = 0x9F
        case 0xF0: need = 3; lowerBound = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; upperBound = 0x8F
        default:
            throw error(at: i, "invalid UTF-8: byte 0x\(String(c, radix: 16, uppercase: true)) cannot start a character; save the file as UTF-8")
        }
        guard i + need < count else {
            throw error(at: i, "invalid UTF-8: the file ends in the middle of a character")
        }
        let second = b[i + 1]
        guard second >= lowerBound && second <= upperBound else {
            throw error(at: i, "invalid UTF-8: byte 0x\(String(second, radix: 16, uppercase: true)) cannot follow 0x\(String(c, radix: 16, uppercase: true)); save the file as UTF-8")
        }
        var k = 2
        while k <= need {
            guard b[i + k] & 0xC0 == 0x80 else {
                throw error(at: i, "invalid UTF-8: an incomplete character; save the file as UTF-8")
            }
            k += 1
        }
        i += need + 1
    }

    mutating func parseNumber() throws(JSONParseError) {
        let start = i
        if b[i] == UInt8(ascii: "-") {
            i += 1
            if i < count && b[i] == UInt8(ascii: "I") {
                throw error(at: start, "expected a JSON value, found '-Infinity'; NaN and Infinity are not JSON numbers — write null or a number")
            }
        }
        guard i < count, isDigit(b[i]) else {
            throw error(at: i, "expected a digit after '-', found \(found(i))")
        }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < count && isDigit(b[i]) {
                throw error(at: start, "numbers cannot have leading zeros: write \(trimmedLeadingZeros(from: start)) instead")
            }
        } else {
            while i < count && isDigit(b[i]) { i += 1 }
        }
        var fraction: UInt32 = 0
        if i < count && b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < count, isDigit(b[i]) else {
                throw error(at: i, "expected a digit after the decimal point, found \(found(i))")
            }
            while i < count && isDigit(b[i]) { i += 1 }
            fraction = 1
        }
        if i < count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < count, isDigit(b[i]) else {
                throw error(at: i, "expected a digit in the exponent, found \(found(i))")
            }
            while i < count && isDigit(b[i]) { i += 1 }
            fraction = 1
        }
        nodes.append(Node(kind: .number, start: UInt32(start), end: UInt32(i), info: fraction))
    }

    @inline(__always)
    func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }

    func trimmedLeadingZeros(from start: Int) -> String {
        var end = start
        while end < count && (isDigit(b[end]) || b[end] == UInt8(ascii: "-") || b[end] == UInt8(ascii: ".")) { end += 1 }
        var text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        while text.count > 1 && text.hasPrefix("0") && !text.hasPrefix("0.") { text.removeFirst() }
        return (negative ? "-" : "") + text
    }
}

extension String {
    var trimmingQuotes: String {
        var s = self
        if s.hasPrefix("'") && s.hasSuffix("'") && s.count >= 2 { s.removeFirst(); s.removeLast() }
        return s
    }
}
