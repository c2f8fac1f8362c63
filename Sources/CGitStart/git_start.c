// Deferred CA certificates for libgit2 (see include/csw_git_start.h).
//
// libgit2's mbedTLS stream calls mbedtls_x509_crt_parse_file() on the CA bundle from
// git_libgit2_init(). This file defines that function in the executable, which the dynamic
// linker binds libgit2's call to ahead of libmbedx509's. On the thread running
// csw_git_start() (and only during it) the call records the chain and path and returns
// success; everywhere else, and in csw_git_load_certificates(), it forwards to mbedTLS's
// own function (dlsym RTLD_NEXT). libgit2 keeps a pointer to the same chain object, so
// filling it later is what libgit2 sees when it verifies a server.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <git2.h>
#include <mbedtls/x509_crt.h>

#include "csw_git_start.h"

typedef int (*parse_file_fn)(mbedtls_x509_crt *, const char *);

static _Thread_local int deferring;
static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;
static mbedtls_x509_crt *pending_chain;
static char *pending_path;

static parse_file_fn real_parse_file(void) {
    static parse_file_fn fn;
    if (!fn) fn = (parse_file_fn)dlsym(RTLD_NEXT, "mbedtls_x509_crt_parse_file");
    return fn;
}

int mbedtls_x509_crt_parse_file(mbedtls_x509_crt *chain, const char *path) {
    if (deferring && chain && path) {
        pthread_mutex_lock(&pending_lock);
        free(pending_path);
        pending_chain = chain;
        pending_path = strdup(path);
        pthread_mutex_unlock(&pending_lock);
        if (pending_path) return 0;
    }
    parse_file_fn fn = real_parse_file();
    return fn ? fn(chain, path) : -1;
}

int csw_git_start(void) {
    deferring = 1;
    int result = git_libgit2_init();
    deferring = 0;
    return result;
}

int csw_git_load_certificates(void) {
    pthread_mutex_lock(&pending_lock);
    int result = 0;
    if (pending_chain && pending_path) {
        parse_file_fn fn = real_parse_file();
        result = fn ? fn(pending_chain, pending_path) : -1;
    }
    free(pending_path);
    pending_path = NULL;
    pending_chain = NULL;
    pthread_mutex_unlock(&pending_lock);
    return result;
}

int csw_git_certificates_pending(void) {
    pthread_mutex_lock(&pending_lock);
    int pending = pending_chain != NULL;
    pthread_mutex_unlock(&pending_lock);
    return pending;
}
