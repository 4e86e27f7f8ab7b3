#pragma once

// PersistentStack's SharedEncryptionKey and AlarmTopic of the example app, as tests/parity/sns.js
// builds them (alarmTopic), and the backup-job alarm.
#include <cdk/cloudwatch/alarm.hpp>
#include <cdk/cloudwatch/metric.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/sns/topic.hpp>

namespace cdk::test {

inline cdk::sns::Topic& mission_alarm_topic(cdk::Stack& stack) {
  auto& key = stack.add<cdk::kms::Key>(
      "SharedEncryptionKey",
      {
          .alias = "alias/compact-connect-sandbox-shared",
          .description = "Shared encryption key for CompactConnect sandbox",
          .enable_key_rotation = true,
          .removal_policy = cdk::RemovalPolicy::destroy,
      });
  key.grant(
      cdk::iam::ServicePrincipal("cloudwatch.amazonaws.com"),
      {"kms:Decrypt", "kms:GenerateDataKey*"});
  return stack.add<cdk::sns::Topic>("AlarmTopic", {.enforce_ssl = true, .master_key = &key});
}

inline cdk::cloudwatch::Alarm& backup_alarm(cdk::Construct& scope, const std::string& id) {
  namespace cw = cdk::cloudwatch;
  return scope.add<cw::Alarm>(
      id,
      {
          .alarm_description = "One or more AWS Backup jobs failed",
          .comparison_operator = cw::ComparisonOperator::greater_than_or_equal_to_threshold,
          .evaluation_periods = 1,
          .metric = cw::Metric({
              .metric_name = "NumberOfBackupJobsFailed",
              .namespace_ = "AWS/Backup",
              .period = cdk::Duration::days(1),
              .statistic = "Sum",
          }),
          .threshold = 1,
          .treat_missing_data = cw::TreatMissingData::not_breaching,
      });
}

}  // namespace cdk::test
