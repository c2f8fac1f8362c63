// csw's ssh:// and git:// transports for libgit2 (see include/csw_git_transport.h).
//
// libgit2's smart protocol does the git work; these subtransports only move bytes. Both are
// stateful (rpc = 0): the stream opened for the ref advertisement (…_LS) carries the
// negotiation and the pack that follow, as with git itself. Every wait is bounded by poll().
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <git2.h>
#include <git2/sys/transport.h>

#include "csw_git_transport.h"

extern char **environ;

// MARK: settings and the failure record

static pthread_mutex_t settings_lock = PTHREAD_MUTEX_INITIALIZER;
static char **ssh_prefix;          // NULL-terminated; default {"ssh", NULL}
static int ssh_prefix_count;
static int connect_timeout_ms = 20000;
static int idle_timeout_ms = 120000;

static _Thread_local int failure_kind;
static _Thread_local char failure_detail[4096];

int csw_transport_failure(void) { return failure_kind; }
const char *csw_transport_failure_detail(void) { return failure_detail; }
void csw_transport_clear_failure(void) {
    failure_kind = CSW_TRANSPORT_OK;
    failure_detail[0] = 0;
}

static int fail(int kind, const char *detail, int error_class, const char *message) {
    failure_kind = kind;
    snprintf(failure_detail, sizeof failure_detail, "%s", detail ? detail : "");
    git_error_set_str(error_class, message);
    return -1;
}

void csw_transport_configure(const char *const *argv, int argc, int connect_ms, int idle_ms) {
    pthread_mutex_lock(&settings_lock);
    if (ssh_prefix) {
        for (int i = 0; i < ssh_prefix_count; i++) free(ssh_prefix[i]);
        free(ssh_prefix);
    }
    ssh_prefix = calloc((size_t)argc + 1, sizeof(char *));
    ssh_prefix_count = 0;
    for (int i = 0; ssh_prefix && i < argc; i++) ssh_prefix[ssh_prefix_count++] = strdup(argv[i]);
    if (connect_ms > 0) connect_timeout_ms = connect_ms;
    if (idle_ms > 0) idle_timeout_ms = idle_ms;
    pthread_mutex_unlock(&settings_lock);
}

static long long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

// MARK: the stream shared by both transports

typedef struct {
    git_smart_subtransport_stream parent;
    int write_fd, read_fd, err_fd;  // err_fd: the ssh client's standard error, or -1
    pid_t pid;                      // the ssh client, or 0
    int received;                   // any byte read yet
    int ssh;                        // 1: ssh, 0: git://
    char host[256];
    char err[8192];                 // the end of the ssh client's standard error
    size_t err_length;
} stream_t;

typedef struct {
    git_smart_subtransport parent;
    int ssh;
    stream_t *current;
} subtransport_t;

static void keep_error_text(stream_t *s, const char *bytes, size_t n) {
    if (n >= sizeof s->err - 1) {
        bytes += n - (sizeof s->err - 1);
        n = sizeof s->err - 1;
    }
    if (s->err_length + n > sizeof s->err - 1) {
        size_t drop = s->err_length + n - (sizeof s->err - 1);
        memmove(s->err, s->err + drop, s->err_length - drop);
        s->err_length -= drop;
    }
    memcpy(s->err + s->err_length, bytes, n);
    s->err_length += n;
    s->err[s->err_length] = 0;
}

static void drain_errors(stream_t *s) {
    if (s->err_fd < 0) return;
    char buffer[1024];
    for (;;) {
        ssize_t n = read(s->err_fd, buffer, sizeof buffer);
        if (n > 0) { keep_error_text(s, buffer, (size_t)n); continue; }
        if (n == 0) { close(s->err_fd); s->err_fd = -1; }
        return;  // EAGAIN, or closed
    }
}

