#pragma once

// The example's configuration: the context keys of docs' example-app.md ("Context") read and
// checked once, up front, plus the fixed backup settings that are not context.
#include <cdk/core/errors.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk_constructs/backup_infrastructure_stack.hpp>
#include <cdk_constructs/cross_account_backup_plan.hpp>
#include <optional>
#include <string>

namespace cdk {
class Construct;
}

namespace compact_connect {

/// Where cross-account copies of backups go (fixed, not context): the constructs' defaults.
using BackupConfig = cdk_constructs::BackupConfig;

/// The backup plan rule used for user-pool exports (fixed, not context): 03:00 UTC daily, an
/// hour after the exports; the constructs' defaults.
using BackupPolicy = cdk_constructs::BackupPolicy;

/// The configuration of one synthesis of the app.
struct AppConfig {
  /// Context `account`: a 12-digit account id; set together with region. Default: unset.
  std::optional<std::string> account{};
  /// Fixed: the cross-account vault.
  BackupConfig backup{};
  /// Context `backup_enabled`: false drops the nested backup stack and every
  /// CognitoUserBackup. Default: true.
  bool backup_enabled = true;
  /// Fixed: the plan rule of the user-pool backups.
  BackupPolicy backup_policy{};
  /// Context `environment_name`: letters, digits and '-'. Default: "sandbox".
  std::string environment_name = "sandbox";
  /// Context `provider_stacks`: how many provider stacks, 1 to 10000. Default: 1.
  int provider_stacks = 1;
  /// Context `region`: a region name such as "us-east-1"; set together with account.
  /// Default: unset.
  std::optional<std::string> region{};

  /// True for the production environment ("prod").
  bool is_prod() const noexcept { return environment_name == "prod"; }
  /// RETAIN for prod, DESTROY otherwise.
  cdk::RemovalPolicy removal_policy() const noexcept {
    return is_prod() ? cdk::RemovalPolicy::retain : cdk::RemovalPolicy::destroy;
  }
  /// The stacks' environment when account and region are set; nullopt means
  /// environment-agnostic stacks.
  std::optional<cdk::Environment> env() const;
};

/// A context value outside the rules of the example's context table.
class ContextError : public cdk::ValidationError {
 public:
  ContextError(std::string key, std::string value, std::string allowed);
  /// The context key, e.g. "provider_stacks".
  const std::string& key() const noexcept { return key_; }
  /// The value as given: strings as they are, other JSON values as JSON text.
  const std::string& value() const noexcept { return value_; }
  /// What the key accepts.
  const std::string& allowed() const noexcept { return allowed_; }

 private:
  std::string key_;
  std::string value_;
  std::string allowed_;
};

/// The largest accepted provider_stacks.
inline constexpr int max_provider_stacks = 10000;

/// Reads and checks the example's context as seen from `scope` (normally the App). Values may
/// be strings (`-c key=value`) or JSON values (cdk.json, CDK_CONTEXT_JSON: `false`, `3`).
/// Throws ContextError for the first value outside the rules.
AppConfig read_app_config(const cdk::Construct& scope);

}  // namespace compact_connect
