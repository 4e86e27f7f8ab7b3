set(CDKPP_SANITIZE "" CACHE STRING "Comma-separated sanitizers for our own targets, e.g. address,undefined")

# An INTERFACE target linked PRIVATE into our targets, so sanitizer flags never leak to consumers.
add_library(cdkpp_sanitizers INTERFACE)
if(CDKPP_SANITIZE)
  target_compile_options(cdkpp_sanitizers INTERFACE
    -fsanitize=${CDKPP_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(cdkpp_sanitizers INTERFACE -fsanitize=${CDKPP_SANITIZE})
endif()