/// Waits up to `ms` for the ssh client to exit, reading its standard error meanwhile;
/// kills it after that. Returns its wait status, or -1.
static int reap(stream_t *s, int ms) {
    if (s->pid <= 0) return -1;
    long long deadline = now_ms() + ms;
    int status = -1;
    for (;;) {
        drain_errors(s);
        pid_t r = waitpid(s->pid, &status, WNOHANG);
        if (r == s->pid) break;
        if (r < 0 && errno != EINTR) { status = -1; break; }
        if (now_ms() >= deadline) {
            kill(s->pid, SIGKILL);
            while (waitpid(s->pid, &status, 0) < 0 && errno == EINTR) {}
            status = -1;
            break;
        }
        struct pollfd p = { .fd = s->err_fd, .events = POLLIN };
        poll(&p, s->err_fd >= 0 ? 1 : 0, 10);
    }
    s->pid = 0;
    drain_errors(s);
    return status;
}

/// The ssh client's failure, from its standard error (libgit2's message: its last line).
static int ssh_failed(stream_t *s) {
    int status = reap(s, 2000);
    const char *text = s->err;
    while (*text == '\n' || *text == '\r' || *text == ' ') text++;
    char last[512] = "";
    // the last non-empty line, for libgit2's message
    const char *end = text + strlen(text);
    while (end > text && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ')) end--;
    const char *start = end;
    while (start > text && start[-1] != '\n') start--;
    snprintf(last, sizeof last, "%.*s", (int)(end - start), start);
    char message[700];
    if (*last) snprintf(message, sizeof message, "ssh: %s", last);
    else if (status >= 0 && WIFEXITED(status)) snprintf(message, sizeof message, "ssh exited with status %d", WEXITSTATUS(status));
    else snprintf(message, sizeof message, "ssh ended without a reason");
    return fail(CSW_TRANSPORT_SSH, text, GIT_ERROR_SSH, message);
}

static int timed_out(stream_t *s, int connect_phase) {
    char message[400];
    int seconds = (connect_phase ? connect_timeout_ms : idle_timeout_ms) / 1000;
    if (connect_phase)
        snprintf(message, sizeof message, "%s did not answer within %d s", s->host, seconds);
    else
        snprintf(message, sizeof message, "%s went silent: nothing for %d s", s->host, seconds);
    if (s->pid > 0) { kill(s->pid, SIGKILL); reap(s, 1000); }
    return fail(connect_phase ? CSW_TRANSPORT_CONNECT_TIMEOUT : CSW_TRANSPORT_IDLE_TIMEOUT, s->err, GIT_ERROR_NET, message);
}

static int stream_read(git_smart_subtransport_stream *stream, char *buffer, size_t size, size_t *bytes_read) {
    stream_t *s = (stream_t *)stream;
    *bytes_read = 0;
    // Before the first byte, ssh is still connecting: its own ConnectTimeout speaks first.
    int limit = s->received ? idle_timeout_ms : (s->ssh ? connect_timeout_ms + idle_timeout_ms : idle_timeout_ms);
    long long deadline = now_ms() + limit;
    for (;;) {
        long long left = deadline - now_ms();
        if (left <= 0) return timed_out(s, 0);
        struct pollfd p[2] = { { .fd = s->read_fd, .events = POLLIN }, { .fd = s->err_fd, .events = POLLIN } };
        int r = poll(p, s->err_fd >= 0 ? 2 : 1, (int)(left > 1000 ? 1000 : left));
        if (r < 0) {
            if (errno == EINTR) continue;
            return fail(CSW_TRANSPORT_CLOSED, strerror(errno), GIT_ERROR_OS, "poll failed");
        }
        if (s->err_fd >= 0 && p[1].revents) drain_errors(s);
        if (p[0].revents) {
            ssize_t n = recv(s->read_fd, buffer, size, 0);
            if (n < 0) {
                if (errno == EINTR || errno == EAGAIN) continue;
                if (s->ssh) return ssh_failed(s);
                return fail(CSW_TRANSPORT_CLOSED, strerror(errno), GIT_ERROR_NET, "the connection failed while reading");
            }
            if (n == 0) {
                if (s->ssh) {
                    int status = reap(s, 2000);
                    if (status == 0 && s->received) return 0;  // a clean end
                    return ssh_failed(s);
                }
                if (!s->received) {
                    char message[400];
                    snprintf(message, sizeof message, "%s closed the connection without answering", s->host);
                    return fail(CSW_TRANSPORT_CLOSED, "", GIT_ERROR_NET, message);
                }
                return 0;
            }
            s->received = 1;
            *bytes_read = (size_t)n;
            return 0;
        }
    }
}

static int stream_write(git_smart_subtransport_stream *stream, const char *buffer, size_t length) {
    stream_t *s = (stream_t *)stream;
    long long deadline = now_ms() + idle_timeout_ms + (s->received ? 0 : (s->ssh ? connect_timeout_ms : 0));
    while (length > 0) {
        long long left = deadline - now_ms();
        if (left <= 0) return timed_out(s, 0);
        struct pollfd p[2] = { { .fd = s->write_fd, .events = POLLOUT }, { .fd = s->err_fd, .events = POLLIN } };
        int r = poll(p, s->err_fd >= 0 ? 2 : 1, (int)(left > 1000 ? 1000 : left));
        if (r < 0) {
            if (errno == EINTR) continue;
            return fail(CSW_TRANSPORT_CLOSED, strerror(errno), GIT_ERROR_OS, "poll failed");
        }
        if (s->err_fd >= 0 && p[1].revents) drain_errors(s);
        if (!p[0].revents) continue;
        ssize_t n = send(s->write_fd, buffer, length, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            if (s->ssh) return ssh_failed(s);
            return fail(CSW_TRANSPORT_CLOSED, strerror(errno), GIT_ERROR_NET, "the connection failed while sending");
        }
        buffer += n;
        length -= (size_t)n;
        deadline = now_ms() + idle_timeout_ms;
    }
    return 0;
}

static void stream_free(git_smart_subtransport_stream *stream) {
    stream_t *s = (stream_t *)stream;
    // libgit2's smart transport frees the stream itself, then closes the subtransport
    subtransport_t *owner = (subtransport_t *)s->parent.subtransport;
    if (owner && owner->current == s) owner->current = NULL;
    if (s->write_fd >= 0) close(s->write_fd);
    if (s->read_fd >= 0 && s->read_fd != s->write_fd) close(s->read_fd);
    if (s->pid > 0) reap(s, 2000);
    if (s->err_fd >= 0) close(s->err_fd);
    free(s);
}

static stream_t *new_stream(git_smart_subtransport *owner, int ssh) {
    stream_t *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->parent.subtransport = owner;
    s->parent.read = stream_read;
    s->parent.write = stream_write;
    s->parent.free = stream_free;
    s->write_fd = s->read_fd = s->err_fd = -1;
    s->ssh = ssh;
    return s;
}

// MARK: URLs

typedef struct {
    char user[256], host[256], port[16], path[4096];
} remote_url;

/// ssh://[user@]host[:port]/path (also ssh+git://, git+ssh://), git://host[:port]/path and
/// scp-like [user@]host:path. Returns 0, or -1 for a URL csw will not pass to ssh (a host or
/// user starting with "-" would be read as an option).
static int parse_url(const char *url, int ssh, remote_url *out) {
    memset(out, 0, sizeof *out);
    const char *rest = strstr(url, "://");
    int scp = 0;
    if (rest) rest += 3;
    else if (ssh) { rest = url; scp = 1; }
    else return -1;
    const char *slash = scp ? NULL : strchr(rest, '/');
    const char *authority_end = slash ? slash : rest + strlen(rest);
    if (scp) {
        // [user@]host:path, host possibly [ipv6]
        const char *at = strchr(rest, '@');
        const char *host = rest;
        const char *colon = NULL;
        if (at) host = at + 1;
        if (*host == '[') {
            const char *close_bracket = strchr(host, ']');
            if (!close_bracket || close_bracket[1] != ':') return -1;
            colon = close_bracket + 1;
        } else colon = strchr(host, ':');
        if (!colon) return -1;
        if (at && at < colon) snprintf(out->user, sizeof out->user, "%.*s", (int)(at - rest), rest);
        else host = rest;
        snprintf(out->host, sizeof out->host, "%.*s", (int)(colon - host), host);
        snprintf(out->path, sizeof out->path, "%s", colon + 1);
    } else {
        const char *at = memchr(rest, '@', (size_t)(authority_end - rest));
        const char *host = at ? at + 1 : rest;
        if (at) snprintf(out->user, sizeof out->user, "%.*s", (int)(at - rest), rest);
        const char *port = NULL;
        if (*host == '[') {
            const char *close_bracket = memchr(host, ']', (size_t)(authority_end - host));
            if (!close_bracket) return -1;
            snprintf(out->host, sizeof out->host, "%.*s", (int)(close_bracket - host - 1), host + 1);
            if (close_bracket[1] == ':') port = close_bracket + 2;
        } else {
            const char *colon = memchr(host, ':', (size_t)(authority_end - host));
            snprintf(out->host, sizeof out->host, "%.*s", (int)((colon ? colon : authority_end) - host), host);
            if (colon) port = colon + 1;
        }
        if (port && port < authority_end) snprintf(out->port, sizeof out->port, "%.*s", (int)(authority_end - port), port);
        const char *path = slash ? slash : "/";
        // ssh://host/~user/repo means ~user/repo, as with git
        if (path[0] == '/' && path[1] == '~') path++;
        snprintf(out->path, sizeof out->path, "%s", path);
    }
    if (out->host[0] == 0 || out->host[0] == '-' || out->user[0] == '-') return -1;
    for (const char *p = out->port; *p; p++) if (*p < '0' || *p > '9') return -1;
    return 0;
}

// MARK: ssh

/// "git-upload-pack '/path'" with the path single-quoted for the remote shell.
static char *remote_command(const char *program, const char *path) {
    size_t n = strlen(program) + 4 + strlen(path) * 4 + 1;
    char *command = malloc(n);
    if (!command) return NULL;
    char *w = command + sprintf(command, "%s '", program);
    for (const char *p = path; *p; p++) {
        if (*p == '\'') { memcpy(w, "'\\''", 4); w += 4; }
        else *w++ = *p;
    }
    *w++ = '\'';
    *w = 0;
    return command;
}

static int start_ssh(stream_t *s, const remote_url *url, const char *program) {
    int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 };
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) < 0 || socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, out) < 0
        || pipe2(err, O_CLOEXEC) < 0) {
        int e = errno;
        for (int i = 0; i < 2; i++) { if (in[i] >= 0) close(in[i]); if (out[i] >= 0) close(out[i]); if (err[i] >= 0) close(err[i]); }
        return fail(CSW_TRANSPORT_NO_CLIENT, strerror(e), GIT_ERROR_OS, "could not create pipes for ssh");
    }
    char *command = remote_command(program, url->path);
    char destination[600];
    if (url->user[0]) snprintf(destination, sizeof destination, "%s@%s", url->user, url->host);
    else snprintf(destination, sizeof destination, "%s", url->host);
    char timeout_option[64], alive_option[64];
    pthread_mutex_lock(&settings_lock);
    snprintf(timeout_option, sizeof timeout_option, "ConnectTimeout=%d", (connect_timeout_ms + 999) / 1000);
    snprintf(alive_option, sizeof alive_option, "ServerAliveInterval=%d", (idle_timeout_ms + 1999) / 2000);
    int prefix_count = ssh_prefix ? ssh_prefix_count : 0;
    const char *argv[prefix_count + 16];
    int argc = 0;
    if (prefix_count == 0) argv[argc++] = "ssh";
    for (int i = 0; i < prefix_count; i++) argv[argc++] = ssh_prefix[i];
    // never a prompt: a passphrase, a password or an unknown host key fails instead
    argv[argc++] = "-o"; argv[argc++] = "BatchMode=yes";
    argv[argc++] = "-o"; argv[argc++] = timeout_option;
    argv[argc++] = "-o"; argv[argc++] = alive_option;
    argv[argc++] = "-o"; argv[argc++] = "ServerAliveCountMax=2";
    if (url->port[0]) { argv[argc++] = "-p"; argv[argc++] = url->port; }
    argv[argc++] = destination;
    argv[argc++] = command;
    argv[argc] = NULL;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[1], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    pid_t pid = 0;
    int rc = command ? posix_spawnp(&pid, argv[0], &actions, &attributes, (char *const *)argv, environ) : ENOMEM;
    char client[256];
    snprintf(client, sizeof client, "%s", argv[0]);
    pthread_mutex_unlock(&settings_lock);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    free(command);
    close(in[1]); close(out[1]); close(err[1]);
    if (rc != 0) {
        close(in[0]); close(out[0]); close(err[0]);
        char message[400];
        snprintf(message, sizeof message, "could not start the ssh client '%s': %s", client, strerror(rc));
        return fail(CSW_TRANSPORT_NO_CLIENT, strerror(rc), GIT_ERROR_SSH, message);
    }
    fcntl(err[0], F_SETFL, fcntl(err[0], F_GETFL) | O_NONBLOCK);
    s->write_fd = in[0];
    s->read_fd = out[0];
    s->err_fd = err[0];
    s->pid = pid;
    return 0;
}

