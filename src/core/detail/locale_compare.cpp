#include "core/detail/locale_compare.hpp"

#include <array>
#include <string>

namespace cdk::detail {
namespace {

// Printable ASCII in the order ICU's root collation gives it (checked with Node 20):
// a letter's lower- and upper-case forms share a primary weight.
constexpr std::string_view kPrimaryOrder =
    " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

struct Weights {
  std::array<int, 256> primary{};
  Weights() {
    int weight = 1;
    for (std::size_t i = 0; i < kPrimaryOrder.size(); ++i) {
      const char c = kPrimaryOrder[i];
      const bool shares_with_previous = c >= 'A' && c <= 'Z';
      if (!shares_with_previous) ++weight;
      primary[static_cast<unsigned char>(c)] = weight;
    }
    // Anything outside printable ASCII sorts after it, by byte value.
    for (std::size_t b = 0; b < primary.size(); ++b) {
      if (primary[b] == 0) primary[b] = 1000 + static_cast<int>(b);
    }
  }
};

const Weights& weights() {
  static const Weights instance;
  return instance;
}

}  // namespace

int locale_compare(std::string_view a, std::string_view b) {
  const auto& primary = weights().primary;
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    int wa = primary[static_cast<unsigned char>(a[i])];
    int wb = primary[static_cast<unsigned char>(b[i])];
    if (wa != wb) return wa < wb ? -1 : 1;
  }
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  // Same letters: the first case difference decides, lower case first.
  for (std::size_t i = 0; i < common; ++i) {
    if (a[i] != b[i]) return (a[i] >= 'a' && a[i] <= 'z') ? -1 : 1;
  }
  return 0;
}

}  // namespace cdk::detail
