#pragma once

// The project's user pools (example-app.md, "User pools"): one common configuration, a staff
// and a provider variant, each with its CognitoUserBackup when backups are enabled.
#include <cdk/cognito/user_pool.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk_constructs/cognito_user_backup.hpp>
#include <optional>
#include <string>

namespace cdk_constructs {

/// What a pool's CognitoUserBackup needs besides the pool itself.
struct UserPoolBackupOptions {
  /// Receives the backup bucket's server access logs. Required.
  cdk::s3::IBucket* access_logs_bucket = nullptr;
  /// Notified when the export fails. Required.
  cdk::sns::ITopic* alarm_topic = nullptr;
  /// The vaults and the role of the backup plan. Required.
  BackupInfrastructureStack* backup_infrastructure_stack = nullptr;
  /// Default: BackupPolicy's defaults.
  BackupPolicy backup_policy{};
  /// Encrypts the backup bucket. Required.
  cdk::kms::IKey* encryption_key = nullptr;
  /// The directory of the export Lambda's code. Required.
  std::string export_lambda_code_dir{};
  /// Default: RETAIN.
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
};

/// Props of the common UserPool.
struct UserPoolProps {
  /// The pool's backup; unset: no backup. Default: unset.
  std::optional<UserPoolBackupOptions> backup{};
  /// Custom attributes, in rendering order. Default: none.
  cdk::cognito::CustomAttributes custom_attributes{};
  /// RETAIN also turns on deletion protection. Default: RETAIN.
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
  /// "staff" or "provider" (the backup's key prefix). Required when backup is set.
  std::string user_pool_type{};
};

/// A cognito::UserPool with the project's configuration: email sign-in (case-insensitive,
/// verified, required), MFA required by authenticator app, no self sign-up, email-only account
/// recovery, 12-character passwords with digits and lowercase letters. Adds the output
/// "<id>UserPoolId" and, with backup options, a CognitoUserBackup child "UserPoolBackup".
class UserPool : public cdk::cognito::UserPool {
 public:
  using Props = UserPoolProps;

  UserPool(cdk::Scope scope, UserPoolProps props);

  /// The pool's backup, or nullptr without backups.
  CognitoUserBackup* user_pool_backup() const noexcept { return user_pool_backup_; }

 private:
  UserPool(cdk::Scope&& scope, const UserPoolProps& props, std::string id);

  CognitoUserBackup* user_pool_backup_ = nullptr;
};

/// Props of StaffUsers and ProviderUsers.
struct UserPoolVariantProps {
  /// Default: no backup.
  std::optional<UserPoolBackupOptions> backup{};
  /// Default: RETAIN.
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
};

/// The staff pool: the common pool, user_pool_type "staff".
class StaffUsers : public UserPool {
 public:
  using Props = UserPoolVariantProps;
  StaffUsers(cdk::Scope scope, UserPoolVariantProps props);
};

/// The provider pool: the common pool with the immutable custom attributes providerId and
/// compact, user_pool_type "provider".
class ProviderUsers : public UserPool {
 public:
  using Props = UserPoolVariantProps;
  ProviderUsers(cdk::Scope scope, UserPoolVariantProps props);
};

}  // namespace cdk_constructs
