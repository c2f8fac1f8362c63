import CSWCore
import CSWGit

/// What csw tells the user when a fetch, push or clone fails: the reason in the server's
/// or the system's words, and the one thing to do about it (docs/DIAGNOSTICS.md,
/// "Remotes"). A changed host key is loud and never suggests fetching the new key.
enum TransportAdvice {
    /// The error and its note, each line ending in a newline; `remote` names the remote
    /// ("origin") or the URL.
    static func text(_ error: GitError, remote: String) -> String {
        let said = TerminalText.visible(error.message)
        switch error.code {
        case .rejected, .nonFastForward:
            return "error: \(remote) refused the push: \(said)\n"
        case .auth:
            var note = "  note: csw runs your ssh client, as git does: check that `ssh` to this server works with your key (ssh-agent, ~/.ssh/config)\n"
            let locked = GitTransportSettings.passphraseProtectedKeys()
            if !locked.isEmpty {
                note = "  note: \(locked.joined(separator: ", ")) \(locked.count == 1 ? "is" : "are") protected by a passphrase and csw never asks for one: " +
                    "add \(locked.count == 1 ? "it" : "them") to ssh-agent once (ssh-add \(locked[0])), then run the command again\n"
            }
            return "error: \(remote) did not accept your credentials: \(said)\n" + note
        case .hostKeyChanged:
            return """
            error: DANGER: \(remote)'s ssh host key has CHANGED: \(said)
              note: someone may be intercepting the connection, or the server was reinstalled. Nothing was sent.
              note: do not accept the new key until your server's administrator confirms its fingerprint through another channel; \
            then remove the old line from known_hosts (ssh-keygen -R HOST) and connect once with ssh to check the new one

            """
        case .certificate:
            return "error: \(remote)'s host key or certificate is not trusted: \(said)\n" +
                "  note: connect once with ssh (ssh -p PORT HOST) and accept the key only if its fingerprint matches the one your administrator gave you\n"
        case .unreachable:
            return "error: cannot reach \(remote): \(said)\n  note: check the host name and port in the remote's URL (git remote -v), and that the server is running\n"
        case .timeout:
            return "error: \(remote) did not answer in time: \(said)\n" +
                "  note: the server or the network is stalled; try again later (CSW_CONNECT_TIMEOUT and CSW_IDLE_TIMEOUT set the limits in seconds)\n"
        case .noRepository:
            return "error: \(remote) has no repository at that path: \(said)\n  note: check the path in the remote's URL (git remote -v)\n"
        default:
            return "error: \(TerminalText.visible(error.description))\n"
        }
    }

    /// 1 for a refusal about the data (the push was rejected), 2 for everything else.
    static func exitCode(_ error: GitError) -> Int32 {
        error.code == .rejected || error.code == .nonFastForward ? 1 : 2
    }
}
