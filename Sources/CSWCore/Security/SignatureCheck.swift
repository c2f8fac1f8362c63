/// What verifying a commit's signature found. The verifying (ssh-keygen, gpgv) happens
/// outside CSWCore; the policy only judges the outcome. A signature that is there but
/// cannot be shown good is never treated as good.
public enum SignatureCheck: Sendable, Equatable {
    /// No signature at all.
    case unsigned
    /// A good signature by a key the workspace lists for the commit's author email.
    case verified
    /// A good signature, by the key of someone else than the author the commit names
    /// (a forged author email).
    case otherSigner(String)
    /// A signature that does not verify: junk, an altered commit, or a key nobody listed.
    case invalid(String)
    /// A signature this workspace cannot check (no keyring or signers file configured,
    /// verifier not installed).
    case unverifiable(String)

    /// The violation of access_policy.require_signed_commits, if any.
    func violation(author email: String) -> AccessPolicy.Violation? {
        switch self {
        case .verified:
            return nil
        case .unsigned:
            return AccessPolicy.Violation(rule: "signed-commits", path: "", message: "the commit is not signed (access_policy.require_signed_commits)")
        case .otherSigner(let signer):
            return AccessPolicy.Violation(rule: "signer-not-author", path: "",
                                          message: "the commit names \(email) as its author but was signed with the key of \(signer): the author email is forged")
        case .invalid(let why):
            return AccessPolicy.Violation(rule: "bad-signature", path: "", message: "the commit's signature does not verify: \(why)")
        case .unverifiable(let why):
            return AccessPolicy.Violation(rule: "unverified-signature", path: "", message: "the commit's signature cannot be verified: \(why)")
        }
    }
}
