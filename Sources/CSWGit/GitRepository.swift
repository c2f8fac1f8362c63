import CLibGit2
import Glibc

/// An open git repository. Owns its libgit2 handle and frees it on deinit; everything
/// it returns is copied into Swift values. Knows nothing about customers.
public final class GitRepository {
    let handle: OpaquePointer

    private init(_ handle: OpaquePointer) {
        self.handle = handle
    }

    deinit { git_repository_free(handle) }

    /// Creates a repository (and the folder) with `initialBranch` as HEAD.
    public static func create(at path: String, initialBranch: String = "main", bare: Bool = false) throws(GitError) -> GitRepository {
        GitLibrary.ensureInitialised()
        var options = git_repository_init_options()
        try check(git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)), "git_repository_init_options_init")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
        let branch = strdup(initialBranch)
        defer { free(branch) }
        options.initial_head = UnsafePointer(branch)
        var handle: OpaquePointer?
        try check(git_repository_init_ext(&handle, path, &options), "git_repository_init_ext")
        return GitRepository(handle!)
    }

    /// Opens the repository at `path` (the working folder or the .git folder).
    public static func open(at path: String) throws(GitError) -> GitRepository {
        GitLibrary.ensureInitialised()
        var handle: OpaquePointer?
        try check(git_repository_open_ext(&handle, path, UInt32(GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue), nil), "git_repository_open_ext")
        return GitRepository(handle!)
    }

    /// Clones `url` into `path`.
    public static func clone(url: String, to path: String, auth: GitAuthentication = GitAuthentication()) throws(GitError) -> GitRepository {
        GitLibrary.ensureInitialised()
        var options = git_clone_options()
        try check(git_clone_options_init(&options, UInt32(GIT_CLONE_OPTIONS_VERSION)), "git_clone_options_init")
        let context = RemoteContext(auth: auth)
        var handle: OpaquePointer?
        try context.withCallbacks(url: url) { (callbacks) throws(GitError) in
            options.fetch_opts.callbacks = callbacks
            try check(git_clone(&handle, url, path, &options), "git_clone")
        }
        return GitRepository(handle!)
    }

    /// The working folder, with a trailing slash.
    public var workdir: String? {
        git_repository_workdir(handle).map { String(cString: $0) }
    }

    /// True before the first commit.
    public var isUnborn: Bool { git_repository_head_unborn(handle) == 1 }

    /// The commit a reference (or HEAD) points to; nil when it does not exist.
    public func resolve(_ reference: String) -> GitOID? {
        var oid = git_oid()
        guard git_reference_name_to_id(&oid, handle, reference) == 0 else {
            git_error_clear()
            return nil
        }
        return GitOID(oid)
    }

    /// Resolves any revision expression (HEAD~2, a branch, a hash, main@{yesterday}).
    public func revision(_ spec: String) throws(GitError) -> GitOID {
        var object: OpaquePointer?
        try check(git_revparse_single(&object, handle, spec), "git_revparse_single")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        try check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), "git_object_peel")
        defer { git_object_free(commit) }
        return GitOID(git_object_id(commit)!)
    }

    /// The short name of the branch HEAD is on ("main"), nil when detached.
    public var currentBranch: String? {
        var ref: OpaquePointer?
        guard git_reference_lookup(&ref, handle, "HEAD") == 0 else {
            git_error_clear()
            return nil
        }
        defer { git_reference_free(ref) }
        guard let target = git_reference_symbolic_target(ref) else { return nil }
        let name = String(cString: target)
        return name.hasPrefix("refs/heads/") ? String(name.dropFirst("refs/heads/".count)) : name
    }

    /// Points `name` (refs/heads/main) at `oid`, creating it when needed.
    public func setReference(_ name: String, to oid: GitOID, message: String) throws(GitError) {
        var raw = oid.raw
        var ref: OpaquePointer?
        try check(git_reference_create(&ref, handle, name, &raw, 1, message), "git_reference_create")
        git_reference_free(ref)
    }

    /// Points HEAD at a branch (which may not exist yet: the next commit creates it).
    public func setHead(_ reference: String) throws(GitError) {
        try check(git_repository_set_head(handle, reference), "git_repository_set_head")
    }

    // MARK: Configuration

    public func configValue(_ key: String) -> String? {
        var config: OpaquePointer?
        guard git_repository_config(&config, handle) == 0 else {
            git_error_clear()
            return nil
        }
        defer { git_config_free(config) }
        var snapshot: OpaquePointer?
        guard git_config_snapshot(&snapshot, config) == 0 else {
            git_error_clear()
            return nil
        }
        defer { git_config_free(snapshot) }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, snapshot, key) == 0, let value else {
            git_error_clear()
            return nil
        }
        return String(cString: value)
    }

    public func setConfigValue(_ key: String, _ value: String) throws(GitError) {
        var config: OpaquePointer?
        try check(git_repository_config(&config, handle), "git_repository_config")
        defer { git_config_free(config) }
        try check(git_config_set_string(config, key, value), "git_config_set_string")
    }

    /// The default signature (user.name / user.email from git config), or nil when unset.
    public func defaultSignature() -> GitSignature? {
        var signature: UnsafeMutablePointer<git_signature>?
        guard git_signature_default(&signature, handle) == 0, let signature else {
            git_error_clear()
            return nil
        }
        defer { git_signature_free(signature) }
        return GitSignature(signature)
    }
}
