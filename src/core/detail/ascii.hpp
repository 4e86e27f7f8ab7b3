#pragma once

#include <string_view>

// Character classes as CloudFormation and aws-cdk-lib's regular expressions mean them: ASCII
// only, whatever the C locale says (std::isalnum would follow it).
//
// Names are checked with these rather than std::regex: compiling one of libstdc++'s regular
// expressions costs about as many instructions as synthesizing a stack of a dozen resources.
namespace cdk::detail {

/// 0-9.
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/// A-Z, a-z or 0-9.
constexpr bool is_ascii_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c);
}

/// Whether every character of `text` is an ASCII letter or digit or one of `others`: the
/// regular expression /^[A-Za-z0-9<others>]*$/ (an empty text passes).
constexpr bool only_alphanumerics_or(std::string_view text, std::string_view others) {
  for (const char c : text) {
    if (!is_ascii_alphanumeric(c) && others.find(c) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace cdk::detail
