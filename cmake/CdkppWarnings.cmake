option(CDKPP_WERROR "Treat compiler warnings as errors (CI sets this)" OFF)

# Applies the project's warning set to one of our own targets; never to consumers.
function(cdkpp_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
  if(CDKPP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
