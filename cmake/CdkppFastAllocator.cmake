# mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc, with 2 MiB pages, for our
# synth executables and the benchmark. Synthesis makes about a million small allocations per
# 100 stacks; glibc's malloc slows down as its free lists fragment, and each 4 KiB page of a
# 180 MiB heap costs a page fault (README "Performance" has the figures with and without).
#
# Only executables get it: the library never chooses an allocator for the program that links
# it. Sanitizer builds keep glibc's malloc, which AddressSanitizer replaces.
option(CDKPP_MIMALLOC "Link cdkpp's synth executables with mimalloc, if it is installed" ON)
if(CDKPP_MIMALLOC AND NOT CDKPP_SANITIZE)
  find_package(mimalloc 2.0 CONFIG QUIET)
  if(NOT mimalloc_FOUND)
    message(STATUS "cdkpp: mimalloc not found (Debian: libmimalloc-dev); executables use glibc's malloc")
  endif()
endif()

# cdkpp_use_fast_allocator(<executable>): links mimalloc and turns its large OS pages on.
function(cdkpp_use_fast_allocator target)
  if(TARGET mimalloc AND CDKPP_MIMALLOC AND NOT CDKPP_SANITIZE)
    set(large_pages "${PROJECT_SOURCE_DIR}/examples/support/mimalloc_large_pages.cpp")
    target_sources(${target} PRIVATE "${large_pages}")
    set_source_files_properties("${large_pages}" TARGET_DIRECTORY ${target} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    target_link_libraries(${target} PRIVATE mimalloc)
  endif()
endfunction()
