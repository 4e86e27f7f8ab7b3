#pragma once

#include <cdk/cloudwatch/alarm_action.hpp>

namespace cdk::sns {
class ITopic;
}

namespace cdk::cloudwatch_actions {

/// Notifies an SNS topic when an alarm changes state (aws-cdk-lib's SnsAction):
/// `alarm.add_alarm_action(action)` with `cloudwatch_actions::SnsAction action(topic);`. The
/// action only holds the topic; keep it alive until add_*_action returns. A topic in another
/// stack is referenced as any cross-stack value (an export, or a nested-stack parameter).
class SnsAction final : public cdk::cloudwatch::IAlarmAction {
 public:
  /// `topic` is non-owning.
  explicit SnsAction(cdk::sns::ITopic& topic) : topic_(&topic) {}

  /// The topic's ARN; adds no permissions (an encrypted topic needs its key to trust
  /// cloudwatch.amazonaws.com, as aws-cdk-lib leaves to the user).
  cdk::cloudwatch::AlarmActionConfig bind(
      cdk::Construct& scope, cdk::cloudwatch::IAlarm& alarm) override;

  cdk::sns::ITopic& topic() const noexcept { return *topic_; }

 private:
  cdk::sns::ITopic* topic_;
};

}  // namespace cdk::cloudwatch_actions
