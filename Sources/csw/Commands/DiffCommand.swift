import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWSchema

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions, and what it did to the scores.",
        discussion: """
        No revision compares the working folder with HEAD; one revision compares it with the \
        working folder; two compare them. Revisions are anything git understands: HEAD~1, \
        main, a commit id, a tag. Arguments after the revisions are customers.

        Per customer: profile fields (old → new), metric snapshots added, removed or \
        changed, feedback, reviews and notes, then the consequence — health, band, churn \
        and expansion before → after, with the measures that moved the score most. Both \
        sides are scored as of the same date (--as-of, default today), each with its own \
        csw.json, so a difference comes from the change, not from the calendar.

        Examples:
          csw diff                      # uncommitted work against HEAD
          csw diff HEAD~5               # the last five commits and uncommitted work
          csw diff main~10 main HOSP_001 --as-of 2025-11-15
          csw diff HEAD~1 HEAD --format json
        """
    )

    @Argument(help: ArgumentHelp("Up to two revisions, then customers.", valueName: "rev-or-customer"))
    var arguments: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Score both sides as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let err = Terminal.standardError
        let day = try CommandInput.asOf(asOf)
        let repository = try WorkspaceRepository.open(try Workspace.open())
        let (revisions, customers) = try Self.split(arguments, repository)
        let old: WorkspaceVersion, new: WorkspaceVersion
        do {
            switch revisions.count {
            case 0: (old, new) = (try WorkspaceVersion.head(repository), .working(repository))
            case 1: (old, new) = (try WorkspaceVersion.revision(revisions[0], repository), .working(repository))
            default: (old, new) = (try WorkspaceVersion.revision(revisions[0], repository), try WorkspaceVersion.revision(revisions[1], repository))
            }
        } catch {
            err.write("error: \(error.message)\n")
            throw ExitCode(2)
        }
        var files = try CommandInput.readingGit { () throws(GitError) in try WorkspaceVersion.changedFiles(from: old, to: new) }
        if !customers.isEmpty {
            files = files.filter { f in customers.contains { f.path.hasPrefix("customers/\($0)/") } }
        }
        let (byCustomer, workspaceChanges) = ChangeModel.split(files)
        // git is read here, in order; comparing and scoring (pure) then run on all cores.
        let (sides, setups) = try CommandInput.readingGit { () throws(GitError) in
            let setupOld = try old.scoringModel()
            // Most comparisons share csw.json: build its model once.
            let setupNew = try old.read("csw.json") == new.read("csw.json") ? setupOld : try new.scoringModel()
            let sides = try byCustomer.map { (c) throws(GitError) in (try old.scoredFiles(c.id), try new.scoredFiles(c.id)) }
            return (sides, (setupOld, setupNew))
        }
        if setups.0 == nil || setups.1 == nil {
            err.write("warning: csw.json is not valid JSON on one side; that side is scored with the default model (csw validate explains)\n")
        }
        let (setupOld, setupNew) = (setups.0 ?? .defaults, setups.1 ?? .defaults)
        let diffs = ParallelMap.map(byCustomer.count) { i in
            CustomerDiff(change: ChangeModel.customer(byCustomer[i].id, byCustomer[i].files),
                         before: setupOld.score(sides[i].0, asOf: day), after: setupNew.score(sides[i].1, asOf: day))
        }
        var comparison = workspaceChanges
        comparison.customers = diffs.map(\.change)
        let modelChanged = setupOld.model.version != setupNew.model.version
        let summary = DiffSummary(diffs, modelChanged: modelChanged)
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(DiffReport.json(from: old.commitID ?? old.label, to: new.commitID ?? new.label, asOf: day, diffs: diffs,
                                                          comparison: comparison, summary: summary)))
        case .text:
            out.write(DiffReport.text(from: old.label, to: new.label, asOf: day, diffs: diffs, comparison: comparison, summary: summary) { word in
                switch word {
                case "added", "healthy": return out.styled(word, .green)
                case "removed", "at_risk", "churned": return out.styled(word, .red)
                case "watch": return out.styled(word, .yellow)
                default: return word
                }
            })
        }
    }

    /// Leading arguments that name revisions (at most two), then customers. A name that is
    /// both a revision and a customer folder is refused rather than guessed.
    static func split(_ arguments: [String], _ repository: WorkspaceRepository) throws -> (revisions: [String], customers: [String]) {
        var revisions: [String] = [], customers: [String] = []
        for arg in arguments {
            let isCustomer = CustomerID(arg) != nil && FileSystem.isDirectory(repository.root + "/customers/" + arg)
            let isRevision = customers.isEmpty && revisions.count < 2 && (try? repository.repo.revision(arg)) != nil
            if isRevision && isCustomer {
                Terminal.standardError.write("error: \(arg) is both a revision and a customer\n" +
                    "  note: name the revision by its commit id, or list the revisions first (csw diff HEAD \(arg))\n")
                throw ExitCode(2)
            }
            if isRevision {
                revisions.append(arg)
            } else if CustomerID(arg) != nil {
                customers.append(arg)
            } else {
                Terminal.standardError.write("error: \(arg) is neither a revision git knows nor a customer ID\n" +
                    "  note: revisions come first (csw diff HEAD~1 HEAD HOSP_001); see 'csw log' for commits\n")
                throw ExitCode(2)
            }
        }
        return (revisions, customers)
    }
}
