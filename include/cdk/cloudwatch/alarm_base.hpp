#pragma once

#include <cdk/core/construct.hpp>
#include <string>

namespace cdk::cloudwatch {

/// An alarm (aws-cdk-lib's `IAlarm`): a construct with a name and an ARN.
class IAlarm : public cdk::Construct {
 public:
  explicit IAlarm(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The alarm's ARN (a token for alarms of this app).
  virtual std::string alarm_arn() const = 0;
  /// The alarm's name (a token for alarms of this app).
  virtual std::string alarm_name() const = 0;
};

}  // namespace cdk::cloudwatch
