/// A JSON syntax error: where it is and what was expected and found.
///
/// Errors are values. `description` prints `path:line:column: message`, and each
/// note (for example the first place of a duplicated key) on its own line.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Note: Sendable, Hashable {
        public let message: String
        public let location: SourceLocation
        public init(message: String, location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    public let message: String
    public let location: SourceLocation
    public let notes: [Note]
    /// The file the bytes came from, when the caller knows it (used in `description`).
    public var path: String?

    public init(message: String, location: SourceLocation, notes: [Note] = [], path: String? = nil) {
        self.message = message
        self.location = location
        self.notes = notes
        self.path = path
    }

    public func withPath(_ path: String) -> JSONParseError {
        var copy = self
        copy.path = path
        return copy
    }

    public var description: String {
        let file = path ?? "<input>"
        var text = "\(file):\(location.line):\(location.column): \(message)"
        for note in notes {
            text += "\n\(file):\(note.location.line):\(note.location.column): note: \(note.message)"
        }
        return text
    }
}
