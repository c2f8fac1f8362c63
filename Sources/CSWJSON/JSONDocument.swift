/// The kinds of JSON values.
public enum JSONKind: UInt8, Sendable, Hashable, CustomStringConvertible {
    case null, bool, number, string, array, object

    public var description: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// One parsed JSON document: the source bytes and a flat "tape" of nodes in document order.
///
/// Every value and every object key is one node. A container's node records where its
/// subtree ends, so a reader can step over it without looking inside. Object members
/// follow their object as key node, value node, key node, value node, ... in the order
/// written. Strings stay as byte ranges into `bytes` and are decoded only when asked, so
/// parsing allocates little beyond the node array. Nodes know their byte offset; line and
/// column are worked out on request from the table of line starts the parser records.
///
/// Limits: a document may hold at most 4 GiB (offsets are 32-bit).
public final class JSONDocument: Sendable {
    public let bytes: [UInt8]
    @usableFromInline let nodes: [Node]
    /// Byte offsets where lines start, in order; `lineStarts[0]` is where content starts.
    let lineStarts: [UInt32]
    /// The line number of the document's first line (1 unless read from a JSON Lines file).
    public let baseLine: Int

    init(bytes: [UInt8], nodes: [Node], lineStarts: [UInt32], baseLine: Int) {
        self.bytes = bytes
        self.nodes = nodes
        self.lineStarts = lineStarts
        self.baseLine = baseLine
    }

    static let emptyObject: JSONDocument = try! JSONDocument.parse("{}").get()

    /// The top-level value.
    public var root: JSONNode { JSONNode(document: self, index: 0) }

    /// Number of nodes (values plus object keys).
    public var nodeCount: Int { nodes.count }

    /// Parses `bytes` (UTF-8). Syntax errors come back as a value, never thrown past the caller.
    public static func parse(_ bytes: [UInt8], options: JSONParseOptions = .init()) -> Result<JSONDocument, JSONParseError> {
        var parser = JSONParser(options: options)
        return parser.parse(bytes)
    }

    public static func parse(_ text: String, options: JSONParseOptions = .init()) -> Result<JSONDocument, JSONParseError> {
        parse(Array(text.utf8), options: options)
    }

    /// Line and column of the node at `index` (its first byte: the quote of a string or key,
    /// the bracket of a container).
    public func location(ofNode index: Int) -> SourceLocation {
        location(ofOffset: Int(nodes[index].start))
    }

    public func location(ofOffset offset: Int) -> SourceLocation {
        // Binary search for the last line start <= offset.
        var low = 0
        var high = lineStarts.count - 1
        let target = UInt32(offset)
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        let lineStart = Int(lineStarts[low])
        let column = bytes.withUnsafeBufferPointer {
            LocationScanner.columnCount($0, from: lineStart, to: offset)
        }
        return SourceLocation(line: baseLine + low, column: column, offset: offset)
    }
}

/// One entry of a document's tape. 16 bytes.
@usableFromInline
struct Node: Sendable {
    /// Byte offset of the node's first byte.
    @usableFromInline var start: UInt32
    /// Scalars: byte offset just past the value. Containers: index of the first node after
    /// the container's subtree.
    @usableFromInline var end: UInt32
    /// Containers: number of elements (arrays) or members (objects).
    /// Strings: 1 when the string holds escapes. Numbers: 1 when it has a fraction or exponent.
    @usableFromInline var info: UInt32
    @usableFromInline var kind: JSONKind

    @inlinable init(kind: JSONKind, start: UInt32, end: UInt32, info: UInt32) {
        self.kind = kind
        self.start = start
        self.end = end
        self.info = info
    }
}

/// Options for parsing.
public struct JSONParseOptions: Sendable {
    /// Containers nested deeper than this are an error (never a stack overflow).
    public var maxDepth: Int = 512
    /// Line number given to the first line (JSON Lines readers set it).
    public var baseLine: Int = 1
    /// A leading UTF-8 byte order mark (EF BB BF) is skipped when true (the default:
    /// editors on Windows write one), an error when false. Positions never count it.
    public var allowByteOrderMark: Bool = true
    /// Reads a sequence of values, each starting on its own line (JSON Lines), into one
    /// document whose root is an array of them. Blank lines are allowed.
    public var sequence: Bool = false

    public init(maxDepth: Int = 512, baseLine: Int = 1, allowByteOrderMark: Bool = true) {
        self.maxDepth = maxDepth
        self.baseLine = baseLine
        self.allowByteOrderMark = allowByteOrderMark
    }
}
