#include <fmt/format.h>

#include <cdk/assertions/assertion_error.hpp>
#include <cdk/assertions/match.hpp>
#include <regex>

#include "detail/matcher.hpp"

namespace cdk::assertions {
namespace {

using json = nlohmann::ordered_json;

json tagged(std::string_view kind, json pattern) {
  return detail::make_tag({{"kind", kind}, {"pattern", std::move(pattern)}});
}

// nlohmann reads a list of two-element lists starting with a string, e.g. {{"Key", "env"}}, as an
// object, the most likely reason an array pattern arrives as something else.
json require_array(std::string_view factory, json pattern) {
  if (!pattern.is_array()) {
    throw AssertionError(fmt::format(
        "Match::{} expects an array pattern (got {} {}); note that nlohmann reads "
        "{{{{\"Key\", \"env\"}}}} as an object, so write {{{{{{\"Key\", \"env\"}}}}}} or "
        "nlohmann::ordered_json::array({{...}}) for an array holding it",
        factory,
        pattern.type_name(),
        pattern.dump(-1, ' ', false, json::error_handler_t::replace)));
  }
  return pattern;
}

// A bare `{}` argument arrives as null; for an object matcher it can only mean "no keys".
json require_object(std::string_view factory, json pattern) {
  if (pattern.is_null()) return json::object();
  if (!pattern.is_object()) {
    throw AssertionError(fmt::format(
        "Match::{} expects an object pattern (got {} {})",
        factory,
        pattern.type_name(),
        pattern.dump(-1, ' ', false, json::error_handler_t::replace)));
  }
  return pattern;
}

}  // namespace

json Match::absent() { return detail::make_tag({{"kind", "absent"}}); }

json Match::any_value() { return detail::make_tag({{"kind", "any_value"}}); }

json Match::array_with(json pattern) {
  pattern = require_array("array_with", std::move(pattern));
  for (const auto& element : pattern) {
    for (const char* kind : {"absent", "any_value"}) {
      const json* body = detail::tag_body(element);
      if (body != nullptr && body->at("kind") == kind) {
        throw AssertionError(fmt::format(
            "Match::{}() cannot be nested within Match::array_with(): every element of an "
            "array_with pattern must match a present value",
            kind));
      }
    }
  }
  return tagged("array_with", std::move(pattern));
}

json Match::array_equals(json pattern) {
  return tagged("array_equals", require_array("array_equals", std::move(pattern)));
}

json Match::exact(json pattern) {
  if (is_matcher(pattern)) {
    throw AssertionError(
        "Match::exact cannot directly contain another matcher. Remove the top-level matcher or "
        "nest it more deeply.");
  }
  return tagged("exact", std::move(pattern));
}

json Match::object_like(json pattern) {
  return tagged("object_like", require_object("object_like", std::move(pattern)));
}

json Match::object_equals(json pattern) {
  return tagged("object_equals", require_object("object_equals", std::move(pattern)));
}

json Match::not_matching(json pattern) { return tagged("not", std::move(pattern)); }

json Match::serialized_json(json pattern) { return tagged("serialized_json", std::move(pattern)); }

json Match::string_like_regexp(std::string regex) {
  try {
    std::regex(regex, std::regex::ECMAScript | std::regex::multiline);
  } catch (const std::regex_error& error) {
    throw AssertionError(fmt::format(
        "Match::string_like_regexp: '{}' is not a valid ECMAScript regular expression ({})",
        regex,
        error.what()));
  }
  return tagged("string_like_regexp", std::move(regex));
}

bool Match::is_matcher(const json& value) { return value.is_object() && value.contains(tag_key); }

}  // namespace cdk::assertions
