import CSWJSON

/// A customer folder after parsing: what the cross-file rules look at.
public struct LoadedCustomer: Sendable {
    public struct Snapshot: Sendable {
        public let line: Int
        /// The snapshot's date as YYYYMMDD when it is a valid YYYY-MM-DD string, else 0:
        /// ordered as the dates are, and no String per line of a large file.
        public let day: Int32
        /// Where the date's value starts on its line (1 when there is none).
        public let dateColumn: Int

        /// The snapshot's date when it is a valid YYYY-MM-DD string.
        public var date: String? {
            guard day > 0 else { return nil }
            let d = Int(day)
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let year = String(d / 10_000)
            return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(d / 100 % 100) + "-" + two(d % 100)
        }

        /// `bytes`: a valid YYYY-MM-DD date.
        static func day(_ bytes: some Collection<UInt8>) -> Int32 {
            var value: Int32 = 0
            for c in bytes where c != 45 { value = value * 10 + Int32(c &- 48) }
            return value
        }
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