// MARK: git://

static int connect_tcp(stream_t *s, const remote_url *url) {
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM }, *found = NULL;
    const char *port = url->port[0] ? url->port : "9418";
    int rc = getaddrinfo(url->host, port, &hints, &found);
    char message[600];
    if (rc != 0) {
        int offline = rc == EAI_AGAIN;
        if (offline) snprintf(message, sizeof message, "cannot look up %s: the name service is unreachable", url->host);
        else snprintf(message, sizeof message, "there is no host named %s", url->host);
        return fail(offline ? CSW_TRANSPORT_OFFLINE : CSW_TRANSPORT_UNKNOWN_NAME, gai_strerror(rc), GIT_ERROR_NET, message);
    }
    int last_error = 0;
    long long deadline = now_ms() + connect_timeout_ms;
    for (struct addrinfo *a = found; a; a = a->ai_next) {
        int fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0) { last_error = errno; continue; }
        if (connect(fd, a->ai_addr, a->ai_addrlen) == 0) { s->read_fd = s->write_fd = fd; break; }
        if (errno != EINPROGRESS) { last_error = errno; close(fd); continue; }
        for (;;) {
            long long left = deadline - now_ms();
            struct pollfd p = { .fd = fd, .events = POLLOUT };
            int r = left > 0 ? poll(&p, 1, (int)left) : 0;
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) { last_error = ETIMEDOUT; break; }
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            last_error = error;
            break;
        }
        if (last_error == 0) { s->read_fd = s->write_fd = fd; break; }
        close(fd);
        if (last_error == ETIMEDOUT) break;
    }
    freeaddrinfo(found);
    if (s->read_fd >= 0) return 0;
    int seconds = connect_timeout_ms / 1000;
    switch (last_error) {
    case ECONNREFUSED:
        snprintf(message, sizeof message, "%s refused the connection on port %s: no git server listens there", url->host, port);
        return fail(CSW_TRANSPORT_REFUSED, strerror(last_error), GIT_ERROR_NET, message);
    case ETIMEDOUT:
        snprintf(message, sizeof message, "%s did not answer on port %s within %d s", url->host, port, seconds);
        return fail(CSW_TRANSPORT_CONNECT_TIMEOUT, strerror(last_error), GIT_ERROR_NET, message);
    case ENETUNREACH:
    case ENETDOWN:
        snprintf(message, sizeof message, "the network is unreachable (%s)", strerror(last_error));
        return fail(CSW_TRANSPORT_OFFLINE, strerror(last_error), GIT_ERROR_NET, message);
    default:
        snprintf(message, sizeof message, "cannot connect to %s port %s: %s", url->host, port, strerror(last_error));
        return fail(CSW_TRANSPORT_REFUSED, strerror(last_error), GIT_ERROR_NET, message);
    }
}

