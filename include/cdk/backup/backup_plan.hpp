#pragma once

#include <cdk/backup/backup_plan_base.hpp>
#include <cdk/backup/backup_plan_rule.hpp>
#include <cdk/backup/backup_selection.hpp>
#include <cdk/backup/backup_vault.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk {
class CfnResource;
}

namespace cdk::backup {

/// Props of a BackupPlan (aws-cdk-lib's BackupPlanProps).
struct BackupPlanProps {
  /// Default: the construct id.
  std::string backup_plan_name{};
  /// Rules added at construction; add_rule adds more. Default: none (a plan needs at least
  /// one rule by synthesis).
  std::vector<BackupPlanRule> backup_plan_rules{};
  /// The vault of rules that name none (non-owning). Default: a BackupVault "Vault" created
  /// under the plan for the first such rule.
  IBackupVault* backup_vault = nullptr;
  /// Windows VSS backups of EC2 instances (AdvancedBackupSettings). Default: false.
  bool windows_vss = false;
};

/// A backup plan (AWS::Backup::BackupPlan; aws-cdk-lib's BackupPlan): rules, rendered at
/// synthesis so rules added later appear, and selections of what to back up.
class BackupPlan : public IBackupPlan {
 public:
  using Props = BackupPlanProps;

  BackupPlan(cdk::Scope scope, BackupPlanProps props);

  /// An existing plan by id, added under `scope` as `id`.
  static IBackupPlan& from_backup_plan_id(
      cdk::Construct& scope, const std::string& id, const std::string& backup_plan_id);
  /// A plan with the daily rule (kept 35 days).
  static BackupPlan& daily35_day_retention(
      cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault = nullptr);
  /// A plan with the daily and monthly-1-year rules.
  static BackupPlan& daily_monthly1_year_retention(
      cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault = nullptr);
  /// A plan with the daily, weekly and monthly-5-year rules.
  static BackupPlan& daily_weekly_monthly5_year_retention(
      cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault = nullptr);
  /// A plan with the daily, weekly and monthly-7-year rules.
  static BackupPlan& daily_weekly_monthly7_year_retention(
      cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault = nullptr);

  /// Adds a rule; its vault defaults to the plan's (created on first need).
  void add_rule(const BackupPlanRule& rule);
  /// Adds a BackupSelection child `id` for this plan.
  BackupSelection& add_selection(const std::string& id, BackupSelectionOptions options);

  /// {"Fn::GetAtt": [plan, "BackupPlanId"]}.
  std::string backup_plan_id() const override;
  /// {"Fn::GetAtt": [plan, "BackupPlanArn"]}.
  std::string backup_plan_arn() const;
  /// {"Fn::GetAtt": [plan, "VersionId"]}.
  std::string version_id() const;
  /// The plan's vault; throws a ValidationError if no rule has needed one yet.
  IBackupVault& backup_vault() const;

  /// The AWS::Backup::BackupPlan resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

 private:
  cdk::CfnResource* resource_ = nullptr;
  IBackupVault* backup_vault_ = nullptr;
  std::vector<nlohmann::ordered_json> rules_;
};

}  // namespace cdk::backup
