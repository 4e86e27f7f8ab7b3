#pragma once

#include <cdk/core/duration.hpp>
#include <cdk/events/schedule.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk::backup {

class IBackupVault;

/// A copy of each recovery point to another vault (aws-cdk-lib's BackupPlanCopyActionProps).
struct BackupPlanCopyActionProps {
  /// When the copy expires; at least 90 days after move_to_cold_storage_after when both are
  /// set. Default: never.
  std::optional<cdk::Duration> delete_after{};
  /// The vault the copy goes to (non-owning). Required.
  IBackupVault* destination_backup_vault = nullptr;
  /// When the copy moves to cold storage. Default: never.
  std::optional<cdk::Duration> move_to_cold_storage_after{};
};

/// Props of a BackupPlanRule (aws-cdk-lib's BackupPlanRuleProps).
struct BackupPlanRuleProps {
  /// The vault the backups go to (non-owning). Default: the plan's vault.
  IBackupVault* backup_vault = nullptr;
  /// How long after starting a backup job must complete (whole minutes). Default: AWS Backup's
  /// (8 hours; not rendered).
  std::optional<cdk::Duration> completion_window{};
  /// Copies to other vaults. Default: none.
  std::vector<BackupPlanCopyActionProps> copy_actions{};
  /// When recovery points expire, not before move_to_cold_storage_after. Default: never (35
  /// days with continuous backup).
  std::optional<cdk::Duration> delete_after{};
  /// Point-in-time recovery; needs delete_after from 1 to 35 days and no cold storage.
  /// Default: not rendered (off).
  std::optional<bool> enable_continuous_backup{};
  /// When recovery points move to cold storage. Default: never.
  std::optional<cdk::Duration> move_to_cold_storage_after{};
  /// Default: "<plan id>Rule<index>".
  std::string rule_name{};
  /// A cron schedule (events::Schedule::cron). Default: AWS Backup's (daily at 05:00 UTC; not
  /// rendered).
  std::optional<cdk::events::Schedule> schedule_expression{};
  /// How long after the scheduled time a job may start (whole minutes). Default: AWS Backup's
  /// (8 hours; not rendered).
  std::optional<cdk::Duration> start_window{};
};

/// One rule of a backup plan (aws-cdk-lib's BackupPlanRule): when to back up, to which vault,
/// how long to keep the recovery points and where to copy them.
class BackupPlanRule {
 public:
  /// Checks the props as aws-cdk-lib does and throws a cdk::ValidationError (without a path:
  /// a rule is not a construct) for delete_after before move_to_cold_storage_after, a schedule
  /// that is not cron, continuous backup with cold storage or with delete_after outside 1..35
  /// days, and a copy action deleted less than 90 days after its move to cold storage.
  explicit BackupPlanRule(BackupPlanRuleProps props = {});

  /// "Daily": at 05:00 UTC, kept 35 days.
  static BackupPlanRule daily(IBackupVault* backup_vault = nullptr);
  /// "Weekly": Saturdays at 05:00 UTC, kept 90 days.
  static BackupPlanRule weekly(IBackupVault* backup_vault = nullptr);
  /// "Monthly1Year": the 1st at 05:00 UTC, cold after 30 days, kept 365 days.
  static BackupPlanRule monthly1_year(IBackupVault* backup_vault = nullptr);
  /// "Monthly5Year": the 1st at 05:00 UTC, cold after 90 days, kept 5 * 365 days.
  static BackupPlanRule monthly5_year(IBackupVault* backup_vault = nullptr);
  /// "Monthly7Year": the 1st at 05:00 UTC, cold after 90 days, kept 7 * 365 days.
  static BackupPlanRule monthly7_year(IBackupVault* backup_vault = nullptr);

  /// The props, delete_after defaulted to 35 days for continuous backup.
  const BackupPlanRuleProps& props() const noexcept { return props_; }

 private:
  BackupPlanRuleProps props_;
};

}  // namespace cdk::backup
