#pragma once

// Daily export of a Cognito user pool into a versioned, KMS-encrypted bucket that AWS Backup
// snapshots locally and copies to a vault of the backup account.
#include <cdk/cloudwatch/alarm.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/events/rule.hpp>
#include <cdk/kms/key_base.hpp>
#include <cdk/lambda/function.hpp>
#include <cdk/s3/bucket_base.hpp>
#include <cdk/sns/topic_base.hpp>
#include <cdk_constructs/backup_infrastructure_stack.hpp>
#include <cdk_constructs/cross_account_backup_plan.hpp>
#include <cdk_constructs/secure_bucket.hpp>
#include <string>

namespace cdk_constructs {

/// Props of a CognitoUserBackup.
struct CognitoUserBackupProps {
  /// Receives the backup bucket's server access logs. Required.
  cdk::s3::IBucket* access_logs_bucket = nullptr;
  /// Notified when the export fails. Required.
  cdk::sns::ITopic* alarm_topic = nullptr;
  /// The vaults and the role the backup plan uses. Required.
  BackupInfrastructureStack* backup_infrastructure_stack = nullptr;
  /// Schedule and retention of the backup plan. Default: BackupPolicy's defaults.
  BackupPolicy backup_policy{};
  /// Encrypts the backup bucket. Required.
  cdk::kms::IKey* encryption_key = nullptr;
  /// The directory of the export Lambda's code (examples/compact_connect/lambdas/
  /// cognito-backup). Required.
  std::string export_lambda_code_dir{};
  /// Of the bucket and the log group. Default: RETAIN.
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
  /// The pool to export (a token, usually). Required.
  std::string user_pool_id{};
  /// "staff" or "provider": the export's key prefix. Required.
  std::string user_pool_type{};
};

/// The per-pool backup of example-app.md ("CognitoUserBackup"). Children, in order:
/// "BackupBucket" (a SecureBucket, with the CrossAccountBackupPlan "BackupPlan" under it),
/// "ExportLambdaLogGroup", "ExportLambda", "DailyExportRule" (02:00 UTC) and
/// "BackupFailureAlarm" (on the Lambda's errors, notifying the alarm topic).
class CognitoUserBackup : public cdk::Construct {
 public:
  using Props = CognitoUserBackupProps;

  CognitoUserBackup(cdk::Scope scope, CognitoUserBackupProps props);

  SecureBucket& backup_bucket() const noexcept { return *backup_bucket_; }
  CrossAccountBackupPlan& backup_plan() const noexcept { return *backup_plan_; }
  cdk::lambda::Function& export_function() const noexcept { return *export_function_; }
  cdk::events::Rule& daily_export_rule() const noexcept { return *daily_export_rule_; }
  cdk::cloudwatch::Alarm& backup_failure_alarm() const noexcept { return *backup_failure_alarm_; }

 private:
  SecureBucket* backup_bucket_ = nullptr;
  CrossAccountBackupPlan* backup_plan_ = nullptr;
  cdk::lambda::Function* export_function_ = nullptr;
  cdk::events::Rule* daily_export_rule_ = nullptr;
  cdk::cloudwatch::Alarm* backup_failure_alarm_ = nullptr;
};

}  // namespace cdk_constructs
