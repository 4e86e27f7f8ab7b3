#include <cdk/cloudwatch_actions/sns_action.hpp>
#include <cdk/sns/topic_base.hpp>

namespace cdk::cloudwatch_actions {

cdk::cloudwatch::AlarmActionConfig SnsAction::bind(
    cdk::Construct& /*scope*/, cdk::cloudwatch::IAlarm& /*alarm*/) {
  return {.alarm_action_arn = topic_->topic_arn()};
}

}  // namespace cdk::cloudwatch_actions
