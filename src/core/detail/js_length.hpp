#pragma once

#include <cstddef>
#include <string_view>

namespace cdk::detail {

/// The length JavaScript gives a UTF-8 string (UTF-16 code units): code points above U+FFFF
/// count twice. aws-cdk-lib's length limits (names, descriptions) are checked in these units.
inline std::size_t utf16_length(std::string_view text) {
  std::size_t length = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte
    length += byte >= 0xF0 ? 2 : 1;
  }
  return length;
}

}  // namespace cdk::detail
