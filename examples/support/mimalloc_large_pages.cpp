// Linked into cdkpp's executables by cdkpp_use_fast_allocator (cmake/CdkppFastAllocator.cmake),
// with mimalloc, which replaces malloc and operator new when it is linked.
//
// mimalloc then asks for 2 MiB pages (transparent huge pages, madvise mode being the Debian
// default): a 1000-stack synthesis touched 45,000 4 KiB pages, each a page fault, and now
// touches about 8,000. Segments mapped before this runs keep 4 KiB pages: the C++ runtime's
// start-up allocates the first one (32 MiB) before any initializer of the program.
#include <mimalloc.h>

namespace {

[[maybe_unused]] const bool large_os_pages_enabled = [] {
  mi_option_enable(mi_option_large_os_pages);
  return true;
}();

}  // namespace
