import CLibGit2

/// A failed libgit2 call: the function, libgit2's error class and message, mapped to a
/// small set of codes callers can act on.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public init(function: String, code: Code, errorClass: Int32 = 0, message: String) {
        self.function = function
        self.code = code
        self.errorClass = errorClass
        self.message = message
    }

    public enum Code: Sendable, Equatable {
        case notFound, exists, conflict, auth, invalid, nonFastForward, rejected, certificate, locked, other(Int32)
        /// The network itself is unreachable (no route, no name service): csw sync keeps the
        /// push pending. Every other transport failure below is an error.
        case network
        /// The host does not exist, or nothing listens on its port.
        case unreachable
        /// No answer within the connect timeout, or silence past the idle timeout.
        case timeout
        /// The server's ssh host key differs from the one in known_hosts.
        case hostKeyChanged
        /// The server has no repository at that path (or does not export it).
        case noRepository
    }

    public let function: String
    public let code: Code
    public let errorClass: Int32
    public let message: String

    public var description: String {
        "\(function) failed: \(message) (libgit2 error class \(errorClass))"
    }

    static func code(for rc: Int32) -> Code {
        switch rc {
        case GIT_ENOTFOUND.rawValue: return .notFound
        case GIT_EEXISTS.rawValue: return .exists
        case GIT_ECONFLICT.rawValue, GIT_EMERGECONFLICT.rawValue: return .conflict
        case GIT_EAUTH.rawValue: return .auth
        case GIT_EINVALID.rawValue, GIT_EINVALIDSPEC.rawValue: return .invalid
        case GIT_ENONFASTFORWARD.rawValue: return .nonFastForward
        case GIT_ECERTIFICATE.rawValue: return .certificate
        case GIT_ELOCKED.rawValue: return .locked
        default: return .other(rc)
        }
    }
}

/// Checks a libgit2 return code; on failure reads *and clears* libgit2's last error.
@discardableResult
func check(_ rc: Int32, _ function: String) throws(GitError) -> Int32 {
    guard rc < 0 else { return rc }
    // libgit2's error state is per thread and only exists once the library is initialised.
    GitLibrary.ensureInitialised()
    var message = "unknown error"
    var errorClass: Int32 = 0
    if let last = git_error_last() {
        errorClass = last.pointee.klass
        if let text = last.pointee.message { message = String(cString: text) }
    }
    git_error_clear()
    var code = GitError.code(for: rc)
    // Transport failures (no route, connection refused, DNS, TLS handshakes) are "network":
    // callers treat them as being offline. libgit2 reports connection errors as OS errors.
    let transport = [GIT_ERROR_NET.rawValue, GIT_ERROR_SSH.rawValue, GIT_ERROR_HTTP.rawValue, GIT_ERROR_SSL.rawValue]
    if case .other = code, message.contains("authenticat") || message.contains("credentials") {
        code = .auth
    } else if case .other = code, transport.contains(UInt32(bitPattern: errorClass))
        || (errorClass == Int32(GIT_ERROR_OS.rawValue) && (function == "git_remote_fetch" || function == "git_remote_push" || function == "git_clone"))
    {
        code = .network
    }
    throw GitError(function: function, code: code, errorClass: errorClass, message: message)
}
