import CLibGit2
import Glibc

/// How csw authenticates to remotes. ssh:// (and user@host:path) runs the system's ssh
/// client, which does its own authentication (GitTransportSettings); the fields here serve
/// libgit2's own transports: user name and password (or token) for https from
/// CSW_GIT_USERNAME / CSW_GIT_PASSWORD, with a bounded number of attempts.
public struct GitAuthentication: Sendable {
    public var useAgent: Bool
    public var keyFiles: [String]
    public var username: String?
    public var password: String?
    public var maxAttempts: Int
    /// ssh:// and git:// go through csw's transports: their ssh command and timeouts.
    public var transport: GitTransportSettings

    public init(useAgent: Bool = true, keyFiles: [String]? = nil, username: String? = nil, password: String? = nil, maxAttempts: Int = 4,
                transport: GitTransportSettings = GitTransportSettings()) {
        let home = getenv("HOME").map { String(cString: $0) } ?? ""
        self.useAgent = useAgent
        self.keyFiles = keyFiles ?? [home + "/.ssh/id_ed25519", home + "/.ssh/id_ecdsa"]
        self.username = username ?? getenv("CSW_GIT_USERNAME").map { String(cString: $0) }
        self.password = password ?? getenv("CSW_GIT_PASSWORD").map { String(cString: $0) }
        self.maxAttempts = maxAttempts
        self.transport = transport
    }
}

/// A reference the server refused to update, with its reason ("non-fast-forward", a hook's message).
public struct GitPushRejection: Sendable, Equatable, CustomStringConvertible {
    public let reference: String
    public let reason: String
    public var description: String { "\(reference): \(reason)" }
}

/// Context handed to libgit2's C callbacks through their payload pointer.
final class RemoteContext {
    let auth: GitAuthentication
    var attempts = 0
    var agentTried = false
    var rejections: [GitPushRejection] = []
    /// What the server said on the side band ("remote: …" lines: hook output, errors).
    var serverMessages = ""

    init(auth: GitAuthentication) {
        self.auth = auth
    }

    /// Every network operation (clone, fetch, push) runs inside this: it is where the CA
    /// certificates get read, for an https:// remote.
    func withCallbacks<R>(url: String, _ body: (git_remote_callbacks) throws(GitError) -> R) throws(GitError) -> R {
        GitLibrary.loadCertificates()
        auth.transport.apply()
        var callbacks = git_remote_callbacks()
        try check(git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)), "git_remote_init_callbacks")
        let payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.payload = payload
        callbacks.credentials = { out, _, usernameFromURL, allowed, payload in
            guard let payload, let out else { return -1 }
            let context = Unmanaged<RemoteContext>.fromOpaque(payload).takeUnretainedValue()
            return context.credential(out, usernameFromURL.map { String(cString: $0) }, allowed)
        }
        callbacks.certificate_check = { _, valid, _, _ in
            valid != 0 ? 0 : GIT_ECERTIFICATE.rawValue
        }
        callbacks.sideband_progress = { text, length, payload in
            guard let payload, let text, length > 0 else { return 0 }
            let context = Unmanaged<RemoteContext>.fromOpaque(payload).takeUnretainedValue()
            let bytes = UnsafeRawBufferPointer(start: text, count: Int(length))
            context.serverMessages += String(decoding: bytes, as: UTF8.self)
            return 0
        }
        callbacks.push_update_reference = { refname, status, payload in
            guard let payload, let status else { return 0 }
            let context = Unmanaged<RemoteContext>.fromOpaque(payload).takeUnretainedValue()
            context.rejections.append(GitPushRejection(reference: refname.map { String(cString: $0) } ?? "?", reason: String(cString: status)))
            return 0
        }
        do {
            return try withExtendedLifetime(self) { () throws(GitError) -> R in try body(callbacks) }
        } catch {
            throw GitError.transfer(error, url: url, settings: auth.transport)
        }
    }

    func credential(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, _ user: String?, _ allowed: UInt32) -> Int32 {
        attempts += 1
        guard attempts <= auth.maxAttempts else {
            git_error_set_str(Int32(GIT_ERROR_SSH.rawValue), "authentication failed after \(auth.maxAttempts) attempts")
            return GIT_EAUTH.rawValue
        }
        let name = user ?? auth.username ?? getenv("USER").map { String(cString: $0) } ?? "git"
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            let agentSocket = getenv("SSH_AUTH_SOCK").map { String(cString: $0) } ?? ""
            if auth.useAgent && !agentTried && !agentSocket.isEmpty && access(agentSocket, F_OK) == 0 {
                agentTried = true
                if git_credential_ssh_key_from_agent(out, name) == 0 { return 0 }
            }
            // Key files in order: the (attempts - 1 - agent)th existing one.
            let keys = auth.keyFiles.filter { access($0, R_OK) == 0 }
            let k = attempts - 1 - (agentTried ? 1 : 0)
            if k >= 0 && k < keys.count {
                let publicKey = access(keys[k] + ".pub", R_OK) == 0 ? keys[k] + ".pub" : nil
                return git_credential_ssh_key_new(out, name, publicKey, keys[k], nil)
            }
        }
        if allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, let username = auth.username, let password = auth.password, attempts == 1 {
            return git_credential_userpass_plaintext_new(out, username, password)
        }
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0 {
            return git_credential_username_new(out, name)
        }
        git_error_set_str(Int32(GIT_ERROR_SSH.rawValue), "no usable credentials (tried ssh-agent and \(auth.keyFiles.joined(separator: ", ")))")
        return GIT_EAUTH.rawValue
    }
}

