import Foundation

/// Real servers on 127.0.0.1 for transport tests: `git daemon` and OpenSSH's sshd, each
/// started per test with its own port, keys and known_hosts, and stopped afterwards.
enum TestServers {
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
        init(pid: pid_t, port: UInt16) {
            self.pid = pid
            self.port = port
        }
        deinit {
            // git daemon ignores SIGTERM while it has children; SIGKILL always works.
            kill(pid, SIGKILL)
            _ = Spawn.wait(pid)
        }
    }

    /// `git daemon` serving every repository under `base` on git://127.0.0.1:port/, pushes allowed.
    static func gitDaemon(base: URL) throws -> Server? {
        guard let daemon = which("git-daemon") else { return nil }
        let port = freePort()
        let pid = try Spawn.start(daemon, ["--reuseaddr", "--listen=127.0.0.1", "--port=\(port)", "--base-path=\(base.path)", "--export-all",
                                           "--enable=receive-pack", "--informative-errors", base.path],
                                  environment: ProcessInfo.processInfo.environment, directory: nil)
        let server = Server(pid: pid, port: port)
        return waitForPort(port) ? server : nil
    }

    /// sshd on 127.0.0.1 accepting one ed25519 key for the current user. Writes the client
    /// key and a known_hosts line into `home/.ssh`.
    static func sshd(folder: URL, home: URL) throws -> Server? {
        guard let sshd = which("sshd"), let keygen = which("ssh-keygen") else { return nil }
        let dir = folder.appendingPathComponent("sshd")
        let ssh = home.appendingPathComponent(".ssh")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: ssh, withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try run(keygen, ["-q", "-t", "ed25519", "-N", "", "-f", dir.appendingPathComponent("host_ed25519").path])
        try run(keygen, ["-q", "-t", "ed25519", "-N", "", "-f", ssh.appendingPathComponent("id_ed25519").path])
        try FileManager.default.copyItem(at: ssh.appendingPathComponent("id_ed25519.pub"), to: dir.appendingPathComponent("authorized_keys"))
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
        return waitForPort(port) ? server : nil
    }
}
