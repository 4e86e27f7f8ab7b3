#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/token.hpp>
#include <memory>

#include "core/detail/cloudformation_lang.hpp"
#include "core/detail/json_object.hpp"
#include "core/detail/json_stringify.hpp"

namespace cdk {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> strings_of(const Json& value) {
  std::vector<std::string> out;
  if (value.is_string()) {
    out.push_back(value.get<std::string>());
  } else if (value.is_structured()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (value.is_object()) out.push_back(it.key());
      for (auto& s : strings_of(*it)) out.push_back(std::move(s));
    }
  }
  return out;
}

// A token for an intrinsic expression, registered with the App of the tokens inside it.
std::string intrinsic(const char* name, Json args) {
  auto related = strings_of(args);
  return Token::as_string(
      std::make_shared<Intrinsic>(detail::object_of(name, std::move(args)), name), related);
}

std::vector<std::string> intrinsic_list(const char* name, Json args) {
  auto related = strings_of(args);
  return Token::as_list(
      std::make_shared<Intrinsic>(detail::object_of(name, std::move(args)), name), related);
}

// A list argument: a list token stays a one-element list (resolve turns it into the list's
// value, as aws-cdk-lib does), else an array of the values.
Json list_argument(const std::vector<std::string>& values) { return Json(values); }

bool any_unresolved(const std::vector<std::string>& values) {
  for (const auto& value : values) {
    if (Token::is_unresolved(value)) return true;
  }
  return false;
}

// Fn::Join, resolved late so literal neighbours of tokens merge (aws-cdk-lib's FnJoin).
class FnJoin : public IResolvable {
 public:
  FnJoin(std::string delimiter, std::vector<std::string> values)
      : delimiter_(std::move(delimiter)), values_(std::move(values)) {}

  Json resolve(ResolveContext& context) const override {
    // A list token: nothing to merge; resolving the one-element list gives the list.
    if (Token::is_unresolved(values_))
      return detail::object_of("Fn::Join", Json::array({delimiter_, values_}));
    Json resolved = Json::array();
    for (const auto& value : values_) resolved.push_back(context.resolve(value));
    detail::minimal_join(delimiter_, resolved);
    if (resolved.size() == 1) return resolved.front();
    return detail::object_of("Fn::Join", Json::array({delimiter_, std::move(resolved)}));
  }
  std::string display_hint() const override { return "Fn::Join"; }
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  std::string delimiter_;
  std::vector<std::string> values_;
};

// aws-cdk-lib's conditionAnd/conditionOr: one condition is returned as is; Fn::And and Fn::Or
// take at most ten, so longer lists are combined in groups of ten (a group of one stays bare).
std::string combine_conditions(const char* name, const char* caller, const std::vector<std::string>& conditions) {
  if (conditions.empty()) {
    throw ValidationError(
        fmt::format(
            "Fn::{}() needs at least one argument\n"
            "    fix: pass one or more conditions",
            caller),
        "");
  }
  if (conditions.size() == 1) return conditions.front();
  if (conditions.size() <= 10) return intrinsic(name, Json(conditions));
  std::vector<std::string> grouped;
  for (std::size_t i = 0; i < conditions.size(); i += 10) {
    std::vector<std::string> group(
        conditions.begin() + static_cast<std::ptrdiff_t>(i),
        conditions.begin() + static_cast<std::ptrdiff_t>(std::min(i + 10, conditions.size())));
    grouped.push_back(combine_conditions(name, caller, group));
  }
  return combine_conditions(name, caller, grouped);
}

}  // namespace

std::string Fn::ref(const std::string& logical_name) {
  return Token::as_string(
      std::make_shared<Intrinsic>(detail::object_of("Ref", logical_name), "Ref"), {logical_name});
}

std::string Fn::get_att(const std::string& logical_name, const std::string& attribute) {
  return intrinsic("Fn::GetAtt", Json::array({logical_name, attribute}));
}

std::string Fn::join(const std::string& delimiter, const std::vector<std::string>& values) {
  if (values.empty()) {
    throw ValidationError(
        "Fn::join requires at least one value to be provided\n"
        "    fix: pass a non-empty list",
        "");
  }
  if (!any_unresolved(values)) {
    std::string joined;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) joined += delimiter;
      joined += values[i];
    }
    return joined;
  }
  return Token::as_string(std::make_shared<FnJoin>(delimiter, values), values);
}

std::vector<std::string> Fn::split(
    const std::string& delimiter, const std::string& source, std::optional<std::size_t> assumed_length) {
  if (!Token::is_unresolved(source)) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    if (delimiter.empty()) {
      for (char c : source) parts.emplace_back(1, c);
      return parts;
    }
    for (auto at = source.find(delimiter); at != std::string::npos; at = source.find(delimiter, start)) {
      parts.push_back(source.substr(start, at - start));
      start = at + delimiter.size();
    }
    parts.push_back(source.substr(start));
    return parts;
  }
  auto list = intrinsic_list("Fn::Split", Json::array({delimiter, source}));
  if (!assumed_length) return list;
  std::vector<std::string> elements;
  for (std::size_t i = 0; i < *assumed_length; ++i) elements.push_back(select(i, list));
  return elements;
}

std::string Fn::select(std::size_t index, const std::vector<std::string>& values) {
  if (!Token::is_unresolved(values) && !any_unresolved(values)) {
    if (index >= values.size()) {
      throw ValidationError(
          fmt::format("Fn::select index {} is out of range for a list of {} values", index, values.size()),
          "");
    }
    return values[index];
  }
  return intrinsic("Fn::Select", Json::array({index, list_argument(values)}));
}

