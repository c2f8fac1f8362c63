/// A handle to one value (or object key) inside a `JSONDocument`: read its contents
/// and its position without copying the document.
public struct JSONNode: Sendable {
    public let document: JSONDocument
    /// Index of the node in the document's tape.
    public let index: Int

    @inlinable
    public init(document: JSONDocument, index: Int) {
        self.document = document
        self.index = index
    }

    @usableFromInline var node: Node { document.nodes[index] }

    @inlinable public var kind: JSONKind { document.nodes[index].kind }

    /// Line and column of the value's first byte.
    public var location: SourceLocation { document.location(ofNode: index) }

    public var isNull: Bool { kind == .null }

    public var boolValue: Bool? {
        let n = node
        return n.kind == .bool ? n.info == 1 : nil
    }

    /// The decoded string, or nil when this is not a string.
    public var stringValue: String? {
        let n = node
        guard n.kind == .string else { return nil }
        return document.bytes.withUnsafeBufferPointer { b in
            let raw = UnsafeBufferPointer(rebasing: b[Int(n.start) + 1 ..< Int(n.end) - 1])
            if n.info == 0 { return String(decoding: raw, as: UTF8.self) }
            return String(decoding: JSONStringDecoder.decode(raw), as: UTF8.self)
        }
    }

    /// The decoded string's UTF-8 bytes.
    public var stringBytes: [UInt8]? {
        let n = node
        guard n.kind == .string else { return nil }
        return document.bytes.withUnsafeBufferPointer { b in
            let raw = UnsafeBufferPointer(rebasing: b[Int(n.start) + 1 ..< Int(n.end) - 1])
            return n.info == 0 ? Array(raw) : JSONStringDecoder.decode(raw)
        }
    }

    /// True when this is a string equal to `text` (compares bytes, no decoding when the
    /// string has no escapes).
    public func stringEquals(_ text: String) -> Bool {
        let n = node
        guard n.kind == .string else { return false }
        // JSON compares strings by code points: "a\u0308" is not "\u00e4", although Swift's
        // == (canonical equivalence) says they are.
        if n.info != 0 { return stringValue.map { $0.utf8.elementsEqual(text.utf8) } ?? false }
        var text = text
        return text.withUTF8 { t in
            let len = Int(n.end - n.start) - 2
            guard t.count == len else { return false }
            return document.bytes.withUnsafeBufferPointer { b in
                var k = 0
                let s = Int(n.start) + 1
                while k < len {
                    if b[s + k] != t[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// The raw JSON text of a scalar (a number's literal, a string with its quotes).
    public var rawText: String {
        let n = node
        let end = n.kind == .array || n.kind == .object ? Int(n.start) + 1 : Int(n.end)
        return document.bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(n.start)..<end]), as: UTF8.self)
        }
    }

    public var number: JSONNumber? {
        kind == .number ? JSONNumber(unchecked: rawText) : nil
    }

    /// The number as a Double, read straight from the bytes: exact (correctly rounded) for
    /// literals with up to 15 significant digits and small exponents, `strtod`-equivalent
    /// through `Double(String)` otherwise.
    public var doubleValue: Double? {
        let n = node
        guard n.kind == .number else { return nil }
        let fast: Double? = document.bytes.withUnsafeBufferPointer { b in
            NumberScanner.fastDouble(b, from: Int(n.start), to: Int(n.end))
        }
        return fast ?? number?.doubleValue
    }

    /// Calls `body` with the string's UTF-8 bytes (decoded when it has escapes), without
    /// creating a String. nil when this is not a string.
    public func withStringBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let n = node
        guard n.kind == .string else { return nil }
        if n.info != 0 {
            let decoded = stringBytes ?? []
            return decoded.withUnsafeBufferPointer(body)
        }
        return document.bytes.withUnsafeBufferPointer { b in
            body(UnsafeBufferPointer(rebasing: b[Int(n.start) + 1 ..< Int(n.end) - 1]))
        }
    }

    /// True for numbers written without a fraction or exponent (a fast check; `number?.isInteger`
    /// also accepts 1.0).
    public var isPlainInteger: Bool {
        let n = node
        return n.kind == .number && n.info == 0
    }

