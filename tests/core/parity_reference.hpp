#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace cdk::test {

/// A reference file written by aws-cdk-lib 2.276.0 through tests/parity/<name>.js (committed
/// under tests/parity/reference/), parsed keeping key order.
inline nlohmann::ordered_json parity_reference(const std::string& name) {
  const std::string path = std::string(CDKPP_SOURCE_DIR) + "/tests/parity/reference/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("missing parity reference " + path);
  return nlohmann::ordered_json::parse(in);
}

}  // namespace cdk::test
