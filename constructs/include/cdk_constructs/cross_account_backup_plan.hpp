#pragma once

// A backup plan into a local vault with a copy to a vault of another account.
#include <cdk/backup/backup_plan.hpp>
#include <cdk/backup/backup_resource.hpp>
#include <cdk/backup/backup_selection.hpp>
#include <cdk/backup/backup_vault.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/events/schedule.hpp>
#include <cdk/iam/role.hpp>
#include <string>
#include <vector>

namespace cdk_constructs {

/// When backups run and how long recovery points live (example-app.md: daily at 03:00 UTC,
/// deleted after 730 days, moved to cold storage after 30).
struct BackupPolicy {
  /// Days before a recovery point moves to cold storage. Default: 30.
  int cold_storage_after_days = 30;
  /// Days before a recovery point is deleted (at least 90 more than cold storage). Default: 730.
  int delete_after_days = 730;
  /// The cron fields of the backup schedule. Default: 03:00 UTC every day.
  cdk::events::CronOptions schedule = {.hour = "3", .minute = "0"};
};

/// Props of a CrossAccountBackupPlan.
struct CrossAccountBackupPlanProps {
  /// The schedule and retention. Default: BackupPolicy's defaults.
  BackupPolicy backup_policy{};
  /// The vault of this account the plan backs up into. Required.
  cdk::backup::IBackupVault* backup_vault = nullptr;
  /// The vault of the backup account each recovery point is copied to. Required.
  cdk::backup::IBackupVault* cross_account_backup_vault = nullptr;
  /// Start of the plan, rule and selection names ("<prefix>-BackupPlan", "<prefix>-Backup",
  /// "<prefix>-Selection"); may hold tokens. Required.
  std::string prefix{};
  /// What to back up. Required (at least one).
  std::vector<cdk::backup::BackupResource> resources{};
  /// The role AWS Backup assumes. Required.
  cdk::iam::IRole* role = nullptr;
};

/// A backup plan with one rule (children "BackupPlan" and "BackupSelection"): the policy's
/// schedule into `backup_vault`, each recovery point copied to `cross_account_backup_vault`
/// with the same retention.
class CrossAccountBackupPlan : public cdk::Construct {
 public:
  using Props = CrossAccountBackupPlanProps;

  CrossAccountBackupPlan(cdk::Scope scope, CrossAccountBackupPlanProps props);

  cdk::backup::BackupPlan& backup_plan() const noexcept { return *backup_plan_; }
  cdk::backup::BackupSelection& backup_selection() const noexcept { return *backup_selection_; }

 private:
  cdk::backup::BackupPlan* backup_plan_ = nullptr;
  cdk::backup::BackupSelection* backup_selection_ = nullptr;
};

}  // namespace cdk_constructs