/// git daemon's request: pkt-line "git-upload-pack /path\0host=example.org\0".
static int send_request(stream_t *s, const remote_url *url, const char *program) {
    char request[4096 + 600];
    size_t body = strlen(program) + 1 + strlen(url->path) + 1 + 5 + strlen(url->host) + 1;
    if (body + 4 > sizeof request || body + 4 > 0xffff) return fail(CSW_TRANSPORT_CLOSED, "", GIT_ERROR_NET, "the repository path is too long");
    int n = snprintf(request, sizeof request, "%04zx%s %s", body + 4, program, url->path);
    request[n++] = 0;
    n += snprintf(request + n, sizeof request - (size_t)n, "host=%s", url->host);
    request[n++] = 0;
    return stream_write(&s->parent, request, (size_t)n);
}

// MARK: subtransports

static int subtransport_action(git_smart_subtransport_stream **out, git_smart_subtransport *transport, const char *url, git_smart_service_t action) {
    subtransport_t *t = (subtransport_t *)transport;
    *out = NULL;
    if ((action == GIT_SERVICE_UPLOADPACK || action == GIT_SERVICE_RECEIVEPACK) && t->current) {
        *out = &t->current->parent;
        return 0;
    }
    const char *program = (action == GIT_SERVICE_UPLOADPACK_LS || action == GIT_SERVICE_UPLOADPACK) ? "git-upload-pack" : "git-receive-pack";
    remote_url parsed;
    if (parse_url(url, t->ssh, &parsed) < 0) return fail(CSW_TRANSPORT_UNKNOWN_NAME, url, GIT_ERROR_NET, "not a usable remote URL");
    stream_t *s = new_stream(transport, t->ssh);
    if (!s) return fail(CSW_TRANSPORT_CLOSED, "", GIT_ERROR_NOMEMORY, "out of memory");
    snprintf(s->host, sizeof s->host, "%s", parsed.host);
    int rc = t->ssh ? start_ssh(s, &parsed, program) : connect_tcp(s, &parsed);
    if (rc == 0 && !t->ssh) rc = send_request(s, &parsed, program);
    if (rc < 0) { stream_free(&s->parent); return rc; }
    t->current = s;
    *out = &s->parent;
    return 0;
}

