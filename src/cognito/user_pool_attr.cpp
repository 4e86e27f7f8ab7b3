#include <fmt/format.h>

#include <cdk/cognito/user_pool_attr.hpp>
#include <cdk/core/errors.hpp>
#include <set>

#include "cognito/detail/schema.hpp"
#include "core/detail/cloudformation_lang.hpp"

namespace cdk::cognito::detail {
namespace {

using Json = nlohmann::ordered_json;

// Cognito's limit on custom attribute names (SchemaAttributeType.Name, 1 to 20 characters).
constexpr std::size_t kMaxCustomNameLength = 20;

void add_standard(Json& schema, const std::optional<StandardAttribute>& attr, const char* name) {
  if (!attr) return;
  schema.push_back(Json{{"Mutable", attr->mutable_}, {"Name", name}, {"Required", attr->required}});
}

void check_name(const std::string& name, std::set<std::string>& seen, const std::string& path) {
  if (name.empty()) {
    throw ValidationError(
        "custom attribute name is empty\n    fix: give each custom attribute a name of 1 to 20 "
        "characters",
        path);
  }
  if (name.rfind("custom:", 0) == 0) {
    throw ValidationError(
        fmt::format(
            "custom attribute name must not start with \"custom:\" (got \"{}\")\n"
            "    fix: write \"{}\"; Cognito adds the prefix itself",
            name,
            name.substr(7)),
        path);
  }
  if (name.size() > kMaxCustomNameLength) {
    throw ValidationError(
        fmt::format(
            "custom attribute name is longer than 20 characters (got \"{}\", {} characters)\n"
            "    fix: use a shorter name",
            name,
            name.size()),
        path);
  }
  if (!seen.insert(name).second) {
    throw ValidationError(
        fmt::format(
            "custom attribute \"{}\" is given twice\n    fix: keep one entry per attribute name",
            name),
        path);
  }
}

void set_mutable(Json& entry, const std::optional<bool>& value) {
  if (value) entry["Mutable"] = *value;
}

// aws-cdk-lib tests `minLen || maxLen` (and `min || max`): a constraint of 0 alone is dropped.
Json string_entry(const std::string& name, const StringAttribute& attr, const std::string& path) {
  if (attr.min_len && *attr.min_len < 0) {
    throw ValidationError(
        fmt::format(
            "custom attribute \"{}\": min_len cannot be less than 0 (got {})\n"
            "    fix: use a min_len from 0 to 2048",
            name,
            *attr.min_len),
        path);
  }
  if (attr.max_len && *attr.max_len > 2048) {
    throw ValidationError(
        fmt::format(
            "custom attribute \"{}\": max_len cannot be greater than 2048 (got {})\n"
            "    fix: use a max_len of at most 2048",
            name,
            *attr.max_len),
        path);
  }
  Json entry{{"AttributeDataType", "String"}};
  set_mutable(entry, attr.mutable_);
  entry["Name"] = name;
  if (attr.min_len.value_or(0) != 0 || attr.max_len.value_or(0) != 0) {
    Json constraints = Json::object();
    if (attr.max_len) constraints["MaxLength"] = std::to_string(*attr.max_len);
    if (attr.min_len) constraints["MinLength"] = std::to_string(*attr.min_len);
    entry["StringAttributeConstraints"] = std::move(constraints);
  }
  return entry;
}

Json number_entry(const std::string& name, const NumberAttribute& attr) {
  Json entry{{"AttributeDataType", "Number"}};
  set_mutable(entry, attr.mutable_);
  entry["Name"] = name;
  if (attr.min.value_or(0) != 0 || attr.max.value_or(0) != 0) {
    Json constraints = Json::object();
    if (attr.max) constraints["MaxValue"] = cdk::detail::js_number_text(*attr.max);
    if (attr.min) constraints["MinValue"] = cdk::detail::js_number_text(*attr.min);
    entry["NumberAttributeConstraints"] = std::move(constraints);
  }
  return entry;
}

Json plain_entry(const std::string& name, const char* type, const std::optional<bool>& mutable_) {
  Json entry{{"AttributeDataType", type}};
  set_mutable(entry, mutable_);
  entry["Name"] = name;
  return entry;
}

}  // namespace

Json render_schema(
    const StandardAttributes& standard, const CustomAttributes& custom, const std::string& path) {
  Json schema = Json::array();
  add_standard(schema, standard.address, "address");
  add_standard(schema, standard.birthdate, "birthdate");
  add_standard(schema, standard.email, "email");
  add_standard(schema, standard.family_name, "family_name");
  add_standard(schema, standard.fullname, "name");
  add_standard(schema, standard.gender, "gender");
  add_standard(schema, standard.given_name, "given_name");
  add_standard(schema, standard.last_update_time, "updated_at");
  add_standard(schema, standard.locale, "locale");
  add_standard(schema, standard.middle_name, "middle_name");
  add_standard(schema, standard.nickname, "nickname");
  add_standard(schema, standard.phone_number, "phone_number");
  add_standard(schema, standard.preferred_username, "preferred_username");
  add_standard(schema, standard.profile_page, "profile");
  add_standard(schema, standard.profile_picture, "picture");
  add_standard(schema, standard.timezone, "zoneinfo");
  add_standard(schema, standard.website, "website");

  std::set<std::string> seen;
  for (const auto& [name, attr] : custom) {
    check_name(name, seen, path);
    if (const auto* s = std::get_if<StringAttribute>(&attr)) {
      schema.push_back(string_entry(name, *s, path));
    } else if (const auto* n = std::get_if<NumberAttribute>(&attr)) {
      schema.push_back(number_entry(name, *n));
    } else if (const auto* b = std::get_if<BooleanAttribute>(&attr)) {
      schema.push_back(plain_entry(name, "Boolean", b->mutable_));
    } else {
      schema.push_back(plain_entry(name, "DateTime", std::get<DateTimeAttribute>(attr).mutable_));
    }
  }
  if (schema.empty()) return Json(Json::value_t::discarded);
  return schema;
}

}  // namespace cdk::cognito::detail
