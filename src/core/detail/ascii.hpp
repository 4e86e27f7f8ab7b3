#pragma once

// Character classes as CloudFormation and aws-cdk-lib's regular expressions mean them: ASCII
// only, whatever the C locale says (std::isalnum would follow it).
namespace cdk::detail {

/// A-Z, a-z or 0-9.
constexpr bool is_ascii_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace cdk::detail
