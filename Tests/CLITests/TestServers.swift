import Foundation
import Testing

/// A program some tests need (a server, a browser, a command-line client), found in the
/// usual folders. `make test` installs every one of them.
struct TestTool: Sendable, CustomStringConvertible {
    let description: String
    /// Executable names tried in order.
    let names: [String]
    /// The Debian/Ubuntu package that has it.
    let package: String

    var path: String? { names.lazy.compactMap { TestServers.which($0) }.first }

    static let git = TestTool(description: "git", names: ["git"], package: "git")
    static let gitDaemon = TestTool(description: "git daemon", names: ["git-daemon"], package: "git")
    static let sshd = TestTool(description: "sshd", names: ["sshd"], package: "openssh-server")
    static let sshKeygen = TestTool(description: "ssh-keygen", names: ["ssh-keygen"], package: "openssh-client")
    static let gpg = TestTool(description: "gpg and gpgv", names: ["gpg"], package: "gnupg gpgv")
    static let sqlite3 = TestTool(description: "the sqlite3 command", names: ["sqlite3"], package: "sqlite3")
    static let chromium = TestTool(description: "Chromium", names: ["chromium", "chromium-browser", "google-chrome"], package: "chromium")
    static let openssl = TestTool(description: "openssl", names: ["openssl"], package: "openssl")
    static let python3 = TestTool(description: "python3", names: ["python3"], package: "python3")
    /// unshare -n: a network namespace with no interface up (offline), for the one test of being offline
    static let unshare = TestTool(description: "unshare (util-linux)", names: ["unshare"], package: "util-linux")
    static let gitFilterRepo = TestTool(description: "git filter-repo", names: ["git-filter-repo"], package: "git-filter-repo")
    static let strace = TestTool(description: "strace", names: ["strace"], package: "strace")
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where the tools are installed — or where `make test` asked for
    /// every tool (CSW_REQUIRE_TEST_TOOLS=1): then a missing tool is a failure, not a skip.
    /// Anywhere else the skip is reported as a skip, with this reason.
    static func needs(_ tools: TestTool...) -> Self {
        let missing = tools.filter { $0.path == nil }
        let packages = Set(missing.map(\.package)).sorted().joined(separator: " ")
        return .enabled(
            if: missing.isEmpty || TestServers.toolsRequired,
            Comment(rawValue: "needs \(missing.map(\.description).joined(separator: ", ")), not installed (apt-get install \(packages); make test installs it)"))
    }
}

/// Real servers on 127.0.0.1 for transport tests: `git daemon` and OpenSSH's sshd, each
/// started per test with its own port, keys and known_hosts, and stopped afterwards.
enum TestServers {
    /// Set by `make test`, which installs every tool: a missing one fails the tests that need it.
    static var toolsRequired: Bool { ProcessInfo.processInfo.environment["CSW_REQUIRE_TEST_TOOLS"] == "1" }

    /// The tool's path; a test failure if it is missing (a test that needs it runs without it
    /// only when CSW_REQUIRE_TEST_TOOLS=1 asked for every tool).
    static func path(_ tool: TestTool, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(tool.path, "\(tool) is not installed, and the tests need it (CSW_REQUIRE_TEST_TOOLS=1): apt-get install \(tool.package)",
                     sourceLocation: sourceLocation)
    }

