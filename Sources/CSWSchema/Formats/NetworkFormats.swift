// "ipv4", "ipv6", "email", "idn-email", "hostname" and "idn-hostname".

extension FormatChecker {
    enum IPAddress {
        /// RFC 2673 §3.2 dotted-quad: exactly four decimal octets 0–255,
        /// ASCII digits only, no leading zeros (except "0" itself).
        static func isIPv4(_ s: String) -> Bool {
            isIPv4(Array(s.utf8)[...])
        }

        static func isIPv4(_ b: ArraySlice<UInt8>) -> Bool {
            var parts = 0
            var i = b.startIndex
            while true {
                let start = i
                var value = 0
                while i < b.endIndex, isASCIIDigit(b[i]) {
                    value = value * 10 + Int(b[i] - 0x30)
                    i += 1
                    if i - start > 3 { return false }
                }
                let len = i - start
                guard len > 0, value <= 255, !(len > 1 && b[start] == 0x30) else { return false }
                parts += 1
                if i == b.endIndex { break }
                guard b[i] == 0x2E, parts < 4 else { return false }
                i += 1
            }
            return parts == 4
        }

        /// RFC 4291 §2.2 text representation: eight 16-bit hex groups, one
        /// optional "::" compression, optional trailing dotted-quad IPv4
        /// (counts as two groups). No zone identifiers, prefixes or brackets.
        static func isIPv6(_ s: String) -> Bool {
            isIPv6(Array(s.utf8)[...])
        }

        static func isIPv6(_ b: ArraySlice<UInt8>) -> Bool {
            guard b.count >= 2 else { return false }
            var groups = 0
            var sawCompression = false
            var i = b.startIndex
            if b[i] == 0x3A {
                // May only start with "::".
                guard b[i + 1] == 0x3A else { return false }
                sawCompression = true
                i += 2
                if i == b.endIndex { return true }
            }
            while i < b.endIndex {
                let start = i
                while i < b.endIndex, isHexDigit(b[i]) { i += 1 }
                if i < b.endIndex, b[i] == 0x2E {
                    // Embedded IPv4 must be the final piece.
                    guard isIPv4(b[start...]) else { return false }
                    groups += 2
                    break
                }
                let len = i - start
                guard len >= 1, len <= 4 else { return false }
                groups += 1
                if i == b.endIndex { break }
                guard b[i] == 0x3A else { return false }
                i += 1
                if i < b.endIndex, b[i] == 0x3A {
                    guard !sawCompression else { return false }
                    sawCompression = true
                    i += 1
                    if i == b.endIndex { break }
                } else if i == b.endIndex {
                    return false // trailing single colon
                }
            }
            return sawCompression ? groups <= 7 : groups == 8
        }
    }

    enum Hostname {
        static let separators: Set<Unicode.Scalar> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]

