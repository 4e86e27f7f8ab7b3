#include "detail/matcher.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cdk/assertions/assertion_error.hpp>
#include <cdk/assertions/match.hpp>
#include <regex>

#include "detail/capture_registry.hpp"

namespace cdk::assertions::detail {
namespace {

using json = nlohmann::ordered_json;

// Strings in a template may hold invalid UTF-8 (e.g. from a user's file); a report must still
// print.
std::string to_text(const json& value, int indent = -1) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string render(const json* value) { return value == nullptr ? "nothing" : to_text(*value); }

// The JavaScript-style type names CDK reports ("number" for every numeric kind).
std::string type_name(const json* value) {
  if (value == nullptr) return "absent";
  switch (value->type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::object:
      return "object";
    case json::value_t::array:
      return "array";
    case json::value_t::string:
      return "string";
    case json::value_t::boolean:
      return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "number";
    case json::value_t::binary:
      return "binary";
    case json::value_t::discarded:
      return "discarded";
  }
  return "unknown";
}

void fail(
    MatchResult& result,
    std::string pointer,
    std::string message,
    std::string_view matcher,
    std::size_t cost = 1) {
  result.mismatches.push_back(
      Mismatch{std::move(pointer), std::move(message), std::string(matcher), cost});
}

std::string child_pointer(std::string_view token) { return "/" + escape_pointer_token(token); }

void compose(MatchResult& outer, std::string_view token, MatchResult inner) {
  const std::string prefix = child_pointer(token);
  for (auto& mismatch : inner.mismatches) {
    mismatch.pointer = prefix + mismatch.pointer;
    outer.mismatches.push_back(std::move(mismatch));
  }
  for (auto& capture : inner.captures) outer.captures.push_back(std::move(capture));
}

[[noreturn]] void malformed(const json& value, std::string_view why) {
  throw AssertionError(fmt::format(
      "Malformed matcher {}: {}. Build matchers with cdk::assertions::Match or Capture.",
      to_text(value),
      why));
}

const json& body_pattern(const json& body) {
  const auto it = body.find("pattern");
  if (it == body.end()) malformed(body, "it has no \"pattern\"");
  return *it;
}

std::string_view kind_of(const json& body) { return body.at("kind").get_ref<const std::string&>(); }

bool is_kind(const json& pattern, std::string_view kind) {
  const json* body = tag_body(pattern);
  return body != nullptr && kind_of(*body) == kind;
}

MatchResult match_value(
    const json& pattern, const json* actual, bool partial, std::string_view name);
MatchResult match_literal(
    const json& pattern, const json* actual, bool partial, std::string_view name);

MatchResult match_object(
    const json& pattern, const json* actual, bool partial, std::string_view name) {
  MatchResult result;
  if (actual == nullptr || !actual->is_object()) {
    fail(result, "", fmt::format("Expected type object but received {}", type_name(actual)), name);
    return result;
  }
  if (!partial) {
    for (const auto& [key, value] : actual->items()) {
      if (!pattern.contains(key)) fail(result, child_pointer(key), "Unexpected key", name);
    }
  }
  for (const auto& [key, inner_pattern] : pattern.items()) {
    const auto it = actual->find(key);
    if (it == actual->end()) {
      if (!is_kind(inner_pattern, "absent")) fail(result, child_pointer(key), "Missing key", name);
      continue;
    }
    compose(result, key, match_value(inner_pattern, &*it, partial, name));
  }
  return result;
}

MatchResult match_full_array(
    const json& pattern, const json& actual, bool partial, std::string_view name) {
  MatchResult result;
  const std::size_t common = std::min(pattern.size(), actual.size());
  for (std::size_t i = 0; i < common; ++i) {
    compose(result, std::to_string(i), match_value(pattern[i], &actual[i], partial, name));
  }
  if (pattern.size() != actual.size()) {
    fail(
        result,
        child_pointer(std::to_string(common)),
        fmt::format(
            "{} elements in array (expecting {}, got {})",
            pattern.size() > actual.size() ? "Not enough" : "Too many",
            pattern.size(),
            actual.size()),
        name);
  }
  return result;
}

// CDK's arrayWith: walk the array once, advancing to the next pattern element whenever the
// current one matches, so the pattern is a subsequence (order kept, gaps allowed).
MatchResult match_subsequence(
    const json& pattern, const json& actual, bool partial, std::string_view name) {
  MatchResult result;
  std::vector<std::size_t> matched_at;
  std::vector<std::pair<std::size_t, MatchResult>> attempts;  // for the pattern element at hand
  std::size_t pattern_index = 0;
  for (std::size_t actual_index = 0; pattern_index < pattern.size() && actual_index < actual.size();
       ++actual_index) {
    MatchResult inner = match_value(pattern[pattern_index], &actual[actual_index], partial, name);
    if (inner.ok()) {
      compose(result, std::to_string(actual_index), std::move(inner));
      matched_at.push_back(actual_index);
      attempts.clear();
      ++pattern_index;
    } else {
      attempts.emplace_back(actual_index, std::move(inner));
    }
  }
  if (pattern_index == pattern.size()) return result;

  for (std::size_t i = 0; i < matched_at.size(); ++i) {
    fail(
        result,
        child_pointer(std::to_string(matched_at[i])),
        fmt::format("arrayWith pattern {} matched here", i),
        name,
        0);
  }
  if (attempts.empty()) {
    fail(
        result,
        child_pointer(std::to_string(actual.size())),
        fmt::format("Could not match arrayWith pattern {}. No more elements to try", pattern_index),
        name);
    return result;
  }
  auto closest =
      std::min_element(attempts.begin(), attempts.end(), [](const auto& a, const auto& b) {
        return a.second.cost() < b.second.cost();
      });
  fail(
      result,
      child_pointer(std::to_string(closest->first)),
      fmt::format("Could not match arrayWith pattern {}. This is the closest match", pattern_index),
      name,
      0);
  compose(result, std::to_string(closest->first), std::move(closest->second));
  return result;
}

MatchResult match_array(
    const json& pattern,
    const json* actual,
    bool subsequence,
    bool partial,
    std::string_view name) {
  if (actual == nullptr || !actual->is_array()) {
    MatchResult result;
    fail(result, "", fmt::format("Expected type array but received {}", type_name(actual)), name);
    return result;
  }
  return subsequence ? match_subsequence(pattern, *actual, partial, name)
                     : match_full_array(pattern, *actual, partial, name);
}

MatchResult match_literal(
    const json& pattern, const json* actual, bool partial, std::string_view name) {
  if (pattern.is_array()) return match_array(pattern, actual, false, partial, name);
  if (pattern.is_object()) return match_object(pattern, actual, partial, name);
  MatchResult result;
  if (type_name(&pattern) != type_name(actual)) {
    fail(
        result,
        "",
        fmt::format("Expected type {} but received {}", type_name(&pattern), type_name(actual)),
        name);
  } else if (pattern != *actual) {
    fail(
        result,
        "",
        fmt::format("Expected {} but received {}", to_text(pattern), render(actual)),
        name);
  }
  return result;
}

MatchResult match_serialized_json(const json& pattern, const json* actual) {
  constexpr std::string_view name = "serializedJson";
  MatchResult result;
  if (actual == nullptr || !actual->is_string()) {
    fail(
        result, "", fmt::format("Expected JSON as a string but found {}", type_name(actual)), name);
    return result;
  }
  const json parsed = json::parse(actual->get_ref<const std::string&>(), nullptr, false);
  if (parsed.is_discarded()) {
    fail(
        result,
        "",
        fmt::format("Invalid JSON string: {}", actual->get_ref<const std::string&>()),
        name);
    return result;
  }
  result = match_value(pattern, &parsed, false, name);
  if (!result.ok()) fail(result, "", "Encoded JSON value does not match", name);
  return result;
}

MatchResult match_regexp(const json& pattern, const json* actual) {
  constexpr std::string_view name = "stringLikeRegexp";
  MatchResult result;
  if (!pattern.is_string()) malformed(pattern, "a string_like_regexp pattern must be a string");
  if (actual == nullptr || !actual->is_string()) {
    fail(result, "", fmt::format("Expected a string, but got '{}'", type_name(actual)), name);
    return result;
  }
  const auto& text = actual->get_ref<const std::string&>();
  const auto& source = pattern.get_ref<const std::string&>();
  std::regex regex;
  try {
    regex = std::regex(source, std::regex::ECMAScript | std::regex::multiline);
  } catch (const std::regex_error& error) {
    malformed(pattern, fmt::format("invalid regular expression ({})", error.what()));
  }
  if (!std::regex_search(text, regex)) {
    fail(result, "", fmt::format("String '{}' did not match pattern '{}'", text, source), name);
  }
  return result;
}

MatchResult match_capture(const json& body, const json* actual) {
  const auto id_it = body.find("id");
  if (id_it == body.end() || !id_it->is_number_unsigned())
    malformed(body, "a capture needs an \"id\"");
  const auto id = id_it->get<std::uint64_t>();
  if (!CaptureAccess::is_live(id)) {
    throw AssertionError(fmt::format(
        "Capture #{} used in a pattern no longer exists on this thread; keep the Capture alive, "
        "and on the same thread, until the assertion that uses it has run",
        id));
  }
  MatchResult result;
  if (actual == nullptr || actual->is_null()) {
    fail(
        result,
        "",
        fmt::format("Can only capture non-nullish values. Found {}", type_name(actual)),
        "Capture");
    return result;
  }
  if (const auto it = body.find("pattern"); it != body.end()) {
    result = match_value(*it, actual, true, "objectLike");
    if (!result.ok()) return result;
  }
  result.captures.emplace_back(id, *actual);
  return result;
}

MatchResult match_tag(const json& body, const json* actual) {
  const std::string_view kind = kind_of(body);
  if (kind == "capture") return match_capture(body, actual);
  MatchResult result;
  if (kind == "absent") {
    if (actual != nullptr) {
      fail(
          result,
          "",
          fmt::format("Received {}, but key should be absent", render(actual)),
          "absent");
    }
    return result;
  }
  if (kind == "any_value") {
    if (actual == nullptr || actual->is_null()) {
      fail(result, "", "Expected a value but found none", "anyValue");
    }
    return result;
  }
  const json& pattern = body_pattern(body);
  if (kind == "object_like") return match_object(pattern, actual, true, "objectLike");
  if (kind == "object_equals") return match_object(pattern, actual, false, "objectEquals");
  if (kind == "array_with") return match_array(pattern, actual, true, false, "arrayWith");
  if (kind == "array_equals") return match_array(pattern, actual, false, false, "arrayEquals");
  if (kind == "exact") return match_literal(pattern, actual, false, "exact");
  if (kind == "serialized_json") return match_serialized_json(pattern, actual);
  if (kind == "string_like_regexp") return match_regexp(pattern, actual);
  if (kind == "not") {
    if (match_value(pattern, actual, false, "not").ok()) {
      fail(
          result,
          "",
          fmt::format(
              "Found unexpected match: {}", actual == nullptr ? "nothing" : to_text(*actual, 2)),
          "not");
    }
    return result;
  }
  malformed(body, fmt::format("unknown kind \"{}\"", kind));
}

MatchResult match_value(
    const json& pattern, const json* actual, bool partial, std::string_view name) {
  if (const json* body = tag_body(pattern)) return match_tag(*body, actual);
  return match_literal(pattern, actual, partial, name);
}

}  // namespace

std::size_t MatchResult::cost() const noexcept {
  std::size_t total = 0;
  for (const auto& mismatch : mismatches) total += mismatch.cost;
  return total;
}

MatchResult match(const json& pattern, const json* actual) {
  if (pattern.is_null()) return match_object(json::object(), actual, true, "objectLike");
  return match_value(pattern, actual, true, "objectLike");
}

void commit_captures(const MatchResult& result) {
  for (const auto& [id, value] : result.captures) CaptureAccess::record(id, value);
}

std::string describe(const Mismatch& mismatch) {
  return fmt::format(
      "{}{}{} (using {} matcher)",
      mismatch.message,
      mismatch.pointer.empty() ? "" : " at ",
      mismatch.pointer,
      mismatch.matcher);
}

std::string escape_pointer_token(std::string_view token) {
  std::string escaped;
  escaped.reserve(token.size());
  for (const char c : token) {
    if (c == '~') {
      escaped += "~0";
    } else if (c == '/') {
      escaped += "~1";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

const json* tag_body(const json& value) {
  if (!value.is_object()) return nullptr;
  const auto it = value.find(Match::tag_key);
  if (it == value.end()) return nullptr;
  if (value.size() != 1) malformed(value, "the tag key must be the object's only key");
  if (!it->is_object() || !it->contains("kind") || !it->at("kind").is_string()) {
    malformed(value, "the tag must hold an object with a string \"kind\"");
  }
  return &*it;
}

json make_tag(json body) {
  json tag = json::object();
  tag[std::string(Match::tag_key)] = std::move(body);
  return tag;
}

}  // namespace cdk::assertions::detail