    /// Elements of an array or members of an object; 0 for scalars.
    @inlinable public var count: Int {
        let n = document.nodes[index]
        return n.kind == .array || n.kind == .object ? Int(n.info) : 0
    }

    /// Index of the node that follows this value and everything inside it.
    @inlinable var nextIndex: Int {
        let n = document.nodes[index]
        return n.kind == .array || n.kind == .object ? Int(n.end) : index + 1
    }

    /// The elements of an array (empty for anything else).
    public var elements: Elements { Elements(document: document, first: index + 1, count: kind == .array ? count : 0) }

    /// The members of an object in the order written (empty for anything else).
    public var members: Members { Members(document: document, first: index + 1, count: kind == .object ? count : 0) }

    /// The value of the member named `key`, or nil.
    public subscript(key: String) -> JSONNode? {
        for member in members where member.key.stringEquals(key) { return member.value }
        return nil
    }

    /// Calls `body` for every member of an object with the member name's UTF-8 bytes
    /// (decoded when escaped) and its value, inside one pass over the document's bytes.
    public func forEachMember(_ body: (UnsafeBufferPointer<UInt8>, JSONNode) -> Void) {
        let nodes = document.nodes
        guard nodes[index].kind == .object else { return }
        document.bytes.withUnsafeBufferPointer { b in
            var k = index + 1
            for _ in 0..<Int(nodes[index].info) {
                let key = nodes[k]
                let value = JSONNode(document: document, index: k + 1)
                let raw = UnsafeBufferPointer(rebasing: b[Int(key.start) + 1 ..< Int(key.end) - 1])
                if key.info == 0 {
                    body(raw, value)
                } else {
                    JSONStringDecoder.decode(raw).withUnsafeBufferPointer { body($0, value) }
                }
                let v = nodes[k + 1]
                k = v.kind == .array || v.kind == .object ? Int(v.end) : k + 2
            }
        }
    }

    /// The array element at `position`, or nil.
    public subscript(position: Int) -> JSONNode? {
        guard kind == .array, position >= 0, position < count else { return nil }
        var k = index + 1
        for _ in 0..<position { k = JSONNode(document: document, index: k).nextIndex }
        return JSONNode(document: document, index: k)
    }

    public struct Elements: Sequence, Sendable {
        let document: JSONDocument
        let first: Int
        public let count: Int

        public func makeIterator() -> Iterator { Iterator(document: document, cursor: first, remaining: count) }

        /// No elements (for `node["x"]?.elements ?? .empty`).
        public static var empty: Elements { Elements(document: JSONDocument.emptyObject, first: 1, count: 0) }

        public struct Iterator: IteratorProtocol {
            let document: JSONDocument
            var cursor: Int
            var remaining: Int

            public mutating func next() -> JSONNode? {
                guard remaining > 0 else { return nil }
                remaining -= 1
                let node = JSONNode(document: document, index: cursor)
                cursor = node.nextIndex
                return node
            }
        }
    }

    public struct Member: Sendable {
        /// The key node: a string, whose location is the member's location.
        public let key: JSONNode
        public let value: JSONNode
        public var name: String { key.stringValue ?? "" }
    }

    public struct Members: Sequence, Sendable {
        let document: JSONDocument
        let first: Int
        public let count: Int

        /// No members (for `node["x"]?.members ?? .empty`).
        public static var empty: Members { Members(document: JSONDocument.emptyObject, first: 1, count: 0) }

        public func makeIterator() -> Iterator { Iterator(document: document, cursor: first, remaining: count) }

        public struct Iterator: IteratorProtocol {
            let document: JSONDocument
            var cursor: Int
            var remaining: Int

            public mutating func next() -> Member? {
                guard remaining > 0 else { return nil }
                remaining -= 1
                let key = JSONNode(document: document, index: cursor)
                let value = JSONNode(document: document, index: cursor + 1)
                cursor = value.nextIndex
                return Member(key: key, value: value)
            }
        }
    }
}
