#pragma once

#include <cstddef>
#include <vector>

// GNU diff's line matching, kept apart from the unified-diff printer; not used by tests directly.
namespace cdk::test::detail {

/// One edit: `deleted` lines of a at `line0` give way to `inserted` lines of b at `line1`
/// (0-based).
struct Change {
  std::ptrdiff_t line0 = 0;
  std::ptrdiff_t line1 = 0;
  std::ptrdiff_t deleted = 0;
  std::ptrdiff_t inserted = 0;
};

/// Minimal edit script between line ids in [0, classes), chosen and aligned as GNU diff does.
std::vector<Change> diff_script(
    const std::vector<int>& a, const std::vector<int>& b, int classes, std::ptrdiff_t horizon);

}  // namespace cdk::test::detail
