// Linked into cdkpp's executables by cdkpp_use_fast_allocator (cmake/CdkppFastAllocator.cmake),
// with mimalloc, which replaces malloc and operator new when it is linked.
//
// mimalloc then asks for 2 MiB pages (transparent huge pages, madvise mode being the Debian
// default): a 1000-stack synthesis touched 45,000 4 KiB pages, each a page fault, and now
// touches a few hundred.
//
// The option must be on before the first allocation, or the first segment (32 MiB, all of a
// 100-stack synthesis) keeps 4 KiB pages. The C++ runtime allocates while the shared libraries
// are initialized, before any initializer of the program runs; only the executable's
// .preinit_array runs earlier. Setting an option there is safe: it only stores a value, which
// mimalloc's own initialization then keeps (as it would MIMALLOC_LARGE_OS_PAGES=1).
#include <mimalloc.h>

namespace {

void enable_large_os_pages() { mi_option_enable(mi_option_large_os_pages); }

}  // namespace

// .preinit_array exists in executables only; this file is never part of a library.
__attribute__((section(".preinit_array"), used)) static void (*const preinit_large_os_pages)() =
    enable_large_os_pages;
