import CSWJSON

/// A customer folder after parsing: what the cross-file rules look at.
public struct LoadedCustomer: Sendable {
    public struct Snapshot: Sendable {
        public let line: Int
        public let node: JSONNode
        /// The snapshot's date when it is a valid YYYY-MM-DD string.
        public let date: String?
    }

    public struct Note: Sendable {
        public let kind: NoteKind
        public let path: String
        public let frontMatter: FrontMatter
    }

    public let folderName: String
    public let id: CustomerID
    /// "customers/<ID>"
    public let folder: String
    public var profile: JSONDocument?
    public var snapshots: [Snapshot] = []
    public var notes: [Note] = []

    public var profilePath: String { folder + "/profile.json" }
    public var metricsPath: String { folder + "/metrics.jsonl" }
}
