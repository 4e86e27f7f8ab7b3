#pragma once

#include <string>

namespace cdk {
class Construct;
}

namespace cdk::cloudwatch {

class IAlarm;

/// What an alarm action gives the alarm (aws-cdk-lib's AlarmActionConfig).
struct AlarmActionConfig {
  /// The ARN the alarm notifies (an SNS topic, an EC2 or Auto Scaling action...). Required.
  std::string alarm_action_arn{};
};

/// Something an alarm can notify when its state changes (aws-cdk-lib's `IAlarmAction`);
/// cloudwatch_actions::SnsAction implements it.
class IAlarmAction {
 public:
  IAlarmAction() = default;
  IAlarmAction(const IAlarmAction&) = default;
  IAlarmAction(IAlarmAction&&) = default;
  IAlarmAction& operator=(const IAlarmAction&) = default;
  IAlarmAction& operator=(IAlarmAction&&) = default;
  virtual ~IAlarmAction() = default;

  /// Called once per add_*_action with the alarm as `scope`; may add permissions.
  virtual AlarmActionConfig bind(cdk::Construct& scope, IAlarm& alarm) = 0;
};

}  // namespace cdk::cloudwatch
