#include <cdk/core/app.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/token.hpp>
#include <cmath>
#include <typeinfo>

#include "core/detail/cfn_reference.hpp"
#include "core/detail/cloudformation_lang.hpp"
#include "core/detail/json_object.hpp"

namespace cdk {
namespace {

using Json = nlohmann::ordered_json;

// JSON numbers as JavaScript writes them: 5, not 5.0.
Json number_or_undefined(const std::optional<double>& value) {
  if (!value) return detail::undefined_value();
  double d = *value;
  if (std::floor(d) == d && std::fabs(d) < 9.0e15) return static_cast<std::int64_t>(d);
  return d;
}

Json string_or_undefined(const std::string& value) {
  return value.empty() ? detail::undefined_value() : Json(value);
}

}  // namespace

CfnParameter::CfnParameter(Scope scope, CfnParameterProps props)
    : CfnElement(std::move(scope)), props_(std::move(props)) {
  if (props_.type.empty()) {
    throw ValidationError(
        "a CfnParameter needs a type\n"
        "    fix: leave .type at its default \"String\" or set e.g. \"Number\"",
        node().path());
  }
}

std::string CfnParameter::value_as_string() const {
  if (value_.empty()) {
    value_ = Token::as_string(*this, std::make_shared<detail::CfnReference>(*this, ""));
  }
  return value_;
}

std::vector<std::string> CfnParameter::value_as_list() const {
  // aws-cdk-lib's isListType.
  const bool list_type = props_.type.find("List<") != std::string::npos ||
                         props_.type.find("CommaDelimitedList") != std::string::npos;
  if (!list_type) {
    throw ValidationError(
        "Parameter type (" + props_.type + ") is not a string list type\n" +
            "    fix: declare the parameter with a list type (e.g. \"List<Number>\", "
            "\"CommaDelimitedList\") or use value_as_string()",
        node().path());
  }
  return Token::as_list(App::of(*this), std::make_shared<detail::CfnReference>(*this, ""));
}

Json CfnParameter::to_cloudformation() const {
  Json parameter = detail::object_with_room(11);  // room for the keys below
  parameter["Type"] = props_.type;
  parameter["Default"] = props_.default_value.is_null() ? detail::undefined_value() : props_.default_value;
  parameter["AllowedPattern"] = string_or_undefined(props_.allowed_pattern);
  parameter["AllowedValues"] =
      props_.allowed_values.empty() ? detail::undefined_value() : Json(props_.allowed_values);
  parameter["ConstraintDescription"] = string_or_undefined(props_.constraint_description);
  parameter["Description"] = string_or_undefined(props_.description);
  parameter["MaxLength"] = number_or_undefined(props_.max_length);
  parameter["MaxValue"] = number_or_undefined(props_.max_value);
  parameter["MinLength"] = number_or_undefined(props_.min_length);
  parameter["MinValue"] = number_or_undefined(props_.min_value);
  parameter["NoEcho"] = props_.no_echo ? Json(*props_.no_echo) : detail::undefined_value();
  return Json{{"Parameters", Json{{logical_id(), std::move(parameter)}}}};
}

bool CfnParameter::renders_concurrently() const noexcept {
  return typeid(*this) == typeid(CfnParameter);
}

}  // namespace cdk
