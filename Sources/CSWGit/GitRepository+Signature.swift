import CLibGit2

/// A commit's signature (the `gpgsig` header) and the exact bytes it signs (the commit
/// object without that header), as libgit2 extracts them. Verifying it is a job for the
/// system's verifier (ssh-keygen -Y verify, gpgv); CSWGit only hands the bytes over.
public struct GitCommitSignature: Sendable, Equatable {
    public enum Kind: String, Sendable { case ssh, gpg, x509, unknown }

    public let signature: [UInt8]
    public let payload: [UInt8]

    public init(signature: [UInt8], payload: [UInt8]) {
        self.signature = signature
        self.payload = payload
    }

    /// What made the signature, from its armour line (anything else: unknown, e.g. junk).
    public var kind: Kind {
        let head = String(decoding: signature.prefix(64), as: UTF8.self)
        if head.hasPrefix("-----BEGIN SSH SIGNATURE-----") { return .ssh }
        if head.hasPrefix("-----BEGIN PGP SIGNATURE-----") { return .gpg }
        if head.hasPrefix("-----BEGIN SIGNED MESSAGE-----") { return .x509 }
        return .unknown
    }
}

extension GitRepository {
    /// The commit's signature and signed payload; nil when the commit has no signature.
    public func commitSignature(_ commit: GitOID) throws(GitError) -> GitCommitSignature? {
        var signature = git_buf()
        var signed = git_buf()
        defer {
            git_buf_dispose(&signature)
            git_buf_dispose(&signed)
        }
        var raw = commit.raw
        let rc = git_commit_extract_signature(&signature, &signed, handle, &raw, nil)
        if rc == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try check(rc, "git_commit_extract_signature")
        func bytes(_ buffer: git_buf) -> [UInt8] {
            guard let ptr = buffer.ptr else { return [] }
            return Array(UnsafeRawBufferPointer(start: ptr, count: buffer.size))
        }
        return GitCommitSignature(signature: bytes(signature), payload: bytes(signed))
    }
}
