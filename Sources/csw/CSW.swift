import ArgumentParser
import CSWGit
import Glibc

/// The `csw` command: a local-first customer-success workspace.
struct CSW: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "csw",
        abstract: "Validate, score, diff and sync a customer-success workspace kept as plain files in git.",
        discussion: """
        Each customer is a folder of plain JSON and Markdown files in a git repository. \
        csw checks those files, explains every number it computes, and works offline.

        Global option: -C DIR (before the command) runs csw as if started in DIR.

        Exit codes: 0 all good, 1 problems found in the data, 2 csw could not run \
        (bad usage, unreadable files, a broken schema).

        Examples:
          csw init accounts && cd accounts
          csw validate
          csw score                      # riskiest first; csw score HOSP_001 --explain
          csw alerts                     # who needs attention, why, owner, due date
          csw diff HEAD~5                # what changed, and what it did to the scores
          csw metrics add HOSP_001 --date 2025-12-01 usage_percentage=86 nps_score=9
          csw sync
          csw -C ~/accounts validate --format json

        docs/GUIDE.md walks through a week with csw.
        """,
        version: "csw \(version) (libgit2 \(GitLibrary.version))",
        subcommands: [InitCommand.self, ValidateCommand.self, ScoreCommand.self, ModelCommand.self, StatusCommand.self, CommitCommand.self, SyncCommand.self,
                      LogCommand.self, DiffCommand.self, HistoryCommand.self, AlertsCommand.self, RiskCommand.self, CampaignsCommand.self, PlaybookCommand.self, TasksCommand.self, RunCommand.self, NotifyCommand.self, HooksCommand.self, WorkloadCommand.self, ExpansionCommand.self, OpportunityCommand.self, RenewalCommand.self, ContractsCommand.self, PipelineCommand.self, ReportCommand.self, ReviewCommand.self, DashboardCommand.self, PHICommand.self, AuditCommand.self, RetentionCommand.self, ExportCommand.self, ImportCommand.self, FeedbackCommand.self, SentimentCommand.self, EnhancementsCommand.self, CommunityCommand.self, TextconvCommand.self, ResolveCommand.self, CloneCommand.self, RemoteCommand.self, CustomerCommand.self,
                      MetricsCommand.self, FmtCommand.self, DemoCommand.self, SchemaCommand.self, MergeDriverCommand.self]
    )
}

@main
enum Main {
    static func main() {
        GitLibrary.initialiseInBackground()
        defer { GitLibrary.waitForBackgroundInitialisation() }
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            // `csw -C DIR …` runs as if started in DIR, as git does.
            while arguments.count >= 2 && arguments[0] == "-C" {
                guard chdir(arguments[1]) == 0 else {
                    Terminal.standardError.write("error: -C \(arguments[1]): cannot enter the folder: \(FileSystem.errnoText())\n")
                    exit(ExitCode(2))
                }
                arguments.removeFirst(2)
            }
            let (options, files) = ManyFiles.split(arguments)
            var command = try CSW.parseAsRoot(options)
            if !files.isEmpty, var bulk = command as? any TakesManyFiles & ParsableCommand {
                bulk.addFiles(files)
                command = bulk
            }
            try command.run()
        } catch let code as ExitCode {
            exit(code)
        } catch {
            let code = CSW.exitCode(for: error)
            if code == .success {
                GitLibrary.waitForBackgroundInitialisation()
                CSW.exit(withError: error)  // --help, --version
            }
            // Usage mistakes and anything else that stops the run: exit 2.
            Terminal.standardError.write(CSW.fullMessage(for: error) + "\n")
            if code == .validationFailure {
                Terminal.standardError.write("Run 'csw --help' or 'csw help <command>' for usage.\n")
            }
            exit(ExitCode(2))
        }
    }

    /// Every way out of csw passes here, after libgit2's background start has finished.
    static func exit(_ code: ExitCode) -> Never {
        GitLibrary.waitForBackgroundInitialisation()
        CSW.exit(withError: code)
    }
}