std::string Fn::sub(const std::string& body) { return intrinsic("Fn::Sub", body); }

std::string Fn::sub(const std::string& body, const std::map<std::string, std::string>& variables) {
  Json vars = Json::object();
  for (const auto& [name, value] : variables) vars[name] = value;
  return intrinsic("Fn::Sub", Json::array({body, std::move(vars)}));
}

std::string Fn::base64(const std::string& data) { return intrinsic("Fn::Base64", data); }

std::vector<std::string> Fn::cidr(const std::string& ip_block, int count, const std::string& size_mask) {
  if (count < 1 || count > 256) {
    throw ValidationError(
        fmt::format("Fn::cidr's count must be between 1 and 256 (got {})", count), "");
  }
  Json args = Json::array({ip_block, count});
  if (!size_mask.empty()) args.push_back(size_mask);
  return intrinsic_list("Fn::Cidr", std::move(args));
}

std::vector<std::string> Fn::get_azs(const std::string& region) {
  return intrinsic_list("Fn::GetAZs", region);
}

std::string Fn::import_value(const std::string& shared_value_to_import) {
  return intrinsic("Fn::ImportValue", shared_value_to_import);
}

std::string Fn::find_in_map(
    const std::string& map_name, const std::string& top_level_key, const std::string& second_level_key) {
  return intrinsic("Fn::FindInMap", Json::array({map_name, top_level_key, second_level_key}));
}

std::string Fn::to_json_string(const Json& value) {
  // aws-cdk-lib writes JSON.stringify(value) unless the value itself is a token, so tokens inside
  // a structure stay markers in the text and become an Fn::Join when resolved.
  const bool whole_token =
      (value.is_string() && Token::is_unresolved(value)) ||
      (value.is_array() && value.size() == 1 && value.front().is_string() &&
       Token::is_unresolved(std::vector<std::string>{value.front().get<std::string>()}));
  if (whole_token) {
    throw ValidationError(
        fmt::format(
            "Fn::to_json_string of a token ({}) needs Fn::ToJsonString and the "
            "AWS::LanguageExtensions transform, which cdkpp doesn't support\n"
            "    fix: use Stack::to_json_string, which renders tokens without a transform",
            value.dump()),
        "");
  }
  return detail::js_json_text(value);
}

std::string Fn::parse_domain_name(const std::string& url) {
  std::string without_scheme = select(1, split("//", url));
  return select(0, split("/", without_scheme));
}

std::string Fn::get_stack_output(
    const std::string& stack_name, const std::string& output_name, const std::string& region,
    const std::string& role_arn) {
  Json args = Json::object();
  args["StackName"] = stack_name;
  if (!region.empty()) args["Region"] = region;
  if (!role_arn.empty()) args["RoleArn"] = role_arn;
  args["OutputName"] = output_name;
  return intrinsic("Fn::GetStackOutput", std::move(args));
}

std::string Fn::transform(const std::string& macro_name, const Json& parameters) {
  return intrinsic("Fn::Transform", Json{{"Name", macro_name}, {"Parameters", parameters}});
}

std::vector<std::string> Fn::import_list_value(
    const std::string& shared_value_to_import, std::size_t assumed_length, const std::string& delimiter) {
  return split(delimiter, import_value(shared_value_to_import), assumed_length);
}

std::string Fn::condition_if(
    const std::string& condition_id, const Json& value_if_true, const Json& value_if_false) {
  return intrinsic("Fn::If", Json::array({condition_id, value_if_true, value_if_false}));
}

std::string Fn::condition_equals(const Json& lhs, const Json& rhs) {
  return intrinsic("Fn::Equals", Json::array({lhs, rhs}));
}

std::string Fn::condition_and(const std::vector<std::string>& conditions) {
  return combine_conditions("Fn::And", "condition_and", conditions);
}

std::string Fn::condition_or(const std::vector<std::string>& conditions) {
  return combine_conditions("Fn::Or", "condition_or", conditions);
}

std::string Fn::condition_not(const std::string& condition) {
  return intrinsic("Fn::Not", Json::array({condition}));
}

std::string Fn::condition_contains(const std::vector<std::string>& list, const std::string& value) {
  return intrinsic("Fn::Contains", Json::array({list_argument(list), value}));
}

std::string Fn::condition_each_member_equals(const std::vector<std::string>& list, const std::string& value) {
  return intrinsic("Fn::EachMemberEquals", Json::array({list_argument(list), value}));
}

std::string Fn::condition_each_member_in(
    const std::vector<std::string>& strings_to_check, const std::vector<std::string>& strings_to_match) {
  return intrinsic(
      "Fn::EachMemberIn", Json::array({list_argument(strings_to_check), list_argument(strings_to_match)}));
}

std::vector<std::string> Fn::ref_all(const std::string& parameter_type) {
  return intrinsic_list("Fn::RefAll", parameter_type);
}

std::string Fn::value_of(const std::string& parameter_or_logical_id, const std::string& attribute) {
  return intrinsic("Fn::ValueOf", Json::array({parameter_or_logical_id, attribute}));
}

std::vector<std::string> Fn::value_of_all(const std::string& parameter_type, const std::string& attribute) {
  return intrinsic_list("Fn::ValueOfAll", Json::array({parameter_type, attribute}));
}

}  // namespace cdk
