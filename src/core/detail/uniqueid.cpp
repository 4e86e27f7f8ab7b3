#include "core/detail/uniqueid.hpp"

#include <algorithm>
#include <cdk/core/errors.hpp>
#include <cdk/core/token.hpp>
#include <fmt/format.h>

#include "core/detail/ascii.hpp"
#include "core/detail/hash.hpp"

namespace cdk::detail {
namespace {

constexpr std::size_t kHashLength = 8;
constexpr std::size_t kMaxHumanLength = 240;
constexpr std::size_t kMaxIdLength = 255;

void drop_default(std::vector<std::string>& components) {
  components.erase(std::remove(components.begin(), components.end(), "Default"), components.end());
}

std::string path_hash(const std::vector<std::string>& components) {
  // Joined like JavaScript's join("/"): an empty component still gets its separator.
  std::size_t length = components.size();
  for (const auto& component : components) length += component.size();
  std::string joined;
  joined.reserve(length);
  for (std::size_t i = 0; i < components.size(); ++i) {
    if (i > 0) joined += '/';
    joined += components[i];
  }
  std::string hash = md5_hex(joined);
  hash.resize(kHashLength);
  for (char& c : hash) {
    if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');  // hex digits only
  }
  return hash;
}

void append_alphanumeric(std::string& out, std::string_view text) {
  // Runs of letters and digits are appended whole: most ids hold nothing else.
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_ascii_alphanumeric(text[i])) continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

// The components' letters and digits. A component is dropped when the previous kept one ends
// with it ("Bucket/Bucket" reads once), and "Resource" adds nothing (but is kept for that).
std::string human_part(const std::vector<std::string>& components) {
  std::string human;
  const std::string* last_kept = nullptr;
  for (const auto& component : components) {
    if (last_kept != nullptr && last_kept->ends_with(component)) continue;
    last_kept = &component;
    if (component != "Resource") append_alphanumeric(human, component);
  }
  return human;
}

}  // namespace

std::string remove_non_alphanumeric(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  append_alphanumeric(out, text);
  return out;
}

std::string make_unique_id(std::vector<std::string> components) {
  drop_default(components);
  if (components.empty()) {
    throw ValidationError(
        "cannot allocate a logical ID: no path components remain after dropping every 'Default'\n"
        "    fix: give the element or one of its parents an id other than 'Default'",
        "");
  }
  std::string tokens;
  for (const auto& component : components) {
    if (Token::is_unresolved(component)) tokens += (tokens.empty() ? "" : ",") + component;
  }
  if (!tokens.empty()) {
    throw ValidationError(
        "ID components may not include unresolved tokens: " + tokens +
            "\n    fix: build construct ids from plain strings",
        "");
  }
  // A lone component is used as is (no hash), so templates moved to the CDK keep their IDs.
  if (components.size() == 1) {
    std::string candidate = remove_non_alphanumeric(components.front());
    // aws-cdk-lib returns "" here, which CloudFormation rejects at deploy time.
    if (candidate.empty()) {
      throw ValidationError(
          fmt::format(
              "cannot allocate a logical ID: id '{}' has no ASCII letter or digit, and logical IDs "
              "keep only A-Z, a-z and 0-9\n"
              "    fix: use an id with at least one ASCII letter or digit",
              components.front()),
          "");
    }
    if (candidate.size() <= kMaxIdLength) return candidate;
  }
  return human_part(components).substr(0, kMaxHumanLength) + path_hash(components);
}

std::string make_unique_resource_name(std::vector<std::string> components, std::size_t max_length) {
  drop_default(components);
  if (components.empty()) {
    throw ValidationError(
        "cannot generate a name: no path components remain after dropping every 'Default'\n"
        "    fix: give the construct an id other than 'Default'",
        "");
  }
  if (components.size() == 1) {
    std::string candidate = remove_non_alphanumeric(components.front());
    if (candidate.size() <= max_length) return candidate;
  }
  const std::string hash = path_hash(components);
  std::string human = human_part(components);
  const std::size_t max_human = max_length - kHashLength;
  if (human.size() > max_human) {
    // Keep both ends: the start names the area, the end names the thing.
    const std::size_t half = max_human / 2;
    human = human.substr(0, half) + human.substr(human.size() - half);
  }
  return human + hash;
}

}  // namespace cdk::detail
