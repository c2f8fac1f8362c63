import ArgumentParser
import CSWCore
import CSWGit

struct CloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: "Get a copy of the team's workspace from a git server (or a shared folder).",
        discussion: """
        URL may be a path, file://, ssh://[user@]host[:port]/path, user@host:path, \
        git:// or https://. ssh runs your ssh client as git does (~/.ssh/config, \
        ssh-agent, known_hosts); it never prompts, so a passphrase-protected key must be \
        in ssh-agent. CSW_CONNECT_TIMEOUT and CSW_IDLE_TIMEOUT (seconds; default 20 and \
        120) bound every wait on the server.

        Examples:
          csw clone ssh://git@git.example.org/cs/accounts.git
          csw clone /srv/git/accounts.git accounts
        """
    )

    @Argument(help: "Where the workspace lives.")
    var url: String

    @Argument(help: ArgumentHelp("The folder to create (default: the last part of URL).", valueName: "dir"))
    var directory: String?

    func run() throws {
        var name = url.split(separator: "/").last.map(String.init) ?? "workspace"
        if name.hasSuffix(".git") { name.removeLast(4) }
        let target = directory ?? name
        if FileSystem.exists(target), (try? FileSystem.list(target))?.isEmpty == false {
            Terminal.standardError.write("error: \(target) exists and is not empty\n")
            throw ExitCode(2)
        }
        do {
            let repo = try GitRepository.clone(url: url, to: target)
            // A server whose HEAD names another branch (a bare repository made with an
            // older git defaults to master) leaves the clone empty: take main.
            if repo.isUnborn {
                if let main = repo.resolve("refs/remotes/origin/main") {
                    try repo.checkout(main, branchReference: "refs/heads/main")
                } else {
                    try repo.setHead("refs/heads/main")  // an empty remote: work starts on main
                }
            }
            try repo.setConfigValue("branch.main.remote", "origin")
            try repo.setConfigValue("branch.main.merge", "refs/heads/main")
            try WorkspaceRepository.installDrivers(repo)
        } catch {
            Terminal.standardError.write("error: cannot clone \(TerminalText.visible(url))\n" + TransportAdvice.text(error, remote: TerminalText.visible(url)))
            throw ExitCode(2)
        }
        // the remote's tip as cloned: csw sync reports a later rewrite of it (docs/SECURITY.md)
        if let repo = try? GitRepository.open(at: target), let tip = repo.resolve("refs/remotes/origin/main") {
            do { try HistoryRewrite.record(target, remoteBranch: "origin/main", tip: tip) } catch {
                Terminal.standardError.write("warning: could not record the remote's tip in .csw/: \(error)\n")
            }
        }
        Terminal.standardOutput.write("cloned \(url) into \(target)\n")
        if !FileSystem.exists(target + "/csw.json") {
            Terminal.standardError.write("warning: \(target) has no csw.json, so it is not a csw workspace\n")
        }
    }
}

struct RemoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remote",
        abstract: "Name the git servers this workspace syncs with.",
        subcommands: [RemoteAddCommand.self, RemoteListCommand.self]
    )
}

struct RemoteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a remote.",
        discussion: "Example:\n  csw remote add origin ssh://git@git.example.org/cs/accounts.git")

    @Argument var name: String
    @Argument var url: String

    func run() throws {
        let repository = try WorkspaceRepository.open(try Workspace.open())
        do { try repository.repo.addRemote(name: name, url: url) } catch {
            Terminal.standardError.write("error: \(error.message)\n")
            throw ExitCode(error.code == .exists ? 1 : 2)
        }
        Terminal.standardOutput.write("added remote \(name) → \(url)\n")
    }
}

struct RemoteListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the remotes.")

    func run() throws {
        let repository = try WorkspaceRepository.open(try Workspace.open())
        for remote in try repository.repo.remotes() {
            Terminal.standardOutput.write("\(remote.name)\t\(remote.url)\n")
        }
    }
}
