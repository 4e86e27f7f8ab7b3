#pragma once

#include <string>
#include <vector>

namespace cdk::s3::detail {

/// Each line preceded by a newline: the list of problems under an error's first line.
inline std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += "\n" + line;
  return out;
}

}  // namespace cdk::s3::detail
