#pragma once

#include <string>
#include <string_view>

namespace cdk::test {

/// Line-based diff of `expected` against `actual` in GNU `diff -u` format; "" when they are equal.
std::string unified_diff(
    std::string_view expected,
    std::string_view actual,
    std::string_view expected_label,
    std::string_view actual_label,
    int context = 3);

}  // namespace cdk::test
