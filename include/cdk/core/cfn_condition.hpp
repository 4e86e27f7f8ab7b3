#pragma once

#include <cdk/core/cfn_element.hpp>
#include <string>

namespace cdk {

/// Props of a template condition.
struct CfnConditionProps {
  /// The condition, built with Fn::condition_* (a token). Default: none (not rendered).
  std::string expression{};
};

/// A template condition, usable on resources and outputs and inside Fn::condition_if.
class CfnCondition : public CfnElement {
 public:
  using Props = CfnConditionProps;

  CfnCondition(Scope scope, CfnConditionProps props);

  /// Sets the condition's expression.
  void set_expression(std::string expression) { expression_ = std::move(expression); }
  /// {"Condition": logicalId} as a token, to combine conditions with Fn::condition_and and co.
  std::string as_expression() const;

  nlohmann::ordered_json to_cloudformation() const override;

 private:
  std::string expression_;
  mutable std::string reference_;
};

}  // namespace cdk
