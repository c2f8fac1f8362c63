#ifndef CSW_GIT_START_H
#define CSW_GIT_START_H

/// Starts libgit2 (git_libgit2_init) without reading the system's CA certificates, which
/// Debian's libgit2 (built with mbedTLS) parses at start-up: some milliseconds that only a
/// network operation needs. The bundle's path is remembered; call
/// csw_git_load_certificates() before anything that may open an https:// connection.
/// Returns git_libgit2_init's result.
int csw_git_start(void);

/// Reads the CA certificates whose loading csw_git_start() put off (once; later calls and
/// calls when nothing was put off return 0). Returns mbedTLS's result (0: loaded).
int csw_git_load_certificates(void);

/// 1 while certificates are put off and not yet loaded (for tests).
int csw_git_certificates_pending(void);

#endif
