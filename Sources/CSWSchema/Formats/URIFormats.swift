// "uri", "uri-reference", "iri", "iri-reference" (RFC 3986 / RFC 3987
// grammars) and "uri-template" (RFC 6570, level 4 syntax).

extension FormatChecker {
    enum URIGrammar {
        typealias Scalars = ArraySlice<Unicode.Scalar>

        static func isValid(_ s: String, iri: Bool, allowRelative: Bool) -> Bool {
            let c = Array(s.unicodeScalars)[...]
            var rest = c
            // Scheme: a ':' before any '/', '?' or '#'.
            if let colon = c.firstIndex(where: { ":/?#".unicodeScalars.contains($0) }), c[colon] == ":" {
                // An invalid scheme is also invalid as a relative reference,
                // because path-noscheme forbids ':' in the first segment.
                guard isScheme(c[..<colon]) else { return false }
                rest = c[(colon + 1)...]
            } else if !allowRelative {
                return false
            }
            // fragment = *( pchar / "/" / "?" )
            if let hash = rest.firstIndex(of: "#") {
                let fragment = rest[(hash + 1)...]
                guard fragment.allSatisfy({ isPchar($0, iri) || $0 == "/" || $0 == "?" }),
                      percentEncodingOK(fragment)
                else { return false }
                rest = rest[..<hash]
            }
            // query = *( pchar / "/" / "?" )  (+ iprivate for IRIs)
            if let q = rest.firstIndex(of: "?") {
                let query = rest[(q + 1)...]
                guard query.allSatisfy({ isPchar($0, iri) || $0 == "/" || $0 == "?" || (iri && isIPrivate($0)) }),
                      percentEncodingOK(query)
                else { return false }
                rest = rest[..<q]
            }
            // hier-part / relative-part
            var path = rest
            if rest.starts(with: ["/", "/"]) {
                let afterSlashes = rest.dropFirst(2)
                let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
                guard isAuthority(afterSlashes[..<end], iri) else { return false }
                path = afterSlashes[end...]
            }
            return path.allSatisfy({ isPchar($0, iri) || $0 == "/" }) && percentEncodingOK(path)
        }

        /// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
        static func isScheme(_ s: Scalars) -> Bool {
            guard let f = s.first, isASCIIAlpha(f) else { return false }
            return s.allSatisfy { isASCIIAlpha($0) || isASCIIDigit($0) || $0 == "+" || $0 == "-" || $0 == "." }
        }

        /// authority = [ userinfo "@" ] host [ ":" port ]
        static func isAuthority(_ a: Scalars, _ iri: Bool) -> Bool {
            var hostPort = a
            if let at = a.firstIndex(of: "@") {
                let userinfo = a[..<at]
                guard userinfo.allSatisfy({ isUnreserved($0, iri) || isSubDelim($0) || $0 == ":" || $0 == "%" }),
                      percentEncodingOK(userinfo)
                else { return false }
                hostPort = a[(at + 1)...]
            }
            var port: Scalars = []
            if hostPort.first == "[" {
                guard let close = hostPort.firstIndex(of: "]"),
                      isIPLiteral(hostPort[(hostPort.startIndex + 1)..<close])
                else { return false }
                let after = hostPort[(close + 1)...]
                if !after.isEmpty {
                    guard after.first == ":" else { return false }
                    port = after.dropFirst()
                }
            } else {
                var host = hostPort
                if let colon = hostPort.firstIndex(of: ":") {
                    host = hostPort[..<colon]
                    port = hostPort[(colon + 1)...]
                }
                // reg-name (IPv4address is a syntactic subset of it)
                guard host.allSatisfy({ isUnreserved($0, iri) || isSubDelim($0) || $0 == "%" }),
                      percentEncodingOK(host)
                else { return false }
            }
            return port.allSatisfy(isASCIIDigit)
        }

        /// IP-literal contents: IPv6address / IPvFuture
        static func isIPLiteral(_ s: Scalars) -> Bool {
            if let f = s.first, f == "v" || f == "V" {
                guard let dot = s.firstIndex(of: "."), dot > s.startIndex + 1,
                      s[(s.startIndex + 1)..<dot].allSatisfy(isHexDigit)
                else { return false }
                let tail = s[(dot + 1)...]
                return !tail.isEmpty && tail.allSatisfy { isUnreserved($0, false) || isSubDelim($0) || $0 == ":" }
            }
            guard s.allSatisfy(\.isASCII) else { return false }
            return IPAddress.isIPv6(ArraySlice(s.map { UInt8($0.value) }))
        }

