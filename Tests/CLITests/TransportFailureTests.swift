import Foundation
import Glibc
import Testing

/// ssh the way git does it (the system's OpenSSH client: ~/.ssh/config, RSA keys, the
/// default user), and every way of not reaching a server with its own message, a non-zero
/// exit and no "pending" push — except a network that is really unreachable. Real sshd and
/// git daemon on 127.0.0.1; timeouts set to 2 s so a silent server ends the test quickly.
@Suite(.serialized) struct TransportFailureTests {
    let scratch: Scratch
    let folder: URL
    let home: URL
    let user = ProcessInfo.processInfo.environment["USER"] ?? "root"

    init() throws {
        scratch = try Scratch("csw-transport-failure")
        folder = scratch.url
        home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".ssh"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.testHome.appendingPathComponent(".gitconfig"), to: home.appendingPathComponent(".gitconfig"))
        #expect(try CLITests.run(["init", "a"], environment: ["HOME": home.path], in: folder).status == 0)
    }

    var environment: [String: String] { ["HOME": home.path, "SSH_AUTH_SOCK": "", "CSW_CONNECT_TIMEOUT": "2", "CSW_IDLE_TIMEOUT": "2"] }

    func csw(_ arguments: [String], in sub: String = "a") throws -> CLITests.Outcome {
        try CLITests.run(arguments, environment: environment, in: folder.appendingPathComponent(sub), timeout: 60)
    }

    func bareRemote(_ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let result = try TestServers.run(try TestServers.path(.git), ["init", "-q", "--bare", "-b", "main", path])
        #expect(result.status == 0, "\(result.output)")
        return path
    }

    func setOrigin(_ url: String) throws {
        let git = try TestServers.path(.git), clone = folder.appendingPathComponent("a").path
        _ = try TestServers.run(git, ["-C", clone, "remote", "remove", "origin"])
        #expect(try TestServers.run(git, ["-C", clone, "remote", "add", "origin", url]).status == 0)
    }

    /// `csw sync` to `url` fails with exit 2, says `expected`, and never claims a pending push.
    func syncFails(_ url: String, saying expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CLITests.Outcome {
        try setOrigin(url)
        let outcome = try csw(["sync"])
        #expect(outcome.status == 2, "\(url): \(outcome.stdout)\(outcome.stderr)", sourceLocation: sourceLocation)
        for text in expected { #expect(outcome.stderr.contains(text), "\(url): \(outcome.stderr)", sourceLocation: sourceLocation) }
        #expect(!outcome.stdout.contains("pending") && !outcome.stdout.contains("pushed"), "\(outcome.stdout)", sourceLocation: sourceLocation)
        #expect(!outcome.stderr.contains("ssh-keyscan"), "\(outcome.stderr)", sourceLocation: sourceLocation)
        return outcome
    }

    /// A TCP port that accepts connections (the kernel completes them) and never says a word.
    func silentPort() throws -> (fd: Int32, port: UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        try #require(bound == 0 && listen(fd, 16) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    // MARK: ssh as git does it

    @Test(.needs(.git, .sshd, .sshKeygen)) func sshConfigAliasPortUserAndAnRSAKeyNamedThere() throws {
        let remote = try bareRemote("team.git")
        // an RSA key under a name OpenSSH would not try by itself: only ~/.ssh/config's IdentityFile finds it
        let sshd = try TestServers.sshd(folder: folder, home: home, clientKey: "team_rsa", keyType: "rsa")
        try """
        Host teamserver
            HostName 127.0.0.1
            Port \(sshd.port)
            User \(user)
            IdentityFile \(home.path)/.ssh/team_rsa

        """.write(to: home.appendingPathComponent(".ssh/config"), atomically: true, encoding: .utf8)
        #expect(try csw(["remote", "add", "origin", "teamserver:\(remote)"]).status == 0)
        let pushed = try csw(["sync"])
        #expect(pushed.status == 0, "\(pushed.stdout)\(pushed.stderr)")
        let cloned = try CLITests.run(["clone", "teamserver:\(remote)", "b"], environment: environment, in: folder, timeout: 60)
        #expect(cloned.status == 0, "\(cloned.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b/csw.json").path))
    }

    @Test(.needs(.git, .sshd, .sshKeygen)) func aURLWithoutUserLogsInAsTheLocalUserWithIdRSA() throws {
        let remote = try bareRemote("team.git")
        let sshd = try TestServers.sshd(folder: folder, home: home, clientKey: "id_rsa", keyType: "rsa")
        #expect(try csw(["remote", "add", "origin", "ssh://127.0.0.1:\(sshd.port)\(remote)"]).status == 0)
        let pushed = try csw(["sync"])
        #expect(pushed.status == 0, "\(pushed.stdout)\(pushed.stderr)")
        #expect(pushed.stdout.contains("pushed"), "\(pushed.stdout)")
    }

    @Test(.needs(.git, .sshd, .sshKeygen)) func aPassphraseKeyWithoutAnAgentSaysToUseSSHAdd() throws {
        let remote = try bareRemote("team.git")
        let sshd = try TestServers.sshd(folder: folder, home: home, passphrase: "correct horse")
        let outcome = try syncFails("ssh://\(user)@127.0.0.1:\(sshd.port)\(remote)", saying: ["did not accept your credentials", "protected by a passphrase", "ssh-add"])
        #expect(outcome.stderr.contains("id_ed25519"), "\(outcome.stderr)")
    }

    // MARK: each failure its own message

    @Test(.needs(.git, .sshd, .sshKeygen)) func aChangedHostKeyIsLoudAndNeverSuggestsFetchingTheNewKey() throws {
        let remote = try bareRemote("team.git")
        let sshd = try TestServers.sshd(folder: folder, home: home)
        // known_hosts trusts another key for this host and port
        let other = folder.appendingPathComponent("other_host_key")
        _ = try TestServers.run(try TestServers.path(.sshKeygen), ["-q", "-t", "ed25519", "-N", "", "-f", other.path])
        let key = try String(contentsOf: other.appendingPathExtension("pub"), encoding: .utf8).split(separator: " ")
        try "[127.0.0.1]:\(sshd.port) \(key[0]) \(key[1])\n".write(to: home.appendingPathComponent(".ssh/known_hosts"), atomically: true, encoding: .utf8)
        let outcome = try syncFails("ssh://\(user)@127.0.0.1:\(sshd.port)\(remote)", saying: ["DANGER", "host key has CHANGED", "Nothing was sent"])
        #expect(!outcome.stderr.contains("not in known_hosts"), "distinct from an unknown host: \(outcome.stderr)")
    }

    @Test(.needs(.git, .sshd, .sshKeygen)) func anUnknownHostKeyIsItsOwnMessage() throws {
        let remote = try bareRemote("team.git")
        let sshd = try TestServers.sshd(folder: folder, home: home)
        try "".write(to: home.appendingPathComponent(".ssh/known_hosts"), atomically: true, encoding: .utf8)
        let outcome = try syncFails("ssh://\(user)@127.0.0.1:\(sshd.port)\(remote)", saying: ["host key is not in known_hosts", "fingerprint"])
        #expect(!outcome.stderr.contains("CHANGED"), "\(outcome.stderr)")
    }

    @Test(.needs(.git, .gitDaemon)) func aClosedPortIsAnErrorNotAPendingPush() throws {
        let port = TestServers.freePort()
        _ = try syncFails("ssh://\(user)@127.0.0.1:\(port)/team.git", saying: ["cannot reach origin", "Connection refused"])
        _ = try syncFails("git://127.0.0.1:\(port)/team.git", saying: ["cannot reach origin", "refused the connection"])
    }

    @Test(.needs(.git)) func anUnknownHostNameIsAnError() throws {
        _ = try syncFails("ssh://git@no-such-host.invalid/team.git", saying: ["cannot reach origin", "no-such-host.invalid"])
        _ = try syncFails("git://no-such-host.invalid/team.git", saying: ["cannot reach origin", "no host named no-such-host.invalid"])
    }

    @Test(.needs(.git, .sshd, .sshKeygen, .gitDaemon)) func aWrongRepositoryPathIsAnError() throws {
        _ = try bareRemote("served/team.git")
        let sshd = try TestServers.sshd(folder: folder, home: home)
        let daemon = try TestServers.gitDaemon(base: folder.appendingPathComponent("served"))
        let missing = folder.appendingPathComponent("served/nothing-here.git").path
        _ = try syncFails("ssh://\(user)@127.0.0.1:\(sshd.port)\(missing)", saying: ["has no repository at that path", "does not appear to be a git repository"])
        _ = try syncFails("git://127.0.0.1:\(daemon.port)/nothing-here.git", saying: ["has no repository at that path", "no such repository"])
        _ = try syncFails(missing, saying: ["has no repository at that path"])
    }

    @Test(.needs(.git)) func aSilentServerTimesOut() throws {
        let silent = try silentPort()
        defer { close(silent.fd) }
        let started = Date()
        _ = try syncFails("ssh://\(user)@127.0.0.1:\(silent.port)/team.git", saying: ["did not answer in time"])
        _ = try syncFails("git://127.0.0.1:\(silent.port)/team.git", saying: ["did not answer in time", "went silent"])
        // not a timing assertion on csw: the test's own bound, far above the 2 s timeouts
        #expect(Date().timeIntervalSince(started) < 50)
    }

    @Test(.needs(.git, .unshare)) func onlyAnUnreachableNetworkKeepsThePushPending() throws {
        // a network namespace with no interface up: every address and the name service are unreachable
        let unshare = try TestServers.path(.unshare)
        for (n, url) in ["ssh://git@git.example.org/cs/team.git", "git://127.0.0.1:9418/team.git"].enumerated() {
            try setOrigin(url)
            #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-01-0\(n + 1)", "nps_score=\(n + 7)"]).status == 0)
            let outcome = try CLITests.run(["sync"], environment: environment, in: folder.appendingPathComponent("a"), timeout: 60, wrapper: [unshare, "-n"])
            #expect(outcome.status == 0, "\(url): \(outcome.stdout)\(outcome.stderr)")
            #expect(outcome.stdout.contains("offline: the network is unreachable") && outcome.stdout.contains("push is pending"), "\(url): \(outcome.stdout)")
            let status = try TestServers.run(try TestServers.path(.git), ["-C", folder.appendingPathComponent("a").path, "status", "--porcelain"])
            #expect(status.output.isEmpty, "the work is committed locally: \(status.output)")
        }
    }
}
