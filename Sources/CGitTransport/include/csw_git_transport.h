#ifndef CSW_GIT_TRANSPORT_H
#define CSW_GIT_TRANSPORT_H

/// csw's own transports for ssh:// (and scp-like user@host:path) and git:// URLs, in place
/// of libgit2's built-in ones (docs/ARCHITECTURE.md, "Transports").
///
/// ssh runs the system's OpenSSH client, as git does, so ~/.ssh/config (Host aliases,
/// HostName, Port, User, IdentityFile), every key type and signature algorithm OpenSSH
/// supports, ssh-agent and known_hosts all behave exactly as with git. git:// is a plain TCP
/// connection. Both bound every wait: connecting (csw_transport_configure's connect
/// timeout) and every later read or write (its idle timeout), so a server that accepts
/// and never answers cannot hang csw.

/// Registers the transports with libgit2 (once; later calls return 0). Call after
/// git_libgit2_init. Returns libgit2's error code on failure.
int csw_transport_register(void);

/// The ssh command line before csw's own arguments (argv[0] is looked up in PATH), and the
/// timeouts in milliseconds. Copies its arguments. Not thread-safe against transfers in
/// progress: call before a fetch, push or clone.
void csw_transport_configure(const char *const *ssh_argv, int ssh_argc, int connect_timeout_ms, int idle_timeout_ms);

/// Why the last transfer on this thread failed, set by the transports (0 when they did not
/// fail). The detail is what the ssh client printed on standard error, or the system's
/// reason; it stays valid until the next transfer on this thread.
enum csw_transport_failure {
    CSW_TRANSPORT_OK = 0,
    /// The network itself is unreachable (no route, no name service): offline.
    CSW_TRANSPORT_OFFLINE = 1,
    /// The host name does not exist.
    CSW_TRANSPORT_UNKNOWN_NAME = 2,
    /// Nothing listens on that port.
    CSW_TRANSPORT_REFUSED = 3,
    /// No connection within the connect timeout.
    CSW_TRANSPORT_CONNECT_TIMEOUT = 4,
    /// Connected, then nothing arrived (or could be sent) within the idle timeout.
    CSW_TRANSPORT_IDLE_TIMEOUT = 5,
    /// The server closed the connection before answering (git://: no such repository).
    CSW_TRANSPORT_CLOSED = 6,
    /// The ssh client failed; the detail is its standard error.
    CSW_TRANSPORT_SSH = 7,
    /// The ssh client could not be started.
    CSW_TRANSPORT_NO_CLIENT = 8
};
int csw_transport_failure(void);
const char *csw_transport_failure_detail(void);
/// Clears the failure record (before a transfer).
void csw_transport_clear_failure(void);

#endif
