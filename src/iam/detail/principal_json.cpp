#include "iam/detail/principal_json.hpp"

#include <cdk/core/errors.hpp>

namespace cdk::iam::detail {

using Json = nlohmann::ordered_json;

void merge_principal(Json& target, const Json& source) {
  auto has_other_kind = [](const Json& principal) {
    for (auto it = principal.begin(); it != principal.end(); ++it) {
      if (it.key() != kLiteralStringKey) return true;
    }
    return false;
  };
  if ((source.contains(kLiteralStringKey) && has_other_kind(target)) ||
      (target.contains(kLiteralStringKey) && has_other_kind(source))) {
    throw ValidationError(
        "Cannot merge principals " + target.dump() + " and " + source.dump() +
            ": if one uses a literal principal string (StarPrincipal) the other one must be empty\n"
            "    fix: put StarPrincipal in a statement of its own (or use AnyPrincipal, {\"AWS\": "
            "\"*\"})",
        "");
  }
  for (auto it = source.begin(); it != source.end(); ++it) {
    Json& values = target[it.key()];
    if (!values.is_array()) values = Json::array();
    if (it.value().is_array()) {
      for (const auto& value : it.value()) values.push_back(value);
    } else {
      values.push_back(it.value());
    }
  }
}

namespace {

// normalizeStatement's _norm for one principal kind (no de-duplication for principals).
Json normalize_values(const Json& values) {
  if (!values.is_array()) return values;
  if (values.empty()) return Json(Json::value_t::discarded);
  if (values.size() == 1) return values.front();
  return values;
}

bool truthy(const Json& value) {
  if (value.is_discarded() || value.is_null()) return false;
  if (value.is_string()) return !value.get_ref<const std::string&>().empty();
  if (value.is_boolean()) return value.get<bool>();
  return true;
}

}  // namespace

Json normalize_principal(const Json& principal) {
  if (!principal.is_object() || principal.empty()) return Json(Json::value_t::discarded);
  if (principal.contains(kLiteralStringKey)) return principal[kLiteralStringKey].front();
  Json result = Json::object();
  for (auto it = principal.begin(); it != principal.end(); ++it) {
    Json value = normalize_values(it.value());
    if (truthy(value)) result[it.key()] = std::move(value);
  }
  return result;
}

}  // namespace cdk::iam::detail
