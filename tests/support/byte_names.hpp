#pragma once

// Inputs for checking a name's character class byte by byte, against std::regex running
// aws-cdk-lib's pattern.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk_test {

/// `names`, then "a<byte>b" for every byte from 1 to 255.
inline std::vector<std::string> with_every_byte_inside(std::vector<std::string> names) {
  for (int byte = 1; byte < 256; ++byte) names.push_back("a" + std::string(1, static_cast<char>(byte)) + "b");
  return names;
}

/// `name` as an ASCII JSON string, for test messages (control and non-ASCII bytes escaped).
inline std::string printable(const std::string& name) {
  return nlohmann::json(name).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

}  // namespace cdk_test
