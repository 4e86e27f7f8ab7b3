#include "events/event_pattern.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/errors.hpp>
#include <initializer_list>
#include <vector>

namespace cdk::events::detail {

namespace {

using Json = nlohmann::ordered_json;

void merge_object(Json& destination, const Json& source, const std::string& path) {
  for (const auto& [field, value] : source.items()) {
    if (!value.is_object() && !value.is_array()) {
      throw ValidationError(
          fmt::format(
              "event pattern field {} must be an array or an object (got {})\n"
              "    fix: wrap the value in an array: {{\"{}\": [{}]}}",
              field,
              value.dump(),
              field,
              value.dump()),
          path);
    }
    const auto existing = destination.find(field);
    if (existing == destination.end()) {
      destination[field] = value;
      continue;
    }
    if (value.is_array() != existing->is_array()) {
      throw ValidationError(
          fmt::format(
              "event pattern field {} is an {} in the pattern so far and an {} in the added one "
              "(got {} and {})\n"
              "    fix: give the field the same type in every pattern",
              field,
              existing->is_array() ? "array" : "object",
              value.is_array() ? "array" : "object",
              existing->dump(),
              value.dump()),
          path);
    }
    if (value.is_array()) {
      Json merged = Json::array();
      std::vector<std::string> seen;
      for (const Json* part : std::initializer_list<const Json*>{&*existing, &value}) {
        for (const auto& element : *part) {
          std::string key = element.dump();
          if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
          seen.push_back(std::move(key));
          merged.push_back(element);
        }
      }
      *existing = std::move(merged);
      continue;
    }
    merge_object(*existing, value, path);
  }
}

}  // namespace

void merge_event_pattern(Json& destination, const Json& source, const std::string& path) {
  if (source.is_null()) return;
  if (!source.is_object()) {
    throw ValidationError(
        fmt::format(
            "an event pattern must be an object (got {})\n"
            "    fix: pass an object such as {{\"source\": [\"aws.backup\"]}}",
            source.dump()),
        path);
  }
  merge_object(destination, source, path);
}

Json render_event_pattern(const Json& pattern) {
  if (pattern.empty()) return Json(Json::value_t::discarded);
  Json out = Json::object();
  for (const auto& [key, value] : pattern.items())
    out[key == "detailType" ? "detail-type" : key] = value;
  return out;
}

}  // namespace cdk::events::detail
