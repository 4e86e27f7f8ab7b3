#include <cdk/events_targets/sns_topic.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/sns/topic_base.hpp>

#include "events_targets/detail/base_target.hpp"

namespace cdk::events_targets {

cdk::events::RuleTargetConfig SnsTopic::bind(
    cdk::events::IRule& /*rule*/, const std::string& /*id*/) {
  topic_->grant_publish(cdk::iam::ServicePrincipal("events.amazonaws.com"));
  return {
      .arn = topic_->topic_arn(),
      .input = props_.message,
      .retry_policy = detail::base_retry_policy(props_.retry_attempts, props_.max_event_age),
      .target_resource = topic_,
  };
}

}  // namespace cdk::events_targets
