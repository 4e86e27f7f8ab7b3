#include <cdk/cloudwatch_actions/sns_action.hpp>
#include <cdk/core/arn.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/events/input.hpp>
#include <cdk/events/schedule.hpp>
#include <cdk/events_targets/lambda_function.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/lambda/code.hpp>
#include <cdk/lambda/runtime.hpp>
#include <cdk/logs/log_group.hpp>
#include <cdk_constructs/cognito_user_backup.hpp>
#include <cdk_constructs/nag_suppressions.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cdk_constructs {
namespace {

void check_props(const CognitoUserBackupProps& props, const cdk::Construct& construct) {
  const auto missing = [&](const char* prop, const char* what) {
    throw cdk::ValidationError(
        fmt::format("CognitoUserBackup needs {}: {}", prop, what), construct.node().path());
  };
  if (props.access_logs_bucket == nullptr) {
    missing("access_logs_bucket", "the bucket receiving the backup bucket's access logs");
  }
  if (props.alarm_topic == nullptr) missing("alarm_topic", "the topic notified of failures");
  if (props.backup_infrastructure_stack == nullptr) {
    missing("backup_infrastructure_stack", "the nested stack with the vaults and the role");
  }
  if (props.encryption_key == nullptr) missing("encryption_key", "the key of the backup bucket");
  if (props.export_lambda_code_dir.empty()) {
    missing("export_lambda_code_dir", "the directory of the export Lambda's code");
  }
  if (props.user_pool_id.empty()) missing("user_pool_id", "the id of the pool to export");
  if (props.user_pool_type != "staff" && props.user_pool_type != "provider") {
    throw cdk::ValidationError(
        fmt::format(
            "CognitoUserBackup's user_pool_type is '{}': use \"staff\" or \"provider\"",
            props.user_pool_type),
        construct.node().path());
  }
}

}  // namespace

CognitoUserBackup::CognitoUserBackup(cdk::Scope scope, CognitoUserBackupProps props)
    : cdk::Construct(std::move(scope)) {
  check_props(props, *this);
  auto& infra = *props.backup_infrastructure_stack;

  backup_bucket_ = &add<SecureBucket>(
      "BackupBucket",
      {
          .encryption = cdk::s3::BucketEncryption::kms,
          .encryption_key = props.encryption_key,
          .lifecycle_rules = {{
              .enabled = true,
              .id = "MinimizeVersioningCosts",
              .noncurrent_version_expiration = cdk::Duration::days(1),
          }},
          .removal_policy = props.removal_policy,
          .server_access_logs_bucket = props.access_logs_bucket,
          .versioned = true,
      });
  backup_plan_ = &backup_bucket_->add<CrossAccountBackupPlan>(
      "BackupPlan",
      {
          .backup_policy = props.backup_policy,
          .backup_vault = &infra.local_backup_vault(),
          .cross_account_backup_vault = &infra.cross_account_backup_vault(),
          .prefix = backup_bucket_->bucket_name() + "-cognito-backup",
          .resources = {cdk::backup::BackupResource::from_arn(backup_bucket_->bucket_arn())},
          .role = &infra.backup_service_role(),
      });

  auto& log_group = add<cdk::logs::LogGroup>(
      "ExportLambdaLogGroup",
      {
          .removal_policy = props.removal_policy,
          .retention = cdk::logs::RetentionDays::one_year,
      });
  export_function_ = &add<cdk::lambda::Function>(
      "ExportLambda",
      {
          .code = cdk::lambda::Code::from_asset(props.export_lambda_code_dir),
          .description = "Export user pool data for backup purposes",
          .handler = "lambda_function.lambda_handler",
          .log_group = &log_group,
          .memory_size = 512,
          .runtime = cdk::lambda::Runtime::python_3_12(),
          .timeout = cdk::Duration::minutes(15),
      });
  export_function_->add_to_role_policy(cdk::iam::PolicyStatement({
      .actions = {"cognito-idp:ListUsers", "cognito-idp:DescribeUserPool"},
      .resources = {cdk::Stack::of(*this).format_arn({
          .resource = "userpool",
          .resource_name = props.user_pool_id,
          .service = "cognito-idp",
      })},
  }));
  backup_bucket_->grant_write(*export_function_);
  props.encryption_key->grant_encrypt_decrypt(*export_function_);
  NagSuppressions::add_resource_suppressions_by_path(
      cdk::Stack::of(*this),
      dynamic_cast<cdk::Construct&>(export_function_->role()).node().path() +
          "/DefaultPolicy/Resource",
      {{
          .id = "AwsSolutions-IAM5",
          .reason =
              "The export Lambda writes any object of its backup bucket with the shared key; the "
              "wildcards come from grantWrite and grantEncryptDecrypt",
      }});

  daily_export_rule_ = &add<cdk::events::Rule>(
      "DailyExportRule",
      {
          .description = "Daily schedule for user pool backup export",
          .schedule = cdk::events::Schedule::cron({.hour = "2", .minute = "0"}),
      });
  cdk::events_targets::LambdaFunction target(
      *export_function_,
      {.event = cdk::events::RuleTargetInput::from_object({
           {"user_pool_id", props.user_pool_id},
           {"backup_bucket_name", backup_bucket_->bucket_name()},
           {"user_pool_type", props.user_pool_type},
       })});
  daily_export_rule_->add_target(target);

  backup_failure_alarm_ = &add<cdk::cloudwatch::Alarm>(
      "BackupFailureAlarm",
      {
          .alarm_description =
              "User pool backup export Lambda has failed. User data backup may be incomplete.",
          .comparison_operator =
              cdk::cloudwatch::ComparisonOperator::greater_than_or_equal_to_threshold,
          .evaluation_periods = 1,
          .metric = export_function_->metric_errors(),
          .threshold = 1,
          .treat_missing_data = cdk::cloudwatch::TreatMissingData::not_breaching,
      });
  cdk::cloudwatch_actions::SnsAction notify(*props.alarm_topic);
  backup_failure_alarm_->add_alarm_action(notify);
}

}  // namespace cdk_constructs
