import CGitTransport
import CLibGit2
import Glibc

/// How csw reaches a remote over ssh:// and git:// (docs/GUIDE.md, "Remotes").
///
/// ssh runs the system's OpenSSH client, as git does: ~/.ssh/config, every key type,
/// ssh-agent and known_hosts behave as with git. The command is `GIT_SSH_COMMAND` (run by
/// the shell), else `GIT_SSH` (a program), else `ssh`. csw adds `BatchMode=yes` (it never
/// prompts: a passphrase, a password or an unknown host fails with a reason) and its
/// timeouts. When `HOME` is not the account's home directory (OpenSSH reads only the
/// latter), csw passes `$HOME/.ssh`'s config, known_hosts and default keys explicitly, so
/// `HOME` means the same to csw's ssh as to the rest of csw.
public struct GitTransportSettings: Sendable, Equatable {
    /// The ssh command line before csw's own options.
    public var sshCommand: [String]
    /// Seconds to wait for a connection (and ssh's handshake).
    public var connectTimeout: Double
    /// Seconds of silence after which a transfer is given up.
    public var idleTimeout: Double

    public init(sshCommand: [String]? = nil, connectTimeout: Double? = nil, idleTimeout: Double? = nil) {
        self.sshCommand = sshCommand ?? Self.defaultSSHCommand()
        self.connectTimeout = connectTimeout ?? Self.seconds("CSW_CONNECT_TIMEOUT") ?? 20
        self.idleTimeout = idleTimeout ?? Self.seconds("CSW_IDLE_TIMEOUT") ?? 120
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    static func seconds(_ name: String) -> Double? {
        environment(name).flatMap(Double.init).flatMap { $0 > 0 && $0 < 86_400 ? $0 : nil }
    }

    /// The user's home as csw sees it ($HOME), and as OpenSSH does (the account's).
    static var homes: (csw: String, account: String?) {
        let account = getpwuid(getuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } }
        return (environment("HOME") ?? account ?? "", account)
    }

    /// The private keys OpenSSH tries by default, in `$HOME/.ssh`.
    public static var defaultKeyFiles: [String] {
        let ssh = homes.csw + "/.ssh/"
        return ["id_rsa", "id_ecdsa", "id_ecdsa_sk", "id_ed25519", "id_ed25519_sk"].map { ssh + $0 }
    }

    static func defaultSSHCommand() -> [String] {
        if let command = environment("GIT_SSH_COMMAND") { return ["/bin/sh", "-c", command + " \"$@\"", "ssh"] }
        if let program = environment("GIT_SSH") { return [program] }
        var command = ["ssh"]
        let (home, account) = homes
        guard !home.isEmpty, home != account else { return command }
        let config = home + "/.ssh/config", knownHosts = home + "/.ssh/known_hosts"
        if access(config, R_OK) == 0 { command += ["-F", config] }
        if !knownHosts.contains(" ") { command += ["-o", "UserKnownHostsFile=" + knownHosts] }
        for key in defaultKeyFiles where access(key, R_OK) == 0 { command += ["-i", key] }
        return command
    }

    /// The default key files that are protected by a passphrase: OpenSSH cannot use them
    /// without an ssh-agent holding them, since csw never prompts.
    public static func passphraseProtectedKeys() -> [String] {
        defaultKeyFiles.filter { path in
            guard let text = readPrefix(path, limit: 16_384) else { return false }
            if text.contains("ENCRYPTED") { return true }  // PEM: Proc-Type: 4,ENCRYPTED, PKCS#8
            guard let begin = text.firstRange(of: "-----BEGIN OPENSSH PRIVATE KEY-----") else { return false }
            let body = text[begin.upperBound...].prefix { $0 != "-" }.filter { !$0.isWhitespace }
            // "openssh-key-v1\0", then the cipher's name as a length-prefixed string: "none" or not
            let bytes = base64Prefix(String(body.prefix(64)))
            let magic = Array("openssh-key-v1".utf8) + [0]
            guard bytes.count >= magic.count + 8, Array(bytes[0..<magic.count]) == magic else { return false }
            let n = bytes[magic.count..<magic.count + 4].reduce(0) { $0 << 8 | Int($1) }
            let start = magic.count + 4
            guard n > 0, n < 64, bytes.count >= start + n else { return false }
            return Array(bytes[start..<start + n]) != Array("none".utf8)
        }
    }

    static func readPrefix(_ path: String, limit: Int) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: limit)
        let n = read(fd, &buffer, limit)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : nil
    }

    static func base64Prefix(_ text: String) -> [UInt8] {
        var out: [UInt8] = [], bits = 0, count = 0
        for c in text.utf8 {
            let v: Int
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = Int(c) - 65
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = Int(c) - 71
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = Int(c) + 4
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            default: return out
            }
            bits = bits << 6 | v
            count += 6
            if count >= 8 {
                count -= 8
                out.append(UInt8((bits >> count) & 0xff))
            }
        }
        return out
    }

    /// Hands the settings to the transports; called before every fetch, push and clone.
    func apply() {
        _ = csw_transport_register()
        var pointers = sshCommand.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { argv in
                csw_transport_configure(argv, Int32(buffer.count), Int32(connectTimeout * 1000), Int32(idleTimeout * 1000))
            }
        }
        csw_transport_clear_failure()
    }
}

