// "uuid" (RFC 4122), "json-pointer" (RFC 6901) and "relative-json-pointer"
// (draft-handrews-relative-json-pointer-01).

extension FormatChecker {
    enum Misc {
        /// 8-4-4-4-12 hexadecimal digits, any case, any version/variant.
        static func isUUID(_ s: String) -> Bool {
            let b = Array(s.utf8)
            guard b.count == 36 else { return false }
            for (i, x) in b.enumerated() {
                if i == 8 || i == 13 || i == 18 || i == 23 {
                    guard x == 0x2D else { return false }
                } else {
                    guard isHexDigit(x) else { return false }
                }
            }
            return true
        }

        /// json-pointer = *( "/" reference-token ); '~' must be followed by '0' or '1'.
        static func isJSONPointer(_ s: String) -> Bool {
            isJSONPointer(Array(s.utf8)[...])
        }

        static func isJSONPointer(_ b: ArraySlice<UInt8>) -> Bool {
            guard b.isEmpty || b.first == 0x2F else { return false }
            var i = b.startIndex
            while i < b.endIndex {
                if b[i] == 0x7E {
                    guard i + 1 < b.endIndex, b[i + 1] == 0x30 || b[i + 1] == 0x31 else { return false }
                    i += 2
                } else {
                    i += 1
                }
            }
            return true
        }

        /// relative-json-pointer = non-negative-integer ( "#" / json-pointer )
        static func isRelativeJSONPointer(_ s: String) -> Bool {
            let b = Array(s.utf8)[...]
            var i = b.startIndex
            while i < b.endIndex, isASCIIDigit(b[i]) { i += 1 }
            guard i > b.startIndex, !(i - b.startIndex > 1 && b.first == 0x30) else { return false }
            let rest = b[i...]
            if rest.count == 1 && rest.first == 0x23 { return true }
            return isJSONPointer(rest)
        }
    }
}
