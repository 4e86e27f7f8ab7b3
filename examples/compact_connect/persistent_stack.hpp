#pragma once

// example-app.md, "Stack PersistentStack": the shared key, the alarm topic, the access logs
// bucket, the backup infrastructure (a nested stack) and the staff user pool.
#include <cdk/core/stack.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/sns/topic.hpp>
#include <cdk_constructs/access_logs_bucket.hpp>
#include <cdk_constructs/backup_infrastructure_stack.hpp>
#include <cdk_constructs/user_pool.hpp>
#include <filesystem>
#include <optional>

#include "app_config.hpp"

namespace compact_connect {

struct PersistentStackProps {
  /// The app's configuration (kept: user_pool_backup_options reads it later).
  AppConfig config{};
  /// The export Lambda's code directory. Required.
  std::filesystem::path lambda_dir{};
};

class PersistentStack : public cdk::Stack {
 public:
  using Props = PersistentStackProps;

  PersistentStack(cdk::Scope scope, PersistentStackProps props);

  /// What each user pool's CognitoUserBackup needs from this stack; unset without backups.
  std::optional<cdk_constructs::UserPoolBackupOptions> user_pool_backup_options() const;

  cdk::kms::Key& shared_encryption_key() const noexcept { return *shared_encryption_key_; }
  cdk::sns::Topic& alarm_topic() const noexcept { return *alarm_topic_; }
  cdk_constructs::AccessLogsBucket& access_logs_bucket() const noexcept {
    return *access_logs_bucket_;
  }
  /// nullptr when backups are disabled.
  cdk_constructs::BackupInfrastructureStack* backup_infrastructure_stack() const noexcept {
    return backup_infrastructure_stack_;
  }

 private:
  AppConfig config_;
  std::filesystem::path lambda_dir_;
  cdk::kms::Key* shared_encryption_key_ = nullptr;
  cdk::sns::Topic* alarm_topic_ = nullptr;
  cdk_constructs::AccessLogsBucket* access_logs_bucket_ = nullptr;
  cdk_constructs::BackupInfrastructureStack* backup_infrastructure_stack_ = nullptr;
};

}  // namespace compact_connect
