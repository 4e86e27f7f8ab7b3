#pragma once

#include <cdk/core/cfn_element.hpp>
#include <string>
#include <vector>

namespace cdk {

/// One assertion of a template rule.
struct CfnRuleAssertion {
  /// The condition that must hold (a token from Fn::condition_*).
  std::string assert_{};
  /// Shown when the assertion fails. Default: none (not rendered).
  std::string assert_description{};
};

/// Props of a template rule.
struct CfnRuleProps {
  std::vector<CfnRuleAssertion> assertions{};
  /// The rule applies only when this holds. Default: always.
  std::string rule_condition{};
};

/// A template rule: checks parameter values before CloudFormation creates or updates the stack.
class CfnRule : public CfnElement {
 public:
  using Props = CfnRuleProps;

  CfnRule(Scope scope, CfnRuleProps props);

  /// Adds an assertion.
  void add_assertion(std::string condition, std::string description);

  nlohmann::ordered_json to_cloudformation() const override;
  /// True for CfnRule itself, which renders only its own props; a subclass says so itself.
  bool renders_concurrently() const noexcept override;

 private:
  CfnRuleProps props_;
};

}  // namespace cdk
