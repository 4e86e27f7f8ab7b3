#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/principal.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {
class CfnResource;
}
namespace cdk::kms {
class IKey;
}
namespace cdk::sns {
class ITopic;
}

namespace cdk::backup {

/// A backup vault (aws-cdk-lib's IBackupVault): a construct with a name and an ARN. BackupVault
/// and the vaults of BackupVault::from_backup_vault_arn/_name implement it.
class IBackupVault : public cdk::Construct {
 public:
  explicit IBackupVault(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The vault's name (a token for vaults of this app).
  virtual std::string backup_vault_name() const = 0;
  /// The vault's ARN (a token for vaults of this app).
  virtual std::string backup_vault_arn() const = 0;
  /// Grants `actions` on this vault to `grantee` (a statement in the grantee's policy). Throws
  /// a ValidationError for an action with a wildcard, which vault access policies reject.
  cdk::iam::Grant grant(
      const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) const;
};

/// Vault events AWS Backup can notify about (aws-cdk-lib's BackupVaultEvents).
enum class BackupVaultEvents {
  backup_job_started,
  backup_job_completed,
  backup_job_successful,
  backup_job_failed,
  backup_job_expired,
  restore_job_started,
  restore_job_completed,
  restore_job_successful,
  restore_job_failed,
  copy_job_started,
  copy_job_successful,
  copy_job_failed,
  recovery_point_modified,
  backup_plan_created,
  backup_plan_modified,
  s3_backup_object_failed,
  s3_restore_object_failed,
};

/// AWS Backup Vault Lock (aws-cdk-lib's LockConfiguration), rendered in whole days.
struct LockConfiguration {
  /// How long before the lock becomes immutable, at least 72 hours. Default: none (governance
  /// mode: the lock can be removed).
  std::optional<cdk::Duration> changeable_for{};
  /// The longest retention a recovery point may have, at most 36500 days and more than
  /// min_retention. Default: none.
  std::optional<cdk::Duration> max_retention{};
  /// The shortest retention a recovery point may have, at least 1 day. Required.
  cdk::Duration min_retention;
};

/// Props of a BackupVault (aws-cdk-lib's BackupVaultProps).
struct BackupVaultProps {
  /// The vault's resource-based access policy; add_to_access_policy adds to it. Default: none.
  cdk::iam::PolicyDocument access_policy{};
  /// 2 to 50 of [a-zA-Z0-9-_]. Default: the last 50 characters of the vault's unique id.
  std::string backup_vault_name{};
  /// Deny everyone backup:DeleteRecoveryPoint and backup:UpdateRecoveryPointLifecycle in the
  /// access policy. Default: false.
  bool block_recovery_point_deletion = false;
  /// The key that encrypts the backups (non-owning). Default: an AWS-managed key.
  cdk::kms::IKey* encryption_key = nullptr;
  /// Vault Lock. Default: none.
  std::optional<LockConfiguration> lock_configuration{};
  /// The events sent to notification_topic. Default: all of them.
  std::vector<BackupVaultEvents> notification_events{};
  /// The topic that receives vault events (non-owning); the backup service is granted
  /// sns:Publish on it. Default: no notifications.
  cdk::sns::ITopic* notification_topic = nullptr;
  /// Default: RemovalPolicy::retain (aws-cdk-lib keeps vaults).
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
};

/// A backup vault (AWS::Backup::BackupVault; aws-cdk-lib's BackupVault).
class BackupVault : public IBackupVault {
 public:
  using Props = BackupVaultProps;

  BackupVault(cdk::Scope scope, BackupVaultProps props);

  /// An existing vault by ARN (arn:<partition>:backup:<region>:<account>:backup-vault:<name>),
  /// added under `scope` as `id`; its name is the ARN's resource name (Fn::Select/Fn::Split of
  /// a token ARN). Throws a ValidationError for an ARN of another format or without a name.
  static IBackupVault& from_backup_vault_arn(
      cdk::Construct& scope, const std::string& id, const std::string& backup_vault_arn);
  /// An existing vault of the scope's stack's account and region, by name.
  static IBackupVault& from_backup_vault_name(
      cdk::Construct& scope, const std::string& id, const std::string& backup_vault_name);

  /// {"Fn::GetAtt": [vault, "BackupVaultName"]}.
  std::string backup_vault_name() const override { return backup_vault_name_; }
  /// {"Fn::GetAtt": [vault, "BackupVaultArn"]}.
  std::string backup_vault_arn() const override { return backup_vault_arn_; }

  /// Adds a statement to the access policy (also after construction).
  void add_to_access_policy(const cdk::iam::PolicyStatement& statement);
  /// Adds the statement that denies everyone deleting recovery points or changing their
  /// lifecycle.
  void block_recovery_point_deletion();
  /// The access policy (statements added later still render).
  cdk::iam::PolicyDocument& access_policy() noexcept { return access_policy_; }

  /// The AWS::Backup::BackupVault resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

 private:
  cdk::iam::PolicyDocument access_policy_;
  cdk::CfnResource* resource_ = nullptr;
  std::string backup_vault_name_;
  std::string backup_vault_arn_;
};

/// True if `name` is a valid literal vault name (2 to 50 of [a-zA-Z0-9-_]) or a token.
bool is_valid_backup_vault_name(const std::string& name);

}  // namespace cdk::backup