extension GitRepository {
    public func remotes() throws(GitError) -> [(name: String, url: String)] {
        var names = git_strarray()
        try check(git_remote_list(&names, handle), "git_remote_list")
        defer { git_strarray_dispose(&names) }
        var out: [(String, String)] = []
        for i in 0..<names.count {
            guard let cName = names.strings[i] else { continue }
            let name = String(cString: cName)
            var remote: OpaquePointer?
            guard git_remote_lookup(&remote, handle, name) == 0 else {
                git_error_clear()
                continue
            }
            defer { git_remote_free(remote) }
            out.append((name, git_remote_url(remote).map { String(cString: $0) } ?? ""))
        }
        return out
    }

    public func addRemote(name: String, url: String) throws(GitError) {
        var remote: OpaquePointer?
        try check(git_remote_create(&remote, handle, name, url), "git_remote_create")
        git_remote_free(remote)
    }

    /// Fetches `remote`'s branches into refs/remotes/<remote>/*.
    public func fetch(remote name: String, auth: GitAuthentication = GitAuthentication()) throws(GitError) {
        var remote: OpaquePointer?
        try check(git_remote_lookup(&remote, handle, name), "git_remote_lookup")
        defer { git_remote_free(remote) }
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
        let context = RemoteContext(auth: auth)
        try context.withCallbacks(url: git_remote_url(remote).map { String(cString: $0) } ?? "") { (callbacks) throws(GitError) in
            options.callbacks = callbacks
            try check(git_remote_fetch(remote, nil, &options, "csw: fetch"), "git_remote_fetch")
        }
    }

    /// Pushes `refspec` (refs/heads/main:refs/heads/main). A refusal by the server — not a
    /// fast-forward (also a lost race for the ref's lock on the server), or a hook's
    /// rejection — comes back as a `GitError` with code `.nonFastForward` or `.rejected`
    /// naming the reference and the server's reason.
    public func push(remote name: String, refspec: String, auth: GitAuthentication = GitAuthentication()) throws(GitError) {
        var remote: OpaquePointer?
        try check(git_remote_lookup(&remote, handle, name), "git_remote_lookup")
        defer { git_remote_free(remote) }
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
        let context = RemoteContext(auth: auth)
        let spec = strdup(refspec)
        defer { free(spec) }
        var specPointer: UnsafeMutablePointer<CChar>? = spec
        try context.withCallbacks(url: git_remote_url(remote).map { String(cString: $0) } ?? "") { (callbacks) throws(GitError) in
            options.callbacks = callbacks
            let rc = withUnsafeMutablePointer(to: &specPointer) { pointer -> Int32 in
                var specs = git_strarray(strings: pointer, count: 1)
                return git_remote_push(remote, &specs, &options)
            }
            try check(rc, "git_remote_push")
        }
        if let rejection = context.rejections.first {
            // The remote moved under us: not a fast-forward, or two pushes raced on the
            // server ("failed to update ref", the server saying "cannot lock ref
            // 'refs/heads/main': is at X but expected Y"). Both mean: fetch, merge, push again.
            let reason = rejection.reason, server = context.serverMessages
            let lostRace = (reason.contains("failed to update ref") || reason.contains("failed to lock"))
                && server.contains("cannot lock ref") && server.contains("but expected")
            let nonFastForward = reason.contains("fast-forward") || reason.contains("fetch first") || lostRace
            let said = context.serverMessages.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map(\.trimmingSpaces)
                .filter { !$0.isEmpty && !$0.hasPrefix("Counting") && !$0.hasPrefix("Compressing") }
            throw GitError(function: "git_remote_push", code: nonFastForward ? .nonFastForward : .rejected,
                           message: "the server refused \(rejection.reference): \(rejection.reason)" + (said.isEmpty ? "" : " (server said: \(said.joined(separator: " / ")))"))
        }
    }
}