static int subtransport_close(git_smart_subtransport *transport) {
    subtransport_t *t = (subtransport_t *)transport;
    if (t->current) {
        stream_free(&t->current->parent);
        t->current = NULL;
    }
    return 0;
}

static void subtransport_free(git_smart_subtransport *transport) {
    subtransport_close(transport);
    free(transport);
}

static int new_subtransport(git_smart_subtransport **out, git_transport *owner, void *param) {
    (void)owner;
    subtransport_t *t = calloc(1, sizeof *t);
    if (!t) return -1;
    t->parent.action = subtransport_action;
    t->parent.close = subtransport_close;
    t->parent.free = subtransport_free;
    t->ssh = param != NULL;
    *out = &t->parent;
    return 0;
}

static git_smart_subtransport_definition ssh_definition = { new_subtransport, 0, (void *)1 };
static git_smart_subtransport_definition git_definition = { new_subtransport, 0, NULL };

static int ssh_transport(git_transport **out, git_remote *owner, void *param) {
    (void)param;
    csw_transport_clear_failure();
    return git_transport_smart(out, owner, &ssh_definition);
}

static int git_daemon_transport(git_transport **out, git_remote *owner, void *param) {
    (void)param;
    csw_transport_clear_failure();
    return git_transport_smart(out, owner, &git_definition);
}

int csw_transport_register(void) {
    static pthread_mutex_t once = PTHREAD_MUTEX_INITIALIZER;
    static int registered;
    pthread_mutex_lock(&once);
    int rc = 0;
    if (!registered) {
        // Schemes without "://" (libgit2 adds it), the longer ones first: "git" must not
        // catch "git+ssh".
        const char *ssh_schemes[] = { "git+ssh", "ssh+git", "ssh" };
        for (size_t i = 0; rc == 0 && i < sizeof ssh_schemes / sizeof *ssh_schemes; i++)
            rc = git_transport_register(ssh_schemes[i], ssh_transport, NULL);
        if (rc == 0) rc = git_transport_register("git", git_daemon_transport, NULL);
        if (rc == 0) registered = 1;
    }
    pthread_mutex_unlock(&once);
    return rc;
}
