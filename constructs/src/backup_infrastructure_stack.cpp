#include <cdk/cloudwatch/alarm.hpp>
#include <cdk/cloudwatch/metric.hpp>
#include <cdk/cloudwatch_actions/sns_action.hpp>
#include <cdk/core/arn.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/iam/managed_policy.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/kms/alias.hpp>
#include <cdk_constructs/backup_infrastructure_stack.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cdk_constructs {
namespace {

using Json = nlohmann::ordered_json;

// Copies may only go to the cross-account vault.
Json copy_targets_condition(const std::string& vault_arn) {
  return Json{{"ForAnyValue:ArnNotEquals", Json{{"backup:CopyTargets", Json::array({vault_arn})}}}};
}

}  // namespace

BackupInfrastructureStack::BackupInfrastructureStack(
    cdk::Scope scope, BackupInfrastructureStackProps props)
    : cdk::NestedStack(std::move(scope), {}) {
  if (props.alarm_topic == nullptr) {
    throw cdk::ValidationError(
        "BackupInfrastructureStack needs alarm_topic: the topic its failed-backup alarm notifies",
        node().path());
  }
  const auto& env = props.environment_name;
  local_key_ = &add<cdk::kms::Key>(
      "LocalBackupEncryptionKey",
      {
          .description = fmt::format("Local KMS key for CompactConnect {} backup encryption", env),
          .enable_key_rotation = true,
          .removal_policy = props.removal_policy,
      });
  add<cdk::kms::Alias>(
      "LocalBackupEncryptionKeyAlias",
      {
          .alias_name = fmt::format("alias/compactconnect-{}-backup-key", env),
          .target_key = local_key_,
      });
  cross_account_vault_ = &cdk::backup::BackupVault::from_backup_vault_arn(
      *this,
      "CrossAccountBackupVault",
      format_arn({
          .account = props.backup_config.backup_account_id,
          .arn_format = cdk::ArnFormat::colon_resource_name,
          .region = props.backup_config.backup_region,
          .resource = "backup-vault",
          .resource_name = props.backup_config.general_vault_name,
          .service = "backup",
      }));
  const Json copy_condition = copy_targets_condition(cross_account_vault_->backup_vault_arn());

  backup_service_role_ = &add<cdk::iam::Role>(
      "BackupServiceRole",
      {
          .assumed_by = cdk::iam::ServicePrincipal("backup.amazonaws.com"),
          .inline_policies = {{
              "BackupSecurityPolicy",
              cdk::iam::PolicyDocument({
                  .statements = {cdk::iam::PolicyStatement({
                      .actions = {"backup:CopyIntoBackupVault", "backup:StartCopyJob"},
                      .conditions = copy_condition,
                      .effect = cdk::iam::Effect::deny,
                      .resources = {"*"},
                      .sid = "RestrictCrossAccountOperations",
                  })},
              }),
          }},
          .managed_policies =
              {
                  cdk::iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSBackupServiceRolePolicyForBackup"),
                  cdk::iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSBackupServiceRolePolicyForRestores"),
                  cdk::iam::ManagedPolicy::from_aws_managed_policy_name(
                      "AWSBackupServiceRolePolicyForS3Backup"),
                  cdk::iam::ManagedPolicy::from_aws_managed_policy_name(
                      "AWSBackupServiceRolePolicyForS3Restore"),
              },
          .role_name = fmt::format("CompactConnect-{}-BackupServiceRole", env),
      });

  local_vault_ = &add<cdk::backup::BackupVault>(
      "LocalBackupVault",
      {
          .access_policy = cdk::iam::PolicyDocument({
              .statements =
                  {
                      cdk::iam::PolicyStatement({
                          .actions = {"backup:CopyIntoBackupVault"},
                          .effect = cdk::iam::Effect::allow,
                          .principals = {cdk::iam::AccountPrincipal(account())},
                          .resources = {"*"},
                          .sid = "EnableBackupVaultAccess",
                      }),
                      cdk::iam::PolicyStatement({
                          .actions = {"backup:CopyIntoBackupVault", "backup:StartCopyJob"},
                          .conditions = copy_condition,
                          .effect = cdk::iam::Effect::deny,
                          .principals = {cdk::iam::StarPrincipal()},
                          .resources = {"*"},
                          .sid = "OnlyCopyIntoApprovedVault",
                      }),
                  },
          }),
          .backup_vault_name = fmt::format("CompactConnect-{}-BackupVault", env),
          .encryption_key = local_key_,
          .lock_configuration = cdk::backup::LockConfiguration{
              .min_retention = cdk::Duration::days(180)},
          .removal_policy = props.removal_policy,
      });

  auto& alarm = add<cdk::cloudwatch::Alarm>(
      "BackupJobFailureAlarm",
      {
          .alarm_description = "One or more AWS Backup jobs failed",
          .comparison_operator =
              cdk::cloudwatch::ComparisonOperator::greater_than_or_equal_to_threshold,
          .evaluation_periods = 1,
          .metric = cdk::cloudwatch::Metric({
              .metric_name = "NumberOfBackupJobsFailed",
              .namespace_ = "AWS/Backup",
              .period = cdk::Duration::days(1),
              .statistic = "Sum",
          }),
          .threshold = 1,
          .treat_missing_data = cdk::cloudwatch::TreatMissingData::not_breaching,
      });
  cdk::cloudwatch_actions::SnsAction notify(*props.alarm_topic);
  alarm.add_alarm_action(notify);
}

}  // namespace cdk_constructs
