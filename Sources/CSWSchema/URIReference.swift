// RFC 3986 URI references: parsing into components (§3, Appendix B),
// reference resolution (§5.2, incl. remove_dot_segments) and recomposition
// (§5.3). Percent-encoding and case are kept exactly as written.

/// A parsed URI reference (absolute URI or relative reference).
public struct URIReference: Sendable, Hashable, CustomStringConvertible {
    /// The scheme without the trailing ":", nil for relative references.
    public let scheme: String?
    /// The authority without the leading "//", nil when absent ("//" alone gives "").
    let authority: String?
    /// The path (possibly empty).
    let path: String
    /// The query without "?", nil when absent ("?" alone gives "").
    let query: String?
    /// The fragment without "#", nil when absent ("#" alone gives "").
    public let fragment: String?

    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// Parses any URI reference. Returns nil only for strings containing
    /// ASCII control characters (which no URI, IRI or sane `$id` contains).
    /// A prefix before ":" that is not a syntactically valid scheme is kept
    /// as part of the path rather than rejected.
    public init?(_ string: String) {
        guard !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return nil }
        var rest = Substring(string)

        var scheme: String? = nil
        // Index searches use the scalar view so that combining marks after a
        // delimiter cannot hide it.
        if let i = rest.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "/" || $0 == "?" || $0 == "#" }),
           rest.unicodeScalars[i] == ":", URIReference.isScheme(rest[..<i]) {
            scheme = String(rest[..<i])
            rest = rest[rest.unicodeScalars.index(after: i)...]
        }

        var fragment: String? = nil
        if let i = rest.unicodeScalars.firstIndex(of: "#") {
            fragment = String(rest[rest.unicodeScalars.index(after: i)...])
            rest = rest[..<i]
        }

        var query: String? = nil
        if let i = rest.unicodeScalars.firstIndex(of: "?") {
            query = String(rest[rest.unicodeScalars.index(after: i)...])
            rest = rest[..<i]
        }

        var authority: String? = nil
        if rest.utf8.starts(with: [0x2F, 0x2F]) {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.unicodeScalars.firstIndex(of: "/") ?? afterSlashes.endIndex
            authority = String(afterSlashes[..<end])
            rest = afterSlashes[end...]
        }

        self.init(scheme: scheme, authority: authority, path: String(rest), query: query, fragment: fragment)
    }

    /// Whether the reference has a scheme.
    public var isAbsolute: Bool { scheme != nil }

    /// The same reference without its fragment component.
    public var withoutFragment: URIReference { withFragment(nil) }

    /// The same reference with its fragment replaced (nil removes it).
    public func withFragment(_ f: String?) -> URIReference {
        URIReference(scheme: scheme, authority: authority, path: path, query: query, fragment: f)
    }

    /// RFC 3986 §5.3 component recomposition.
    public var description: String {
        var result = ""
        if let scheme { result += scheme + ":" }
        if let authority { result += "//" + authority }
        result += path
        if let query { result += "?" + query }
        if let fragment { result += "#" + fragment }
        return result
    }

    /// RFC 3986 §5.2.2 (strict) transformation of `self` against `base`.
    public func resolved(against base: URIReference) -> URIReference {
        if let scheme {
            return URIReference(scheme: scheme, authority: authority, path: Self.removeDotSegments(path),
                                query: query, fragment: fragment)
        }
        if let authority {
            return URIReference(scheme: base.scheme, authority: authority, path: Self.removeDotSegments(path),
                                query: query, fragment: fragment)
        }
        let targetPath: String
        let targetQuery: String?
        if path.isEmpty {
            targetPath = base.path
            targetQuery = query ?? base.query
        } else {
            targetPath = path.utf8.first == 0x2F
                ? Self.removeDotSegments(path)
                : Self.removeDotSegments(Self.merge(base: base, path: path))
            targetQuery = query
        }
        return URIReference(scheme: base.scheme, authority: base.authority, path: targetPath,
                            query: targetQuery, fragment: fragment)
    }

    // MARK: - Helpers

    /// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    static func isScheme(_ s: Substring) -> Bool {
        guard let first = s.utf8.first, isAlpha(first) else { return false }
        return s.utf8.allSatisfy { isAlpha($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }
    }

    static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// RFC 3986 §5.2.3.
    static func merge(base: URIReference, path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.unicodeScalars.lastIndex(of: "/") else { return path }
        return String(base.path.unicodeScalars[...slash]) + path
    }

    /// RFC 3986 §5.2.4 remove_dot_segments. Works on UTF-8 bytes so that
    /// combining marks after "/" or "." cannot change segment boundaries.
    static func removeDotSegments(_ path: String) -> String {
        var input = Array(path.utf8)[...]
        var output: [UInt8] = []
        let slash: UInt8 = 0x2F, dot: UInt8 = 0x2E
        func starts(_ p: [UInt8]) -> Bool { input.starts(with: p) }
        func dropLastSegment() {
            if let i = output.lastIndex(of: slash) {
                output.removeSubrange(i...)
            } else {
                output.removeAll()
            }
        }
        while !input.isEmpty {
            if starts([dot, dot, slash]) {                                  // A
                input = input.dropFirst(3)
            } else if starts([dot, slash]) {
                input = input.dropFirst(2)
            } else if starts([slash, dot, slash]) {                         // B
                input = input.dropFirst(2)
            } else if input.elementsEqual([slash, dot]) {
                input = [slash][...]
            } else if starts([slash, dot, dot, slash]) {                    // C
                input = input.dropFirst(3)
                dropLastSegment()
            } else if input.elementsEqual([slash, dot, dot]) {
                input = [slash][...]
                dropLastSegment()
            } else if input.elementsEqual([dot]) || input.elementsEqual([dot, dot]) { // D
                input = []
            } else {                                                         // E
                let searchStart = input.first == slash ? input.startIndex + 1 : input.startIndex
                let end = input[searchStart...].firstIndex(of: slash) ?? input.endIndex
                output.append(contentsOf: input[..<end])
                input = input[end...]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
