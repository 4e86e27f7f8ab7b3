#include <cdk/backup/backup_plan.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cstdint>

#include "backup/detail/whole.hpp"
#include "core/detail/json_object.hpp"

namespace cdk::backup {
namespace {

using Json = nlohmann::ordered_json;

using detail::whole;

// {DeleteAfterDays, MoveToColdStorageAfterDays}, or nothing when neither is set.
Json lifecycle(
    const std::optional<cdk::Duration>& delete_after,
    const std::optional<cdk::Duration>& move_to_cold_storage_after) {
  Json out = Json::object();
  if (delete_after) out["DeleteAfterDays"] = whole(delete_after->to_days());
  if (move_to_cold_storage_after) {
    out["MoveToColdStorageAfterDays"] = whole(move_to_cold_storage_after->to_days());
  }
  return out;
}

// An existing plan of BackupPlan::from_backup_plan_id.
class ImportedBackupPlan final : public IBackupPlan {
 public:
  struct Props {
    std::string id{};
  };
  ImportedBackupPlan(cdk::Scope scope, Props props)
      : IBackupPlan(std::move(scope)), id_(std::move(props.id)) {}
  std::string backup_plan_id() const override { return id_; }

 private:
  std::string id_;
};

}  // namespace

BackupPlan::BackupPlan(cdk::Scope scope, BackupPlanProps props)
    : IBackupPlan(std::move(scope)), backup_vault_(props.backup_vault) {
  Json plan = Json::object();
  if (props.windows_vss) {
    plan["AdvancedBackupSettings"] = Json::array(
        {{{"BackupOptions", {{"WindowsVSS", "enabled"}}}, {"ResourceType", "EC2"}}});
  }
  plan["BackupPlanName"] =
      props.backup_plan_name.empty() ? node().id() : props.backup_plan_name;
  // Rules render at synthesis, so add_rule after construction still counts.
  plan["BackupPlanRule"] = cdk::Lazy::uncached_any(
      *this,
      [this] {
        Json rules = Json::array();
        for (const auto& rule : rules_) rules.push_back(rule);
        return rules;
      },
      {.concurrent = true});
  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties = {{"BackupPlan", std::move(plan)}},
          .tagging = cdk::TagSpec{.property = "BackupPlanTags", .type = cdk::TagType::map},
          .type = "AWS::Backup::BackupPlan",
      });
  for (const auto& rule : props.backup_plan_rules) add_rule(rule);
  node().add_validation([this]() -> std::vector<std::string> {
    if (!rules_.empty()) return {};
    return {
        "A backup plan must have at least 1 rule.\n"
        "    fix: pass .backup_plan_rules or call add_rule"};
  });
}

IBackupPlan& BackupPlan::from_backup_plan_id(
    cdk::Construct& scope, const std::string& id, const std::string& backup_plan_id) {
  return scope.add<ImportedBackupPlan>(id, {.id = backup_plan_id});
}

BackupPlan& BackupPlan::daily35_day_retention(
    cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault) {
  auto& plan = scope.add<BackupPlan>(id, {.backup_vault = backup_vault});
  plan.add_rule(BackupPlanRule::daily());
  return plan;
}

BackupPlan& BackupPlan::daily_monthly1_year_retention(
    cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault) {
  auto& plan = scope.add<BackupPlan>(id, {.backup_vault = backup_vault});
  plan.add_rule(BackupPlanRule::daily());
  plan.add_rule(BackupPlanRule::monthly1_year());
  return plan;
}

BackupPlan& BackupPlan::daily_weekly_monthly5_year_retention(
    cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault) {
  auto& plan = scope.add<BackupPlan>(id, {.backup_vault = backup_vault});
  plan.add_rule(BackupPlanRule::daily());
  plan.add_rule(BackupPlanRule::weekly());
  plan.add_rule(BackupPlanRule::monthly5_year());
  return plan;
}

BackupPlan& BackupPlan::daily_weekly_monthly7_year_retention(
    cdk::Construct& scope, const std::string& id, IBackupVault* backup_vault) {
  auto& plan = scope.add<BackupPlan>(id, {.backup_vault = backup_vault});
  plan.add_rule(BackupPlanRule::daily());
  plan.add_rule(BackupPlanRule::weekly());
  plan.add_rule(BackupPlanRule::monthly7_year());
  return plan;
}

void BackupPlan::add_rule(const BackupPlanRule& rule) {
  const BackupPlanRuleProps& props = rule.props();
  IBackupVault* vault = props.backup_vault;
  if (vault == nullptr) {
    if (backup_vault_ == nullptr) backup_vault_ = &add<BackupVault>("Vault");
    vault = backup_vault_;
  }
  // Keys in CloudFormation-name order, as the generated CfnBackupPlan renders them.
  Json out = cdk::detail::object_with_room(8);  // room for the keys below
  if (props.completion_window) {
    out["CompletionWindowMinutes"] = whole(props.completion_window->to_minutes());
  }
  if (!props.copy_actions.empty()) {
    Json copies = Json::array();
    for (const auto& copy : props.copy_actions) {
      Json action = {{"DestinationBackupVaultArn", copy.destination_backup_vault->backup_vault_arn()}};
      Json life = lifecycle(copy.delete_after, copy.move_to_cold_storage_after);
      if (!life.empty()) action["Lifecycle"] = std::move(life);
      copies.push_back(std::move(action));
    }
    out["CopyActions"] = std::move(copies);
  }
  if (props.enable_continuous_backup) out["EnableContinuousBackup"] = *props.enable_continuous_backup;
  Json life = lifecycle(props.delete_after, props.move_to_cold_storage_after);
  if (!life.empty()) out["Lifecycle"] = std::move(life);
  out["RuleName"] = props.rule_name.empty()
                        ? node().id() + "Rule" + std::to_string(rules_.size())
                        : props.rule_name;
  if (props.schedule_expression) {
    out["ScheduleExpression"] = props.schedule_expression->expression_string();
  }
  if (props.start_window) out["StartWindowMinutes"] = whole(props.start_window->to_minutes());
  out["TargetBackupVault"] = vault->backup_vault_name();
  rules_.push_back(std::move(out));
}

BackupSelection& BackupPlan::add_selection(const std::string& id, BackupSelectionOptions options) {
  return add<BackupSelection>(
      id,
      {
          .allow_restores = options.allow_restores,
          .backup_plan = this,
          .backup_selection_name = std::move(options.backup_selection_name),
          .disable_default_backup_policy = options.disable_default_backup_policy,
          .resources = std::move(options.resources),
          .role = options.role,
      });
}

std::string BackupPlan::backup_plan_id() const { return resource_->get_att("BackupPlanId"); }

std::string BackupPlan::backup_plan_arn() const { return resource_->get_att("BackupPlanArn"); }

std::string BackupPlan::version_id() const { return resource_->get_att("VersionId"); }

IBackupVault& BackupPlan::backup_vault() const {
  if (backup_vault_ == nullptr) {
    throw ValidationError(
        "No backup vault! (the plan has no backup_vault and no rule has needed one yet)\n"
        "    fix: set .backup_vault, or add a rule first",
        node().path());
  }
  return *backup_vault_;
}

}  // namespace cdk::backup
