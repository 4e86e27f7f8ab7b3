#include "persistent_stack.hpp"

#include <cdk/iam/principals.hpp>
#include <fmt/format.h>

namespace compact_connect {

PersistentStack::PersistentStack(cdk::Scope scope, PersistentStackProps props)
    : cdk::Stack(std::move(scope), {.env = props.config.env()}),
      config_(std::move(props.config)),
      lambda_dir_(std::move(props.lambda_dir)) {
  const auto& env = config_.environment_name;
  const auto removal_policy = config_.removal_policy();

  shared_encryption_key_ = &add<cdk::kms::Key>(
      "SharedEncryptionKey",
      {
          .alias = fmt::format("alias/compact-connect-{}-shared", env),
          .description = fmt::format("Shared encryption key for CompactConnect {}", env),
          .enable_key_rotation = true,
          .removal_policy = removal_policy,
      });
  // CloudWatch alarms publish to the encrypted topic.
  shared_encryption_key_->grant(
      cdk::iam::ServicePrincipal("cloudwatch.amazonaws.com"),
      {"kms:Decrypt", "kms:GenerateDataKey*"});
  alarm_topic_ = &add<cdk::sns::Topic>(
      "AlarmTopic", {.enforce_ssl = true, .master_key = shared_encryption_key_});
  access_logs_bucket_ = &add<cdk_constructs::AccessLogsBucket>(
      "AccessLogsBucket", {.removal_policy = removal_policy});
  if (config_.backup_enabled) {
    backup_infrastructure_stack_ = &add<cdk_constructs::BackupInfrastructureStack>(
        "BackupInfrastructureStack",
        {
            .alarm_topic = alarm_topic_,
            .backup_config = config_.backup,
            .environment_name = env,
            .removal_policy = removal_policy,
        });
  }
  add<cdk_constructs::StaffUsers>(
      "StaffUsers",
      {.backup = user_pool_backup_options(), .removal_policy = removal_policy});
}

std::optional<cdk_constructs::UserPoolBackupOptions> PersistentStack::user_pool_backup_options()
    const {
  if (!config_.backup_enabled) return std::nullopt;
  return cdk_constructs::UserPoolBackupOptions{
      .access_logs_bucket = access_logs_bucket_,
      .alarm_topic = alarm_topic_,
      .backup_infrastructure_stack = backup_infrastructure_stack_,
      .backup_policy = config_.backup_policy,
      .encryption_key = shared_encryption_key_,
      .export_lambda_code_dir = lambda_dir_.string(),
      .removal_policy = config_.removal_policy(),
  };
}

}  // namespace compact_connect
