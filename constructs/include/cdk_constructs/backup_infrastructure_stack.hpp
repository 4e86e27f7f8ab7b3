#pragma once

// The nested stack holding the backup infrastructure every CognitoUserBackup uses.
#include <cdk/backup/backup_vault.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/sns/topic_base.hpp>
#include <string>

namespace cdk_constructs {

/// Where cross-account copies go (example-app.md: fixed, not context).
struct BackupConfig {
  /// The backup account. Default: "111122223333".
  std::string backup_account_id = "111122223333";
  /// The backup account's region. Default: "us-west-2".
  std::string backup_region = "us-west-2";
  /// The vault in the backup account. Default: "CompactConnectBackupVault".
  std::string general_vault_name = "CompactConnectBackupVault";
};

/// Props of a BackupInfrastructureStack.
struct BackupInfrastructureStackProps {
  /// The topic the backup-job alarm notifies (usually in the parent stack). Required.
  cdk::sns::ITopic* alarm_topic = nullptr;
  /// The cross-account destination. Default: BackupConfig's defaults.
  BackupConfig backup_config{};
  /// Used in names and descriptions. Required.
  std::string environment_name{};
  /// Of the key and the vault. Default: RETAIN.
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
};

/// A nested stack (example-app.md, "BackupInfrastructureStack"): a local backup key and its
/// alias, the imported cross-account vault, the role AWS Backup assumes (copies restricted to
/// the cross-account vault), the locked local vault, and an alarm on failed backup jobs.
class BackupInfrastructureStack : public cdk::NestedStack {
 public:
  using Props = BackupInfrastructureStackProps;

  BackupInfrastructureStack(cdk::Scope scope, BackupInfrastructureStackProps props);

  cdk::kms::Key& local_backup_encryption_key() const noexcept { return *local_key_; }
  cdk::backup::IBackupVault& cross_account_backup_vault() const noexcept {
    return *cross_account_vault_;
  }
  cdk::iam::Role& backup_service_role() const noexcept { return *backup_service_role_; }
  cdk::backup::BackupVault& local_backup_vault() const noexcept { return *local_vault_; }

 private:
  cdk::kms::Key* local_key_ = nullptr;
  cdk::backup::IBackupVault* cross_account_vault_ = nullptr;
  cdk::iam::Role* backup_service_role_ = nullptr;
  cdk::backup::BackupVault* local_vault_ = nullptr;
};

}  // namespace cdk_constructs
