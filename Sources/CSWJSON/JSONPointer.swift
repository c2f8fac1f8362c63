/// JSON Pointer (RFC 6901) tokens: one place for the `~0`/`~1` escaping every layer uses.
public enum JSONPointer {
    /// A member name as a pointer token: `~` → `~0`, `/` → `~1`.
    public static func escape(_ token: String) -> String {
        guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
        var out = ""
        for c in token {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(c)
            }
        }
        return out
    }

    /// The unescaped tokens of a pointer ("" has none; "/a~1b/0" has "a/b" and "0").
    public static func tokens(_ pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { raw in
            guard raw.contains("~") else { return String(raw) }
            var out = ""
            var iterator = raw.makeIterator()
            while let c = iterator.next() {
                if c == "~" {
                    switch iterator.next() {
                    case "0": out.append("~")
                    case "1": out.append("/")
                    case let other?: out.append("~"); out.append(other)
                    case nil: out.append("~")
                    }
                } else {
                    out.append(c)
                }
            }
            return out
        }
    }
}
