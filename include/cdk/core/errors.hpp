#pragma once

#include <stdexcept>
#include <string>

namespace cdk {

/// Base of every cdkpp error: carries the construct path the error is about ("" for none).
class Error : public std::runtime_error {
 public:
  Error(std::string message, std::string path);
  /// The construct path the error is about, empty when it concerns no construct.
  const std::string& path() const noexcept { return path_; }
  /// The message without the path line.
  const std::string& message() const noexcept { return message_; }

 private:
  std::string message_;
  std::string path_;
};

/// Input the user gave cannot work (a prop, an id, a context value).
class ValidationError : public Error {
 public:
  using Error::Error;
};

/// Rendering or writing the cloud assembly failed.
class SynthesisError : public Error {
 public:
  using Error::Error;
};

/// An internal invariant of cdkpp broke: a bug in cdkpp, not in the user's program.
class AssumptionError : public Error {
 public:
  using Error::Error;
};

}  // namespace cdk
