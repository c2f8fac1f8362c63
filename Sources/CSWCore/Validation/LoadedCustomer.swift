import CSWJSON

/// A customer folder after parsing: what the cross-file rules look at.
public struct LoadedCustomer: Sendable {
    public struct Snapshot: Sendable {
        public let line: Int
        /// The snapshot's date when it is a valid YYYY-MM-DD string.
        public let date: String?
        /// Where the date's value starts on its line (1 when there is none).
        public let dateColumn: Int
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
    /// Whether reading metrics.jsonl already showed it holds no patient data.
    var metricsFreeOfPatientData = false

    public var profilePath: String { folder + "/profile.json" }
    public var metricsPath: String { folder + "/metrics.jsonl" }
}
