#include "core/detail/uniqueid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/errors.hpp>
#include <cdk/core/token.hpp>
#include <optional>
#include <string_view>

#include "core/detail/ascii.hpp"
#include "core/detail/hash.hpp"

namespace cdk::detail {
namespace {

constexpr std::size_t kHashLength = 8;
constexpr std::size_t kMaxHumanLength = 240;
constexpr std::size_t kMaxIdLength = 255;

// The components without any "Default", as views of the caller's strings.
std::vector<std::string_view> without_default(std::span<const std::string_view> components) {
  std::vector<std::string_view> kept;
  kept.reserve(components.size());
  for (std::string_view component : components) {
    if (component != "Default") kept.push_back(component);
  }
  return kept;
}

std::vector<std::string_view> without_default(const std::vector<std::string>& components) {
  std::vector<std::string_view> views(components.begin(), components.end());
  return without_default(views);
}

std::string path_hash(const std::vector<std::string_view>& components) {
  // Joined like JavaScript's join("/"): an empty component still gets its separator.
  std::size_t length = components.size();
  for (std::string_view component : components) length += component.size();
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
std::string human_part(const std::vector<std::string_view>& components) {
  std::string human;
  std::size_t length = 0;
  for (std::string_view component : components) length += component.size();
  human.reserve(length + kHashLength);  // room for the hash the caller appends
  std::optional<std::string_view> last_kept;
  for (std::string_view component : components) {
    if (last_kept && last_kept->ends_with(component)) continue;
    last_kept = component;
    if (component != "Resource") append_alphanumeric(human, component);
  }
  return human;
}

}  // namespace

std::string remove_non_alphanumeric(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_alphanumeric(out, text);
  return out;
}

std::string make_unique_id(std::span<const std::string_view> path) {
  const std::vector<std::string_view> components = without_default(path);
  if (components.empty()) {
    throw ValidationError(
        "cannot allocate a logical ID: no path components remain after dropping every 'Default'\n"
        "    fix: give the element or one of its parents an id other than 'Default'",
        "");
  }
  std::string tokens;
  for (std::string_view component : components) {
    if (!Token::is_unresolved(component)) continue;
    if (!tokens.empty()) tokens += ',';
    tokens += component;
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
  std::string id = human_part(components);
  id.resize(std::min(id.size(), kMaxHumanLength));
  id += path_hash(components);
  return id;
}

std::string make_unique_id(const std::vector<std::string>& components) {
  const std::vector<std::string_view> views(components.begin(), components.end());
  return make_unique_id(views);
}

std::string make_unique_resource_name(
    const std::vector<std::string>& path, std::size_t max_length) {
  const std::vector<std::string_view> components = without_default(path);
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