        /// RFC 1123 §2.1 host names (with RFC 5890/5891 A-label checks) or, for
        /// `international`, RFC 5890 IDN host names (U-labels and A-labels).
        /// ASCII letters are compared case-insensitively.
        static func isValid(_ s: String, international: Bool) -> Bool {
            guard !s.isEmpty else { return false }
            var labels: [[Unicode.Scalar]] = [[]]
            for c in s.unicodeScalars {
                if c == "." || (international && separators.contains(c)) {
                    labels.append([])
                } else {
                    guard international || c.isASCII else { return false }
                    let lowered = isASCIIAlpha(c) ? Unicode.Scalar(UInt8(c.value) | 0x20) : c
                    labels[labels.count - 1].append(lowered)
                }
            }
            var decoded: [[Unicode.Scalar]] = []
            var totalLength = labels.count - 1
            for label in labels {
                guard !label.isEmpty else { return false }
                if label.allSatisfy(\.isASCII) {
                    guard label.count <= 63,
                          label.allSatisfy({ isASCIIAlpha($0) || isASCIIDigit($0) || $0 == "-" }),
                          label.first != "-", label.last != "-"
                    else { return false }
                    totalLength += label.count
                    if label.count >= 4, label[2] == "-", label[3] == "-" {
                        // Reserved LDH label: only valid as an A-label ("xn--").
                        guard label[0] == "x", label[1] == "n", let u = IDNA.aLabelToULabel(label) else { return false }
                        decoded.append(u)
                    } else {
                        decoded.append(label)
                    }
                } else {
                    // U-label: its A-label form must fit in 63 octets.
                    guard let a = Punycode.encode(label), a.utf8.count + 4 <= 63 else { return false }
                    totalLength += a.utf8.count + 4
                    decoded.append(label)
                }
            }
            guard totalLength <= 253 else { return false }
            return IDNA.isValidDomain(decoded)
        }
    }

    enum Email {
        /// RFC 5321 §4.1.2 Mailbox (`international`: RFC 6531 extensions,
        /// i.e. UTF8-non-ascii in atext/qtext and IDN domains).
        static func isValid(_ s: String, international: Bool) -> Bool {
            let c = Array(s.unicodeScalars)
            guard let first = c.first else { return false }
            var i = 0
            // Local-part = Dot-string / Quoted-string
            if first == "\"" {
                i = 1
                var closed = false
                while i < c.count {
                    let x = c[i]
                    if x == "\"" { closed = true; i += 1; break }
                    if x == "\\" {
                        // quoted-pairSMTP = "\" %d32-126
                        guard i + 1 < c.count else { return false }
                        let n = c[i + 1]
                        guard (n.value >= 32 && n.value <= 126) || (international && !n.isASCII) else { return false }
                        i += 2
                        continue
                    }
                    // qtextSMTP = %d32-33 / %d35-91 / %d93-126
                    guard (x.value >= 32 && x.value <= 126) || (international && !x.isASCII) else { return false }
                    i += 1
                }
                guard closed, i > 2 else { return false }
            } else {
                var atomLen = 0
                while i < c.count, c[i] != "@" {
                    let x = c[i]
                    if x == "." {
                        guard atomLen > 0 else { return false }
                        atomLen = 0
                    } else {
                        guard isAtext(x) || (international && !x.isASCII) else { return false }
                        atomLen += 1
                    }
                    i += 1
                }
                guard atomLen > 0 else { return false }
            }
            let localOctets = String(String.UnicodeScalarView(c[0..<i])).utf8.count
            guard localOctets <= 64, i < c.count, c[i] == "@" else { return false }
            let domain = c[(i + 1)...]
            guard !domain.isEmpty else { return false }
            if domain.first == "[" {
                guard domain.last == "]", domain.count > 2 else { return false }
                return isAddressLiteral(String(String.UnicodeScalarView(domain.dropFirst().dropLast())))
            }
            return Hostname.isValid(String(String.UnicodeScalarView(domain)), international: international)
        }

        /// address-literal contents: IPv4 / "IPv6:" IPv6 / General-address-literal.
        static func isAddressLiteral(_ literal: String) -> Bool {
            if literal.hasPrefix("IPv6:") {
                return IPAddress.isIPv6(String(literal.dropFirst(5)))
            }
            if IPAddress.isIPv4(literal) { return true }
            // General-address-literal = Standardized-tag ":" 1*dcontent
            guard let colon = literal.firstIndex(of: ":"), colon != literal.startIndex else { return false }
            let tag = literal[..<colon].unicodeScalars
            let content = literal[literal.index(after: colon)...].unicodeScalars
            return tag.allSatisfy({ isASCIIAlpha($0) || isASCIIDigit($0) || $0 == "-" })
                && tag.last != "-" && !content.isEmpty
                && content.allSatisfy({ $0.value >= 33 && $0.value <= 126 && $0 != "[" && $0 != "]" && $0 != "\\" })
        }

        /// RFC 5322 atext.
        static func isAtext(_ x: Unicode.Scalar) -> Bool {
            if isASCIIAlpha(x) || isASCIIDigit(x) { return true }
            return "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(x)
        }
    }
}
