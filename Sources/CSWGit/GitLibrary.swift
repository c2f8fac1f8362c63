import CGitStart
import CLibGit2
import Glibc
import Synchronization

/// libgit2, initialised once per process.
public enum GitLibrary {
    private static let initialised: Bool = {
        // Without parsing the system's CA bundle (some milliseconds of every run): a
        // network operation loads it first (`loadCertificates()`).
        _ = csw_git_start()
        // Reading a commit's files looks the large customers/ tree up again and again:
        // keep trees up to 16 MiB cached, and do not re-hash each object read (as git does
        // not; `git fsck` is the integrity check).
        _ = csw_git_cache_tree_limit(16 << 20)
        _ = csw_git_strict_hash_verification(0)
        return true
    }()

    /// Initialises libgit2 (idempotent; safe from any thread).
    public static func ensureInitialised() {
        _ = initialised
    }

    /// Starts initialising libgit2 on another core and returns at once. libgit2 reads the
    /// system's CA certificates when it starts (some milliseconds): a command that will use
    /// git calls this first thing, so that work overlaps argument parsing; the first real
    /// use waits for it to finish.
    public static func initialiseInBackground() {
        // A plain POSIX thread: nothing of Foundation or Dispatch is set up for it. The
        // process must not exit while it runs (libgit2 starts OpenSSL there, whose exit
        // handler would tear it down under the thread's feet): call
        // `waitForBackgroundInitialisation()` before exiting.
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { _ in
            GitLibrary.ensureInitialised()
            return nil
        }, nil)
        if started == 0 { backgroundThread.withLock { $0 = thread } }
    }

    private static let backgroundThread = Mutex<pthread_t?>(nil)

    /// Reads the CA certificates that starting libgit2 put off; every operation that may
    /// open an https:// connection (fetch, push, clone) calls this first.
    static func loadCertificates() {
        ensureInitialised()
        _ = csw_git_load_certificates()
    }

    /// Whether the CA certificates are still to be read (for tests).
    public static var certificatesPending: Bool { csw_git_certificates_pending() != 0 }

    /// Returns once the background initialisation (if any was started) has finished.
    public static func waitForBackgroundInitialisation() {
        if let thread = backgroundThread.withLock({ t in defer { t = nil }; return t }) { pthread_join(thread, nil) }
    }

    /// The linked libgit2's version, e.g. "1.5.1" (needs no initialisation).
    public static var version: String {
        var major: Int32 = 0, minor: Int32 = 0, revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }
}
