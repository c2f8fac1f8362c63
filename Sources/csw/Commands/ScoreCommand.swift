import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWSchema
import Foundation

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Health score, churn probability, expansion potential and lifetime value, explained.",
        discussion: """
        One line per customer, riskiest first. Every number can be taken apart: --explain \
        shows each measure's raw value, score, weight and points, and each churn factor's \
        contribution. The model and its defaults are in docs/SCORING.md; csw.json's \
        "scoring" section changes them.

        Examples:
          csw score
          csw score HOSP_001 --explain
          csw score --as-of 2025-11-15 --format json
          csw score --segment payer --sort expansion
        """
    )

    @Argument(help: ArgumentHelp("Only these customers.", valueName: "customer"))
    var customers: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Score as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: table, json or csv.", valueName: "table|json|csv"))
    var format: ScoreFormat = .table

    @Flag(name: .long, help: "Show how each number was computed.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("Only customers of this organization type (health_system, payer, …).", valueName: "type"))
    var segment: String?

    @Option(name: .long, help: ArgumentHelp("Order: churn (default), health, expansion, value, customer.", valueName: "field"))
    var sort: String = "churn"

    @Option(name: .long, help: ArgumentHelp("Score the workspace as it was at this git revision (read from git, no checkout).", valueName: "rev"))
    var at: String?

    @Flag(name: .long, help: "Append each result to the customer's scores.jsonl (an audit trail in the repository).")
    var record = false

    enum ScoreFormat: String, ExpressibleByArgument { case table, json, csv }

    func run() throws {
        let err = Terminal.standardError
        guard ["churn", "health", "expansion", "value", "customer"].contains(sort) else {
            err.write("error: --sort takes churn, health, expansion, value or customer\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        for id in customers where CustomerID(id) == nil {
            err.write("error: \(CustomerID.explain(id))\n")
            throw ExitCode(2)
        }
        let workspace = try Workspace.open()
        let source = try ScoreSource.open(workspace, revision: at, feedback: { ScoringSetup(config: $0)?.model.usesFeedback ?? false })
        guard WorkspaceValidator.readConfig(source.config) != nil, let setup = ScoringSetup(config: source.config) else {
            let configDiagnostics = WorkspaceValidator.checkConfig(source.config).diagnostics
            var printer = DiagnosticPrinter(format: .text, out: .standardError)
            printer.print(configDiagnostics)
            err.write("csw.json has errors; fix them first (csw validate)\n")
            throw ExitCode(1)
        }
        let (model, targets) = (setup.model, setup.targets)
        // A model that scores feedback sentiment reads the notes too (ScoreSource asked it) and goes without the cache.
        let analyser = model.usesSentiment ? SentimentAnalyser(extra: FeedbackSetup.lexicon(WorkspaceValidator.readConfig(source.config)?.root)) : nil
        let wanted = Set(customers)
        let names = source.customerNames.filter { wanted.isEmpty || wanted.contains($0) }
        for id in wanted where !names.contains(id) {
            err.write("error: there is no customer \(id)\(at.map { " at \($0)" } ?? ""); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        // Scores of unchanged customers come from the cache (working folder only; with
        // the feedback notes in the key when the model reads them).
        let useCache = at == nil
        let feedback = model.usesFeedback
        let cache = useCache ? ScoreCache.load(root: workspace.root) : ScoreCache()
        var cacheWriter = CacheUpdate(cache: cache, root: workspace.root, enabled: useCache)
        let prefix = "\(model.version)|\(day)|\(ScoreCache.digest(source.config))"
        let root = workspace.root
        let printJSON = format == .json
        // Whole scores are kept only for what prints them all at once (a table, CSV,
        // --record); --format json keeps a sort key per customer and puts each element in a
        // spill file, so 100,000 customers score in bounded memory.
        let keepScores = !printJSON || record
        let spill = printJSON ? SpillFile() : nil
        var kept: [Ranked] = []
        var missing = false
        // Each score is serialised here, in parallel, once for each place it goes: the cache
        // line (fresh scores) and the element of --format json. A customer the cache knows
        // is checked by stat; any other is read, and the stamps taken while reading make its
        // new key. Batches bound what is in memory at once.
        for start in stride(from: 0, to: names.count, by: 1024) {
            let batch = Array(names[start..<min(names.count, start + 1024)])
            let results = ParallelMap.map(batch.count) { i -> Computed? in
                let name = batch[i]
                if useCache, let json = cache.score(name, key: { ScoreCache.key(root: root, customer: name, prefix: prefix, feedback: feedback) }),
                   let score = CustomerScore(json: json)
                {
                    return Computed(score: score, element: printJSON ? JSONWriter().element(json) : [], cacheLine: nil)
                }
                // The model looks back at most ~15 months (trend 150 days + windows, NPS carried a year).
                guard let (folder, stamps) = source.folder(name),
                      var data = CustomerData(folder: folder, since: day.adding(days: -CustomerScore.lookbackDays), extraMetrics: model.extraMetrics) else { return nil }
                if model.usesFeedback { data = data.withFeedback(FeedbackNote.notes(in: folder, analyser: model.usesSentiment ? analyser : nil)) }
                let score = CustomerScore.compute(data, asOf: day, model: model, kpiTargets: targets)
                let json = score.json
                let line = useCache ? stamps.map { ScoreCache.line(customer: name, key: ScoreCache.key(prefix: prefix, files: $0.map(\.file), stamps: $0.map(\.stamp)), score: json) } : nil
                return Computed(score: score, element: printJSON ? JSONWriter().element(json) : [], cacheLine: line)
            }
            for (i, result) in results.enumerated() {
                cacheWriter.customer(batch[i], line: result?.cacheLine)
                guard let result else { missing = true; continue }
                let score = result.score
                guard segment == nil || score.customer.organizationType == segment else { continue }
                let key: (Double, Double)
                switch sort {
                // Customers without a score (insufficient data) after those with one.
                case "health": key = (score.health.score ?? 101, 0)
                case "expansion": key = (-(score.expansionPotential ?? -1), 0)
                case "value": key = (-(score.lifetimeValue ?? -1), 0)
                case "customer": key = (0, 0)
                default: key = (-(score.churn.probability ?? -1), score.health.score ?? 101)
                }
                kept.append(Ranked(key: key, id: score.customer.id, score: keepScores ? score : nil,
                                   element: spill.map { $0.append(result.element) }))
            }
        }
        if let refused = cacheWriter.finish(wanted: wanted) {
            err.write("warning: the score cache was not saved: \(refused)\n")
        }
        if missing {
            err.write("warning: some customers have no readable profile.json and were left out (csw validate explains)\n")
        }
        let order = kept.indices.sorted { (kept[$0].key.0, kept[$0].key.1, kept[$0].id) < (kept[$1].key.0, kept[$1].key.1, kept[$1].id) }
        let scores = keepScores ? order.map { kept[$0].score! } : []
        if record { try Self.record(scores, workspace: workspace, revision: source.revision) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            // in chunks, not one array of them all: the output can be hundreds of MB
            JSONWriter().array(ofElements: order.count, chunk: 512, element: { spill!.read(kept[order[$0]].element!) }) { out.write(bytes: $0) }
        case .csv:
            out.write(ScoreTable.csv(scores))
        case .table:
            if explain {
                out.write(scores.map(ScoreTable.explain).joined(separator: "\n"))
            } else {
                out.write(ScoreTable.table(scores) { band in
                    switch band {
                    case "healthy": return out.styled(band, .green)
                    case "watch": return out.styled(band, .yellow)
                    default: return out.styled(band, .red)
                    }
                })
            }
        }
    }
}

extension ScoreCommand {
    /// Appends one line per score to customers/<ID>/scores.jsonl in the working folder.
    static func record(_ scores: [CustomerScore], workspace: Workspace, revision: String?) throws {
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let author = (try? GitRepository.open(at: workspace.root))?.defaultSignature().map { "\($0.name) <\($0.email)>" } ?? "unknown"
        var transaction = FileTransaction(under: workspace.root)
        do {
            for score in scores {
                let folder = workspace.root + "/customers/" + score.customer.id
                guard FileSystem.isDirectory(folder) else { continue }
                let path = folder + "/scores.jsonl"
                var bytes = FileSystem.exists(path) ? try FileSystem.read(path) : []
                if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
                bytes += Array((JSONWriter.line(score.record(author: author, revision: revision)) + "\n").utf8)
                try transaction.write(bytes, to: path)
            }
        } catch {
            transaction.rollBack()
            Terminal.standardError.write("error: \(error)\n  note: no score was recorded\n")
            throw ExitCode(2)
        }
        Terminal.standardError.write("recorded \(scores.count) score\(scores.count == 1 ? "" : "s") in customers/*/scores.jsonl\n")
    }
}

/// One customer's score, its --format json element, and its new cache line (if computed now).
struct Computed: Sendable {
    let score: CustomerScore
    let element: [UInt8]
    let cacheLine: [UInt8]?
}

/// What is kept of a customer until the sort: its sort key, and its score or the place
/// of its --format json element.
struct Ranked {
    let key: (Double, Double)
    let id: String
    let score: CustomerScore?
    let element: SpillFile.Ref?
}

/// The new score cache, written while customers are scored: fresh lines, and the old
/// lines of customers whose scores still hold. The file is rewritten only when something
/// changed; until then nothing is written.
struct CacheUpdate {
    let cache: ScoreCache
    let root: String
    let enabled: Bool
    private var writer: ScoreCache.Writer?
    /// Customers so far whose old line is kept as it is (written once a change is seen).
    private var unchanged: [String] = []
    private var seen = Set<String>()

    init(cache: ScoreCache, root: String, enabled: Bool) {
        self.cache = cache
        self.root = root
        self.enabled = enabled
    }

    mutating func customer(_ name: String, line: [UInt8]?) {
        guard enabled else { return }
        seen.insert(name)
        if let line {
            if writer == nil { start() }
            writer!.append(line)
        } else if cache.line(name) != nil {
            if writer != nil { writer!.append(cache.line(name)!) } else { unchanged.append(name) }
        }
    }

    private mutating func start() {
        writer = ScoreCache.Writer(root: root)
        for name in unchanged { writer!.append(cache.line(name)!) }
        unchanged = []
    }

    /// Completes the file: customers not scored in this run keep their lines when only
    /// some customers were asked for, and are dropped otherwise (their folders are gone).
    mutating func finish(wanted: Set<String>) -> FileSystem.IOError? {
        guard enabled else { return nil }
        let others = cache.entries.keys.filter { !seen.contains($0) }
        guard writer != nil || (wanted.isEmpty && !others.isEmpty) else { return nil }
        if writer == nil { start() }
        if !wanted.isEmpty { for name in others.sorted() { writer!.append(cache.line(name)!) } }
        return writer!.finish()
    }
}

/// Where scores read their files: the working folder, or a git revision's objects.
struct ScoreSource {
    let config: [UInt8]
    let customerNames: [String]
    let revision: String?
    /// The folder, and the files read with their stamps when read from the working folder.
    private let read: @Sendable (String) -> (CustomerFolder, [(file: String, stamp: FileSystem.Stamp?)]?)?

    func folder(_ name: String) -> (CustomerFolder, [(file: String, stamp: FileSystem.Stamp?)]?)? { read(name) }

    /// `wholeFolders`: every file of each customer folder (notes included), not only the
    /// files a score reads; `feedback`, asked of csw.json's bytes before any folder is
    /// read: those files and the feedback notes too (a model that scores feedback sentiment).
    static func open(_ workspace: Workspace, revision: String?, wholeFolders: Bool = false,
                     feedback wantsFeedback: ([UInt8]) -> Bool = { _ in false }) throws -> ScoreSource {
        guard let revision else {
            let reader = workspace.reader
            let names = try reader.customerNames()
            let config = try workspace.read("csw.json")
            let feedback = wantsFeedback(config)
            let root = workspace.root
            return ScoreSource(config: config, customerNames: names, revision: nil) {
                if wholeFolders { return (try? reader.readCustomer($0)).map { ($0, nil) } }
                let files = ScoreCache.inputs(root: root, customer: $0, feedback: feedback)
                let read = reader.readCustomerFiles($0, files)
                return (read.folder, Array(zip(files, read.stamps)).map { (file: $0.0, stamp: $0.1) })
            }
        }
        let repository = try WorkspaceRepository.open(workspace)
        do {
            let commit = try repository.repo.revision(revision)
            guard let configBlob = try repository.repo.blobID(at: "csw.json", inTree: repository.repo.commitInfo(commit).tree) else {
                Terminal.standardError.write("error: \(revision) has no csw.json\n")
                throw ExitCode(1)
            }
            let config = try repository.repo.blob(configBlob)
            let feedback = wantsFeedback(config)
            var byCustomer: [String: [CustomerFolder.Entry]] = [:]
            for file in try repository.repo.files(ofCommit: commit) {
                let parts = file.path.split(separator: "/", maxSplits: 2).map(String.init)
                guard parts.count == 3, parts[0] == "customers", CustomerID(parts[1]) != nil,
                      wholeFolders || ScoreCache.files.contains(parts[2]) || (feedback && parts[2].hasPrefix("feedback/")) else { continue }
                byCustomer[parts[1], default: []].append(.file(path: parts[2], bytes: try repository.repo.blob(file.id)))
            }
            let folders = byCustomer
            return ScoreSource(config: config, customerNames: folders.keys.sorted(), revision: commit.hex) { name in
                folders[name].map { (CustomerFolder(name: name, entries: $0), nil) }
            }
        } catch let error as GitError {
            Terminal.standardError.write("error: cannot read revision \(revision): \(error.message)\n")
            throw ExitCode(2)
        }
    }
}

