#pragma once

#include <cdk/core/duration.hpp>
#include <cdk/events/input.hpp>
#include <cdk/events/target.hpp>
#include <optional>
#include <string>

namespace cdk::lambda {
class IFunction;
}

namespace cdk::events_targets {

/// Props of a LambdaFunction target (aws-cdk-lib's LambdaFunctionProps).
struct LambdaFunctionProps {
  /// What the function receives. Default: the event.
  std::optional<cdk::events::RuleTargetInput> event{};
  /// How long EventBridge keeps retrying, 60 seconds to 24 hours (not checked, as in
  /// aws-cdk-lib: CloudFormation rejects other values). Default: unset
  /// (EventBridge's 24 hours).
  std::optional<cdk::Duration> max_event_age{};
  /// How often EventBridge retries, 0 to 185 (not checked, as in aws-cdk-lib). Default: unset
  /// (EventBridge's 185).
  std::optional<int> retry_attempts{};
};

/// A rule target that invokes a Lambda function (aws-cdk-lib's targets.LambdaFunction). Binding
/// it adds the AWS::Lambda::Permission that lets events.amazonaws.com invoke the function for
/// this rule: construct "AllowEventRule<unique id of the function>" under the rule, once per
/// rule and function. Not supported: dead letter queues (there is no SQS module yet).
class LambdaFunction : public cdk::events::IRuleTarget {
 public:
  /// `handler` is not owned and must outlive the rule's binding (a construct of the app).
  explicit LambdaFunction(cdk::lambda::IFunction& handler, LambdaFunctionProps props = {});

  cdk::events::RuleTargetConfig bind(cdk::events::IRule& rule, const std::string& id) override;

 private:
  cdk::lambda::IFunction* handler_;
  LambdaFunctionProps props_;
};

}  // namespace cdk::events_targets
