import CSWCore
import CSWGit

/// Verifies commit signatures for access_policy.require_signed_commits with the system's
/// verifiers: SSH signatures with `ssh-keygen -Y verify` against the policy's
/// allowed_signers file, GPG signatures with `gpgv` against its gpg_keyring — both files
/// read from the tree whose policy applies (the parent commit), never from the working
/// folder. The programs are found on PATH outside the workspace and get their files in a
/// private temporary folder. One result per commit id within a run.
final class SignatureVerifier {
    let repo: GitRepository
    /// The workspace (no verifier is taken from inside it); nil for a bare repository.
    let workspace: String?
    private var cache: [GitOID: SignatureCheck] = [:]
    private var folder: PrivateTemporaryFolder?

    init(repo: GitRepository) {
        self.repo = repo
        workspace = repo.workdir.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 }
    }

    /// Removes the temporary files.
    func finish() {
        folder?.remove()
        folder = nil
    }

    func check(_ commit: GitCommitInfo, policy: AccessPolicy, keysFrom tree: GitOID) -> SignatureCheck {
        if let known = cache[commit.id] { return known }
        let result = verify(commit, policy: policy, keysFrom: tree)
        cache[commit.id] = result
        return result
    }

    private func verify(_ commit: GitCommitInfo, policy: AccessPolicy, keysFrom tree: GitOID) -> SignatureCheck {
        let signature: GitCommitSignature
        switch Result(catching: { () throws(GitError) in try repo.commitSignature(commit.id) }) {
        case .success(nil): return .unsigned
        case .success(let found?): signature = found
        case .failure(let error): return .invalid("git cannot read it (\(error.message))")
        }
        switch signature.kind {
        case .ssh: return verifySSH(signature, author: commit.author.email, policy: policy, tree: tree)
        case .gpg: return verifyGPG(signature, author: commit.author.email, policy: policy, tree: tree)
        case .x509: return .unverifiable("X.509 (gpgsm) signatures are not supported; sign with SSH or OpenPGP")
        case .unknown: return .invalid("the gpgsig header holds neither an SSH nor an OpenPGP signature")
        }
    }

    /// The bytes of a keys file the policy names, from `tree`; or why there are none.
    private func keys(_ path: String?, key: String, tree: GitOID) -> Result<[UInt8], SignatureFailure> {
        guard let path else { return .failure(SignatureFailure(text: "no \(key) file is configured (access_policy.\(key))")) }
        guard let id = try? repo.blobID(at: path, inTree: tree), let bytes = try? repo.blob(id) else {
            return .failure(SignatureFailure(text: "\(path) (access_policy.\(key)) is not in the workspace before this commit"))
        }
        return .success(bytes)
    }

    private func temporary() -> PrivateTemporaryFolder? {
        if folder == nil { folder = PrivateTemporaryFolder(outside: workspace ?? "/nonexistent") }
        return folder
    }

    private func tool(_ name: String) -> String? { SystemTool.find(name, outside: workspace ?? "/nonexistent") }

    private func verifySSH(_ signature: GitCommitSignature, author: String, policy: AccessPolicy, tree: GitOID) -> SignatureCheck {
        let signers: [UInt8]
        switch keys(policy.allowedSigners, key: "allowed_signers", tree: tree) {
        case .success(let bytes): signers = bytes
        case .failure(let why): return .unverifiable(why.text)
        }
        guard let keygen = tool("ssh-keygen") else { return .unverifiable("ssh-keygen is not installed (apt-get install openssh-client)") }
        guard let temp = temporary(), let signersFile = temp.file(signers), let sigFile = temp.file(signature.signature) else {
            return .unverifiable("cannot write temporary files")
        }
        func verify(as principal: String) -> SystemTool.Outcome {
            SystemTool.run(keygen, ["-Y", "verify", "-f", signersFile, "-I", principal, "-n", "git", "-s", sigFile], input: signature.payload)
        }
        let good = verify(as: author)
        if good.status == 0 { return .verified }
        if let failure = good.failure { return .unverifiable(failure) }
        // Not the author's key: whose, if anyone's in allowed_signers?
        let found = SystemTool.run(keygen, ["-Y", "find-principals", "-f", signersFile, "-s", sigFile])
        if found.status == 0 {
            let principals = found.text.split { $0.isNewline || $0 == "," }.map(String.init).filter { !$0.isEmpty && !$0.contains("*") && !$0.contains("?") }
            for p in principals.prefix(8) where p.lowercased() != author.lowercased() && verify(as: p).status == 0 {
                return .otherSigner(p)
            }
        }
        return .invalid(Self.firstLine(good.text, or: "ssh-keygen -Y verify refused it"))
    }

    private func verifyGPG(_ signature: GitCommitSignature, author: String, policy: AccessPolicy, tree: GitOID) -> SignatureCheck {
        let keyring: [UInt8]
        switch keys(policy.gpgKeyring, key: "gpg_keyring", tree: tree) {
        case .success(let bytes): keyring = bytes
        case .failure(let why): return .unverifiable(why.text)
        }
        guard let gpgv = tool("gpgv") else { return .unverifiable("gpgv is not installed (apt-get install gpgv)") }
        guard let binary = OpenPGPArmor.dearmor(keyring) else {
            return .unverifiable("\(policy.gpgKeyring ?? "the keyring") is not a readable OpenPGP keyring (gpg --export --armor)")
        }
        guard let temp = temporary(), let ringFile = temp.file(binary), let sigFile = temp.file(signature.signature),
              let dataFile = temp.file(signature.payload) else {
            return .unverifiable("cannot write temporary files")
        }
        let run = SystemTool.run(gpgv, ["--homedir", temp.path, "--status-fd", "1", "--keyring", ringFile, sigFile, dataFile])
        if let failure = run.failure { return .unverifiable(failure) }
        let lines = run.text.split(whereSeparator: \.isNewline)
        guard run.status == 0, let good = lines.first(where: { $0.hasPrefix("[GNUPG:] GOODSIG ") }) else {
            let why = lines.first { !$0.hasPrefix("[GNUPG:]") }.map(String.init)
            return .invalid(Self.firstLine(why ?? "", or: "gpgv found no good signature by a key in the keyring"))
        }
        // "[GNUPG:] GOODSIG <keyid> <user id>": the user id names the signer's email
        let userID = good.split(separator: " ", maxSplits: 3).dropFirst(3).first.map(String.init) ?? ""
        if userID.lowercased().contains("<" + author.lowercased() + ">") { return .verified }
        let email = userID.split(separator: "<").last.map { String($0.prefix { $0 != ">" }) } ?? userID
        return .otherSigner(email.isEmpty ? "an unnamed key" : email)
    }

    static func firstLine(_ text: String, or fallback: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.isEmpty ? fallback : String(line.prefix(200))
    }
}

struct SignatureFailure: Error { let text: String }