extension GitError {
    /// The transfer error with what the transports know about it: its own code (offline,
    /// unreachable, timeout, changed host key, no repository, authentication) and the
    /// reason in words, from the ssh client's own message or the system's.
    static func transfer(_ error: GitError, url: String, settings: GitTransportSettings) -> GitError {
        let kind = csw_transport_failure()
        let detail = String(cString: csw_transport_failure_detail())
        csw_transport_clear_failure()
        let reason = GitTransportFailure.classify(kind: kind, detail: detail, message: error.message, url: url)
        guard let reason else {
            // libgit2's own transports (local paths, https) and the smart protocol's errors,
            // sorted the same way. Offline only when that is positively the reason.
            guard error.code == .network || error.code == .other(-1) else { return error }
            let code = GitTransportFailure.classify(libgit2: error.message, url: url) ?? (error.code == .network ? .other(-1) : error.code)
            return GitError(function: error.function, code: code, errorClass: error.errorClass, message: error.message)
        }
        return GitError(function: error.function, code: reason.code, errorClass: error.errorClass, message: reason.message)
    }
}

/// Sorting a failed transfer into what the user can do about it.
enum GitTransportFailure {
    static func classify(kind: Int32, detail: String, message: String, url: String) -> (code: GitError.Code, message: String)? {
        switch kind {
        case Int32(CSW_TRANSPORT_OFFLINE.rawValue): return (.network, message)
        case Int32(CSW_TRANSPORT_UNKNOWN_NAME.rawValue), Int32(CSW_TRANSPORT_REFUSED.rawValue): return (.unreachable, message)
        case Int32(CSW_TRANSPORT_CONNECT_TIMEOUT.rawValue), Int32(CSW_TRANSPORT_IDLE_TIMEOUT.rawValue): return (.timeout, message)
        case Int32(CSW_TRANSPORT_CLOSED.rawValue):
            return (.noRepository, message + ": the repository path is probably wrong, or the server does not export it")
        case Int32(CSW_TRANSPORT_NO_CLIENT.rawValue): return (.other(-1), message)
        case Int32(CSW_TRANSPORT_SSH.rawValue): return ssh(detail, message: message)
        default: return nil
        }
    }

    /// What OpenSSH (and the git programs it ran on the server) printed.
    static func ssh(_ detail: String, message: String) -> (code: GitError.Code, message: String) {
        let lines = detail.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty && !$0.allSatisfy { $0 == "@" } }
        func line(_ needle: String) -> String? { lines.first { $0.lowercased().contains(needle.lowercased()) } }
        if detail.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") || detail.contains("Host key for") && detail.contains("has changed") {
            let offending = line("Offending") ?? line("known_hosts") ?? ""
            return (.hostKeyChanged, "the server's host key has CHANGED since it was last trusted" + (offending.isEmpty ? "" : " (\(offending))"))
        }
        if let l = line("Host key verification failed") ?? line("No ED25519 host key is known") ?? line("host key is known") {
            return (.certificate, "the server's host key is not in known_hosts (\(l))")
        }
        if let l = line("Temporary failure in name resolution") ?? line("Network is unreachable") { return (.network, l) }
        if let l = line("Could not resolve hostname") ?? line("Connection refused") ?? line("No route to host") { return (.unreachable, l) }
        if let l = line("timed out") { return (.timeout, l) }
        if let l = line("Permission denied") ?? line("Too many authentication failures") { return (.auth, l) }
        if let l = line("does not appear to be a git repository") ?? line("not a git repository") ?? line("repository not found")
            ?? line("No such file or directory") {
            return (.noRepository, l)
        }
        return (.other(-1), lines.last.map { "ssh: " + $0 } ?? message)
    }

    /// libgit2's own messages (local paths, https).
    static func classify(libgit2 message: String, url: String) -> GitError.Code? {
        let m = message.lowercased()
        if m.contains("temporary failure in name resolution") || m.contains("network is unreachable") { return .network }
        if m.contains("failed to resolve address") || m.contains("connection refused") || m.contains("no route to host") { return .unreachable }
        if m.contains("timed out") { return .timeout }
        // git daemon and servers: "remote error: no such repository", "access denied or repository not exported"
        if m.contains("no such repository") || m.contains("repository not found") || m.contains("not exported")
            || m.contains("does not appear to be a git repository") {
            return .noRepository
        }
        let local = url.hasPrefix("/") || url.hasPrefix(".") || url.hasPrefix("file://")
        if local && (m.contains("could not find repository") || m.contains("no such file") || m.contains("not a git repository")
            || m.contains("failed to resolve path") || m.contains("unsupported url protocol")) {
            return .noRepository
        }
        return nil
    }
}

extension Substring {
    var trimmingSpaces: String {
        var t = self
        while let f = t.first, f == " " || f == "\t" || f == "\r" { t.removeFirst() }
        while let l = t.last, l == " " || l == "\t" || l == "\r" { t.removeLast() }
        return String(t)
    }
}
