#include <cdk/core/token.hpp>
#include <cdk/s3/bucket.hpp>
#include <regex>
#include <string>

namespace cdk::s3 {

// aws-cdk-lib's Bucket._validateBucketName, message for message.
std::vector<std::string> validate_bucket_name(const std::string& name, bool allow_legacy_naming) {
  if (name.empty() || Token::is_unresolved(name)) return {};
  std::vector<std::string> errors;
  if (name.size() < 3 || name.size() > 63) {
    errors.emplace_back("Bucket name must be at least 3 and no more than 63 characters");
  }
  static const std::regex illegal_legacy("[^A-Za-z0-9._-]");
  static const std::regex illegal("[^a-z0-9.-]");
  static const std::regex edge_legacy("[A-Za-z0-9]");
  static const std::regex edge("[a-z0-9]");
  const std::regex& illegal_chars = allow_legacy_naming ? illegal_legacy : illegal;
  const std::regex& edge_chars = allow_legacy_naming ? edge_legacy : edge;
  std::smatch match;
  if (std::regex_search(name, match, illegal_chars)) {
    errors.push_back(
        allow_legacy_naming
            ? "Bucket name must only contain uppercase or lowercase characters and the symbols, "
              "period (.), underscore (_), and dash (-)"
            : "Bucket name must only contain lowercase characters and the symbols, period (.) and "
              "dash (-) (offset: " +
                  std::to_string(match.position(0)) + ")");
  }
  if (!std::regex_match(name.substr(0, 1), edge_chars)) {
    errors.emplace_back(
        allow_legacy_naming
            ? "Bucket name must start with an uppercase, lowercase character or number"
            : "Bucket name must start with a lowercase character or number (offset: 0)");
  }
  if (!std::regex_match(name.substr(name.size() - 1), edge_chars)) {
    errors.push_back(
        allow_legacy_naming
            ? "Bucket name must end with an uppercase, lowercase character or number"
            : "Bucket name must end with a lowercase character or number (offset: " +
                  std::to_string(name.size() - 1) + ")");
  }
  static const std::regex consecutive_symbols(R"(\.-|-\.|\.\.)");
  if (std::regex_search(name, match, consecutive_symbols)) {
    errors.push_back(
        "Bucket name must not have dash next to period, or period next to dash, or consecutive "
        "periods (offset: " +
        std::to_string(match.position(0)) + ")");
  }
  static const std::regex ip_address(R"(^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$)");
  if (std::regex_match(name, ip_address)) {
    errors.emplace_back("Bucket name must not resemble an IP address");
  }
  return errors;
}

}  // namespace cdk::s3
