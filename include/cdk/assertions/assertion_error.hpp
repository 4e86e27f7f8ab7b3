#pragma once

#include <stdexcept>
#include <string>

namespace cdk::assertions {

/// Thrown when a template does not satisfy an assertion, or a pattern is malformed; what() is the
/// full report.
class AssertionError : public std::runtime_error {
 public:
  /// Builds the error from the complete, human-readable report.
  explicit AssertionError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace cdk::assertions
