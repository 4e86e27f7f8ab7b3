option(CDKPP_WERROR "Treat compiler warnings as errors (CI sets this)" OFF)

# Applies the project's warning set to one of our own targets; never to consumers.
function(cdkpp_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # g++ 12 reports false array-bounds/stringop/restrict errors inside libstdc++'s
    # std::string concatenation at -O2 (GCC PR 105329, 105651); they are not in our code.
    target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-stringop-overflow -Wno-stringop-overread -Wno-restrict)
  endif()
  if(CDKPP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
