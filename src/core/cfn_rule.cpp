#include <cdk/core/cfn_rule.hpp>
#include <typeinfo>

#include "core/detail/cloudformation_lang.hpp"

namespace cdk {

using Json = nlohmann::ordered_json;

CfnRule::CfnRule(Scope scope, CfnRuleProps props)
    : CfnElement(std::move(scope)), props_(std::move(props)) {}

void CfnRule::add_assertion(std::string condition, std::string description) {
  props_.assertions.push_back({std::move(condition), std::move(description)});
}

Json CfnRule::to_cloudformation() const {
  Json rule = Json::object();
  rule["RuleCondition"] =
      props_.rule_condition.empty() ? detail::undefined_value() : Json(props_.rule_condition);
  Json assertions = Json::array();
  for (const auto& assertion : props_.assertions) {
    Json entry = Json::object();
    entry["Assert"] = assertion.assert_;
    if (!assertion.assert_description.empty()) entry["AssertDescription"] = assertion.assert_description;
    assertions.push_back(std::move(entry));
  }
  rule["Assertions"] = assertions.empty() ? detail::undefined_value() : std::move(assertions);
  return Json{{"Rules", Json{{logical_id(), std::move(rule)}}}};
}

bool CfnRule::renders_concurrently() const noexcept { return typeid(*this) == typeid(CfnRule); }

}  // namespace cdk
