#include <cdk/core/errors.hpp>

namespace cdk {
namespace {

// The path goes on its own line after the message, so the first line stays the short
// "what is wrong" and the reader sees where next.
std::string with_path(const std::string& message, const std::string& path) {
  if (path.empty()) return message;
  auto newline = message.find('\n');
  std::string first = message.substr(0, newline);
  std::string rest = newline == std::string::npos ? "" : message.substr(newline);
  return first + "\n    at path [" + path + "]" + rest;
}

}  // namespace

Error::Error(std::string message, std::string path)
    : std::runtime_error(with_path(message, path)),
      message_(std::move(message)),
      path_(std::move(path)) {}

}  // namespace cdk
