#ifndef CSW_CLIBGIT2_SHIM_H
#define CSW_CLIBGIT2_SHIM_H
#include <git2.h>
#endif
