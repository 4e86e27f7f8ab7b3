#include <cdk/events_targets/sns_topic.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/sns/topic_base.hpp>

namespace cdk::events_targets {

cdk::events::RuleTargetConfig SnsTopic::bind(
    cdk::events::IRule& /*rule*/, const std::string& /*id*/) {
  topic_->grant_publish(cdk::iam::ServicePrincipal("events.amazonaws.com"));
  cdk::events::RuleTargetConfig config{
      .arn = topic_->topic_arn(),
      .input = props_.message,
      .target_resource = topic_,
  };
  // aws-cdk-lib's bindBaseTargetConfig: a retry policy when either is given.
  if ((props_.retry_attempts && *props_.retry_attempts >= 0) || props_.max_event_age) {
    cdk::events::RetryPolicy retry;
    if (props_.max_event_age) {
      retry.maximum_event_age_in_seconds = static_cast<int>(props_.max_event_age->to_seconds());
    }
    retry.maximum_retry_attempts = props_.retry_attempts;
    config.retry_policy = retry;
  }
  return config;
}

}  // namespace cdk::events_targets
