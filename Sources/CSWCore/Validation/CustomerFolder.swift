/// A customer folder as the CLI read it (from disk or a git tree): every entry, files with
/// their bytes. Core decides which entries belong to the format.
public struct CustomerFolder: Sendable {
    public enum Entry: Sendable {
        /// `path` is relative to the customer folder ("profile.json", "feedback/x.md").
        case file(path: String, bytes: [UInt8])
        case directory(path: String)
        case symlink(path: String, leavesWorkspace: Bool)
    }

    /// The folder's name under customers/ (not yet known to be a valid id).
    public let name: String
    public let entries: [Entry]
    /// Files left unread because they are larger than the limit (path, size in bytes).
    public let oversized: [(path: String, size: Int)]

    public init(name: String, entries: [Entry], oversized: [(path: String, size: Int)] = []) {
        self.name = name
        self.entries = entries
        self.oversized = oversized
    }

    /// csw reads no file larger than this unless csw.json's limits.max_file_bytes says otherwise.
    public static let defaultMaxFileBytes = 64 << 20
    /// limits.max_file_bytes cannot go above this (1 GiB; the schema's maximum), so a
    /// pulled csw.json cannot lift the guard.
    public static let maxFileBytesCeiling = 1 << 30

    public func file(_ path: String) -> [UInt8]? {
        for case .file(let p, let bytes) in entries where p == path { return bytes }
        return nil
    }
}

/// An entry at the workspace root.
public struct RootEntry: Sendable {
    public enum Kind: Sendable { case file, directory, symlink(leavesWorkspace: Bool) }
    public let name: String
    public let kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

/// The kinds of Markdown notes a customer folder holds.
public enum NoteKind: String, Sendable, CaseIterable {
    case feedback, reviews, notes

    var code: DiagnosticCode {
        switch self {
        case .feedback: return .feedbackSchema
        case .reviews: return .reviewSchema
        case .notes: return .noteSchema
        }
    }
}