        static func isUnreserved(_ c: Unicode.Scalar, _ iri: Bool) -> Bool {
            if c.isASCII {
                return isASCIIAlpha(c) || isASCIIDigit(c) || c == "-" || c == "." || c == "_" || c == "~"
            }
            return iri && isUCSChar(c)
        }

        static func isSubDelim(_ c: Unicode.Scalar) -> Bool {
            "!$&'()*+,;=".unicodeScalars.contains(c)
        }

        /// pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
        /// ('%' is accepted here; triplets are checked by `percentEncodingOK`).
        static func isPchar(_ c: Unicode.Scalar, _ iri: Bool) -> Bool {
            isUnreserved(c, iri) || isSubDelim(c) || c == ":" || c == "@" || c == "%"
        }

        /// Every '%' must start a pct-encoded triplet.
        static func percentEncodingOK(_ s: Scalars) -> Bool {
            var i = s.startIndex
            while i < s.endIndex {
                if s[i] == "%" {
                    guard i + 2 < s.endIndex, isHexDigit(s[i + 1]), isHexDigit(s[i + 2]) else { return false }
                    i += 3
                } else {
                    i += 1
                }
            }
            return true
        }

        /// RFC 3987 ucschar.
        static func isUCSChar(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            switch v {
            case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
            case 0x10000...0xDFFFF: return v & 0xFFFF <= 0xFFFD
            case 0xE1000...0xEFFFD: return true
            default: return false
            }
        }

        /// RFC 3987 iprivate (allowed in queries only).
        static func isIPrivate(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            return (0xE000...0xF8FF).contains(v) || (0xF0000...0xFFFFD).contains(v) || (0x100000...0x10FFFD).contains(v)
        }
    }

    enum URITemplate {
        /// RFC 6570 §2 (with erratum 6937 allowing "'" in literals).
        static func isValid(_ s: String) -> Bool {
            let c = Array(s.unicodeScalars)
            var i = 0
            while i < c.count {
                let x = c[i]
                if x == "{" {
                    guard let close = c[i...].firstIndex(of: "}"), isExpression(c[(i + 1)..<close]) else { return false }
                    i = close + 1
                } else if x == "%" {
                    guard i + 2 < c.count, isHexDigit(c[i + 1]), isHexDigit(c[i + 2]) else { return false }
                    i += 3
                } else {
                    guard isLiteral(x) else { return false }
                    i += 1
                }
            }
            return true
        }

        static func isLiteral(_ x: Unicode.Scalar) -> Bool {
            switch x.value {
            case 0x21, 0x23, 0x24, 0x26, 0x27, 0x28...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E:
                return true
            default:
                return URIGrammar.isUCSChar(x) || URIGrammar.isIPrivate(x)
            }
        }

        /// expression body = [ operator ] varspec *( "," varspec )
        static func isExpression(_ e: ArraySlice<Unicode.Scalar>) -> Bool {
            var body = e
            if let f = body.first, "+#./;?&=,!@|".unicodeScalars.contains(f) { body = body.dropFirst() }
            guard !body.isEmpty else { return false }
            return body.split(separator: ",", omittingEmptySubsequences: false).allSatisfy(isVarspec)
        }

        /// varspec = varname [ ":" max-length / "*" ]; max-length = %x31-39 0*3DIGIT
        static func isVarspec(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
            var name = v
            if v.last == "*" {
                name = v.dropLast()
            } else if let colon = v.firstIndex(of: ":") {
                name = v[..<colon]
                let len = v[(colon + 1)...]
                guard (1...4).contains(len.count), len.allSatisfy(isASCIIDigit), len.first != "0" else { return false }
            }
            // varname = varchar *( ["."] varchar ); varchar = ALPHA / DIGIT / "_" / pct-encoded
            guard !name.isEmpty, name.first != ".", name.last != "." else { return false }
            var i = name.startIndex
            var previousDot = false
            while i < name.endIndex {
                let x = name[i]
                if x == "%" {
                    guard i + 2 < name.endIndex, isHexDigit(name[i + 1]), isHexDigit(name[i + 2]) else { return false }
                    i += 3
                    previousDot = false
                    continue
                }
                if x == "." {
                    guard !previousDot else { return false }
                    previousDot = true
                } else {
                    guard isASCIIAlpha(x) || isASCIIDigit(x) || x == "_" else { return false }
                    previousDot = false
                }
                i += 1
            }
            return true
        }
    }
}
