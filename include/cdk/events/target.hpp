#pragma once

#include <cdk/events/input.hpp>
#include <optional>
#include <string>

namespace cdk {
class Construct;
}

namespace cdk::events {

class IRule;

/// Where events that could not be delivered go.
struct DeadLetterConfig {
  /// The ARN of an SQS queue. Required.
  std::string arn{};
};

/// How delivery to a target is retried.
struct RetryPolicy {
  /// Default: unset (EventBridge's 24 hours).
  std::optional<int> maximum_event_age_in_seconds{};
  /// Default: unset (EventBridge's 185).
  std::optional<int> maximum_retry_attempts{};
};

/// Parameters for an SQS FIFO queue target.
struct SqsParameters {
  /// Required.
  std::string message_group_id{};
};

/// What a target gives the rule (aws-cdk-lib's RuleTargetConfig). Only the parameters the
/// cdkpp targets need are here (no ECS, Batch, Kinesis, HTTP, Run Command, Redshift, AppSync
/// or SageMaker parameters).
struct RuleTargetConfig {
  /// The target's ARN. Required.
  std::string arn{};
  /// Default: none.
  std::optional<DeadLetterConfig> dead_letter_config{};
  /// The target's id in the rule. Default: the id passed to bind ("Target0", "Target1"...).
  std::string id{};
  /// What the target receives. Default: the event.
  std::optional<RuleTargetInput> input{};
  /// Default: none.
  std::optional<RetryPolicy> retry_policy{};
  /// The role EventBridge assumes to call the target (aws-cdk-lib takes an IRole; cdkpp takes
  /// its ARN so events does not depend on iam). Default: none.
  std::string role_arn{};
  /// Default: none.
  std::optional<SqsParameters> sqs_parameters{};
  /// The construct the target is, to check it is in the rule's account and region (cdkpp
  /// does not create aws-cdk-lib's cross-environment mirror rules). Default: not checked.
  const cdk::Construct* target_resource = nullptr;
};

/// Something a rule can send events to (aws-cdk-lib's `IRuleTarget`); events_targets'
/// LambdaFunction implements it.
class IRuleTarget {
 public:
  IRuleTarget() = default;
  IRuleTarget(const IRuleTarget&) = default;
  IRuleTarget(IRuleTarget&&) = default;
  IRuleTarget& operator=(const IRuleTarget&) = default;
  IRuleTarget& operator=(IRuleTarget&&) = default;
  virtual ~IRuleTarget() = default;

  /// Called once per Rule::add_target; `id` is the id the rule would give the target.
  /// May add permissions (e.g. a Lambda permission for the rule's ARN).
  virtual RuleTargetConfig bind(IRule& rule, const std::string& id) = 0;
};

}  // namespace cdk::events
