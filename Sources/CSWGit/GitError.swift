import CLibGit2

/// A failed libgit2 call: the function, libgit2's error class and message, mapped to a
/// small set of codes callers can act on.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        case notFound, exists, conflict, auth, network, invalid, other(Int32)
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
    throw GitError(function: function, code: GitError.code(for: rc), errorClass: errorClass, message: message)
}
