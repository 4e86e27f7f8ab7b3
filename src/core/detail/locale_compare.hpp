#pragma once

#include <string_view>

namespace cdk::detail {

/// Orders ASCII strings like JavaScript's `a.localeCompare(b)` in Node's default ICU locale:
/// punctuation before digits before letters, letters case-blind first, then lower before upper.
/// aws-cdk-lib sorts DependsOn by construct path and tags by key this way.
int locale_compare(std::string_view a, std::string_view b);

/// locale_compare(a, b) < 0, for std::sort.
inline bool locale_less(std::string_view a, std::string_view b) { return locale_compare(a, b) < 0; }

}  // namespace cdk::detail
