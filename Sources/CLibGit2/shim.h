#ifndef CSW_CLIBGIT2_SHIM_H
#define CSW_CLIBGIT2_SHIM_H
#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one non-variadic wrapper per
   option csw sets. */

/* Keep tree objects up to `bytes` in libgit2's object cache (a workspace's customers/
   tree has one entry per customer, far above the default 4 KiB limit). */
static inline int csw_git_cache_tree_limit(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, bytes);
}

/* Whether every object read is re-hashed to check its id (git itself does not on reads). */
static inline int csw_git_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}
#endif
