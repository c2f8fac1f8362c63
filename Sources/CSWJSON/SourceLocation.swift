/// A place in a source file: 1-based line and column, and the 0-based byte offset.
///
/// Columns count Unicode scalars (characters as an editor shows them), so a
/// column points at the same spot in any editor; a tab counts as one.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column, a.offset) < (b.line, b.column, b.offset)
    }
}

/// Computes line and column for a byte offset by scanning the bytes before it.
/// Used for error positions (rare), not for node positions (see `JSONDocument`).
enum LocationScanner {
    static func location(in bytes: UnsafeBufferPointer<UInt8>, offset: Int, baseLine: Int, contentStart: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = baseLine
        var lineStart = contentStart
        var i = contentStart
        while i < end {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return SourceLocation(line: line, column: columnCount(bytes, from: lineStart, to: end), offset: end)
    }

    /// 1 + the number of Unicode scalars in bytes[from..<to] (continuation bytes do not count).
    static func columnCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var column = 1
        var i = from
        while i < to {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }
}
