#ifndef CSW_CMBEDTLS_SHIM_H
#define CSW_CMBEDTLS_SHIM_H
/* mbed TLS (libmbedtls-dev, which libgit2-dev already depends on): the TLS client for
   https webhooks. */
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/entropy.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/x509_crt.h>
#include <mbedtls/error.h>
#endif
