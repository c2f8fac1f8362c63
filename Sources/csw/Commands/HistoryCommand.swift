import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWSchema

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A customer's health and churn per metrics date, with the commits behind them.",
        discussion: """
        Each metrics date is scored as of that date, with the files and the csw.json of the \
        commit that first recorded that snapshot — what csw would have said when the data \
        came in (snapshots not yet committed come from the working folder). A row whose \
        scoring model differs from the row before is marked "model changed", so a model \
        change is not read as customer behaviour. On a terminal a sparkline of health \
        (0–100, one block per date) heads the table.

        Examples:
          csw history HOSP_001
          csw history HOSP_001 --since 2025-01-01 --format csv > hosp_001.csv
        """
    )

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("Only metrics dates on or after this date.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Output: text, json or csv.", valueName: "text|json|csv"))
    var format: HistoryFormat = .text

    enum HistoryFormat: String, ExpressibleByArgument { case text, json, csv }

    func run() throws {
        let err = Terminal.standardError
        guard CustomerID(customer) != nil else {
            err.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        let from = try since.map { try CommandInput.date($0, option: "--since") }
        let repository = try WorkspaceRepository.open(try Workspace.open())
        let rows = try CommandInput.readingGit { () throws(GitError) in try Self.rows(customer, repository) }
        guard let rows else {
            err.write("error: there is no customer \(customer), now or in the history; see 'csw customer list'\n")
            throw ExitCode(1)
        }
        let shown = rows.filter { from == nil || $0.date >= from! }
        let out = Terminal.standardOutput
        switch format {
        case .json: out.write(JSONWriter().string(ScoreHistory.json(shown)))
        case .csv: out.write(ScoreHistory.csv(shown))
        case .text:
            out.write(ScoreHistory.text(shown, customer: customer, sparkline: out.isTerminal) { band in
                switch band {
                case "healthy": return out.styled(band, .green)
                case "watch": return out.styled(band, .yellow)
                default: return out.styled(band, .red)
                }
            })
        }
    }

    /// Every version of the customer's scored files, oldest first: the commits that changed
    /// them or csw.json, then the working folder if it differs from HEAD. nil when the
    /// customer never existed.
    static func rows(_ customer: String, _ repository: WorkspaceRepository) throws(GitError) -> [HistoryRow]? {
        let repo = repository.repo
        let paths = ScoreCache.files.map { "customers/\(customer)/\($0)" } + ["csw.json"]
        var versions: [(version: WorkspaceVersion, ids: [GitOID?])] = []
        if let head = repo.resolve("HEAD") {
            var previous: [GitOID?]?
            for commit in try repo.log(from: head).reversed() {
                let ids = try paths.map { (path) throws(GitError) in try repo.blobID(at: path, inTree: commit.tree) }
                if ids == previous { continue }
                previous = ids
                versions.append((WorkspaceVersion(repository: repository, source: .commit(commit.id, tree: commit.tree), label: commit.id.short), ids))
            }
        }
        let working = WorkspaceVersion.working(repository)
        let workingBytes = try paths.map { (path) throws(GitError) in try working.read(path) }
        let headBytes = try versions.last.map { v throws(GitError) in try paths.map { (path) throws(GitError) in try v.version.read(path) } }
        if headBytes.map({ $0 != workingBytes }) ?? true {
            versions.append((working, []))
        }
        let metrics = try versions.map { (v) throws(GitError) in try v.version.read(paths[1]) }
        let profiles = try versions.map { (v) throws(GitError) in try v.version.read(paths[0]) }
        guard metrics.contains(where: { $0 != nil }) || profiles.contains(where: { $0 != nil }) else { return nil }
        var setups: [Int: ScoringSetup?] = [:]
        var rows: [HistoryRow] = []
        var lastModel: String?
        for (date, index) in ScoreHistory.introductions(metrics) {
            let version = versions[index].version
            if setups[index] == nil { setups[index] = try version.scoringModel() }
            let setup = setups[index]! ?? .defaults
            guard let side = try version.score(customer, setup: setup, asOf: date) else { continue }
            let model = side.score.modelVersion
            rows.append(HistoryRow(date: date, score: side.score, commit: version.commitID, modelChanged: lastModel != nil && lastModel != model))
            lastModel = model
        }
        return rows
    }
}