    /// A server that was started but is not serving: a test failure with the server's log.
    struct DidNotStart: Error, CustomStringConvertible {
        let description: String
    }
    /// A port that was free a moment ago.
    static func freePort() -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Waits until something accepts connections on the port.
    static func waitForPort(_ port: UInt16, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = port.bigEndian
            let ok = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } } == 0
            close(fd)
            if ok { return true }
            usleep(50_000)
        }
        return false
    }

    static func which(_ name: String, in folders: [String] = ["/usr/sbin", "/usr/bin", "/usr/lib/git-core", "/usr/local/bin"]) -> String? {
        folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let result = try Spawn.run(tool, arguments, environment: ProcessInfo.processInfo.environment, directory: folder?.path)
        return (result.status, result.stdout + result.stderr)
    }

    final class Server {
        let pid: pid_t
        let port: UInt16
        private var exited = false
        init(pid: pid_t, port: UInt16) {
            self.pid = pid
            self.port = port
        }
        deinit {
            // git daemon ignores SIGTERM while it has children; SIGKILL always works. A pid
            // already waited for may belong to another process by now: never signal it.
            guard !exited else { return }
            kill(pid, SIGKILL)
            _ = Spawn.wait(pid)
        }

        /// Returns once the server accepts connections on its port; throws, with its log, if
        /// it exits or is not listening within `seconds`.
        func waitUntilListening(_ name: String, log: String, seconds: Double = 10) throws {
            let deadline = Date().addingTimeInterval(seconds)
            var listening = false
            while !listening && Date() < deadline {
                listening = TestServers.waitForPort(port, seconds: 0.05)
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    exited = true
                    let how = status & 0x7f == 0 ? "exited with status \((status >> 8) & 0xff)" : "was killed by signal \(status & 0x7f)"
                    throw DidNotStart(description: "\(name) \(how) before serving on 127.0.0.1:\(port); its log:\n\(Self.read(log))")
                }
            }
            guard listening else {
                throw DidNotStart(description: "\(name) is not listening on 127.0.0.1:\(port) after \(seconds) s; its log:\n\(Self.read(log))")
            }
        }

        static func read(_ log: String) -> String {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? "(no log at \(log))"
            return text.isEmpty ? "(the log is empty)" : text
        }
    }

    /// `git daemon` serving every repository under `base` on git://127.0.0.1:port/, pushes allowed.
    /// Throws, with the daemon's log, if it does not start.
    static func gitDaemon(base: URL) throws -> Server {
        let daemon = try path(.gitDaemon)
        let port = freePort()
        let log = base.deletingLastPathComponent().appendingPathComponent("git-daemon-\(port).log").path
        let pid = try Spawn.start(daemon, ["--reuseaddr", "--listen=127.0.0.1", "--port=\(port)", "--base-path=\(base.path)", "--export-all",
                                           "--enable=receive-pack", "--informative-errors", "--verbose", base.path],
                                  environment: ProcessInfo.processInfo.environment, directory: nil, stdout: log, stderr: log)
        let server = Server(pid: pid, port: port)
        try server.waitUntilListening("git daemon", log: log)
        return server
    }

    /// sshd on 127.0.0.1 accepting one key for the current user (by default ed25519, no
    /// passphrase). Writes the client key `home/.ssh/<clientKey>` and a known_hosts line
    /// into `home/.ssh`. Throws, with sshd's log, if it does not start.
    static func sshd(folder: URL, home: URL, clientKey: String = "id_ed25519", keyType: String = "ed25519", passphrase: String = "") throws -> Server {
        let sshd = try path(.sshd), keygen = try path(.sshKeygen)
        let dir = folder.appendingPathComponent("sshd")
        let ssh = home.appendingPathComponent(".ssh")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: ssh, withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try run(keygen, ["-q", "-t", "ed25519", "-N", "", "-f", dir.appendingPathComponent("host_ed25519").path])
        try run(keygen, ["-q", "-t", keyType, "-N", passphrase, "-f", ssh.appendingPathComponent(clientKey).path])
        try FileManager.default.copyItem(at: ssh.appendingPathComponent(clientKey + ".pub"), to: dir.appendingPathComponent("authorized_keys"))
        let port = freePort()
        let hostKey = try String(contentsOf: dir.appendingPathComponent("host_ed25519.pub"), encoding: .utf8).split(separator: " ")
        try "[127.0.0.1]:\(port) \(hostKey[0]) \(hostKey[1])\n".write(to: ssh.appendingPathComponent("known_hosts"), atomically: true, encoding: .utf8)
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(dir.appendingPathComponent("host_ed25519").path)
        AuthorizedKeysFile \(dir.appendingPathComponent("authorized_keys").path)
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitRootLogin prohibit-password
        StrictModes no
        UsePAM no
        PidFile \(dir.appendingPathComponent("sshd.pid").path)
        SetEnv PATH=/usr/bin:/bin:/usr/local/bin

        """
        try config.write(to: dir.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
        let pid = try Spawn.start(sshd, ["-D", "-e", "-f", dir.appendingPathComponent("sshd_config").path],
                                  environment: ProcessInfo.processInfo.environment, directory: nil,
                                  stdout: dir.appendingPathComponent("sshd.log").path, stderr: dir.appendingPathComponent("sshd.log").path)
        let server = Server(pid: pid, port: port)
        try server.waitUntilListening("sshd", log: dir.appendingPathComponent("sshd.log").path)
        return server
    }
}
