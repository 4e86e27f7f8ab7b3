#include <cdk/events/rule.hpp>
#include <cdk/events_targets/lambda_function.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/lambda/function_base.hpp>

#include "core/detail/uniqueid.hpp"
#include "events_targets/detail/base_target.hpp"

namespace cdk::events_targets {
namespace {

// Names.nodeUniqueId: the logical-ID algorithm over the whole path, stack included.
std::string node_unique_id(const cdk::Construct& construct) {
  std::vector<std::string> components;
  for (cdk::Construct* scope : construct.node().scopes()) {
    if (scope->node().scope() != nullptr) components.push_back(scope->node().id());
  }
  return cdk::detail::make_unique_id(std::move(components));
}

}  // namespace

LambdaFunction::LambdaFunction(cdk::lambda::IFunction& handler, LambdaFunctionProps props)
    : handler_(&handler), props_(std::move(props)) {}

cdk::events::RuleTargetConfig LambdaFunction::bind(
    cdk::events::IRule& rule, const std::string& /*id*/) {
  // As aws-cdk-lib: the permission lives under the rule (in the rule's stack), named after the
  // function, and a second target for the same function on the same rule adds none.
  const std::string permission_id = "AllowEventRule" + node_unique_id(*handler_);
  if (rule.node().try_find_child(permission_id) == nullptr) {
    handler_->add_permission(
        permission_id,
        {
            .action = "lambda:InvokeFunction",
            .principal = cdk::iam::ServicePrincipal("events.amazonaws.com"),
            .scope = &rule,
            .source_arn = rule.rule_arn(),
        });
  }
  return {
      .arn = handler_->function_arn(),
      .input = props_.event,
      .retry_policy = detail::base_retry_policy(props_.retry_attempts, props_.max_event_age),
      .target_resource = handler_,
  };
}

}  // namespace cdk::events_targets
