#include <fmt/format.h>

#include <cdk/backup/backup_plan_rule.hpp>
#include <cdk/core/errors.hpp>
#include <cstdint>

namespace cdk::backup {
namespace {

using cdk::Duration;

// aws-cdk-lib's BackupPlanRule errors are UnscopedValidationErrors: a rule is not a construct.
[[noreturn]] void fail(const std::string& message) { throw ValidationError(message, ""); }

std::int64_t days(const Duration& duration) {
  return static_cast<std::int64_t>(duration.to_days());
}

}  // namespace

BackupPlanRule::BackupPlanRule(BackupPlanRuleProps props) : props_(std::move(props)) {
  if (props_.delete_after && props_.move_to_cold_storage_after &&
      props_.delete_after->to_days() < props_.move_to_cold_storage_after->to_days()) {
    fail(fmt::format(
        "`deleteAfter` must be greater than `moveToColdStorageAfter` (got delete_after {} and "
        "move_to_cold_storage_after {})\n"
        "    fix: delete the recovery points after they move to cold storage",
        props_.delete_after->to_human_string(),
        props_.move_to_cold_storage_after->to_human_string()));
  }
  if (props_.schedule_expression &&
      props_.schedule_expression->expression_string().rfind("cron", 0) != 0) {
    fail(fmt::format(
        "`scheduleExpression` must be of type `cron` (got \"{}\")\n"
        "    fix: use events::Schedule::cron",
        props_.schedule_expression->expression_string()));
  }
  const bool continuous = props_.enable_continuous_backup.value_or(false);
  if (continuous && props_.move_to_cold_storage_after) {
    fail(
        "`moveToColdStorageAfter` must not be specified if `enableContinuousBackup` is enabled\n"
        "    fix: drop .move_to_cold_storage_after, or turn continuous backup off");
  }
  if (continuous && props_.delete_after &&
      (props_.delete_after->to_days() < 1 || props_.delete_after->to_days() > 35)) {
    fail(fmt::format(
        "'deleteAfter' must be between 1 and 35 days if 'enableContinuousBackup' is enabled, but "
        "got {}\n"
        "    fix: set .delete_after between cdk::Duration::days(1) and cdk::Duration::days(35)",
        props_.delete_after->to_human_string()));
  }
  for (const auto& copy : props_.copy_actions) {
    if (copy.destination_backup_vault == nullptr) {
      fail(
          "a copy action needs a destination_backup_vault (got nullptr)\n"
          "    fix: set .destination_backup_vault to the vault the copies go to");
    }
    if (copy.delete_after && copy.move_to_cold_storage_after &&
        copy.delete_after->to_days() < copy.move_to_cold_storage_after->to_days() + 90) {
      fail(fmt::format(
          "'deleteAfter' must at least 90 days later than corresponding 'moveToColdStorageAfter'\n"
          "received 'deleteAfter: {}' and 'moveToColdStorageAfter: {}'\n"
          "    fix: keep copies at least 90 days in cold storage",
          days(*copy.delete_after),
          days(*copy.move_to_cold_storage_after)));
    }
  }
  if (continuous && !props_.delete_after) props_.delete_after = Duration::days(35);
}

BackupPlanRule BackupPlanRule::daily(IBackupVault* backup_vault) {
  return BackupPlanRule({
      .backup_vault = backup_vault,
      .delete_after = Duration::days(35),
      .rule_name = "Daily",
      .schedule_expression = events::Schedule::cron({.hour = "5", .minute = "0"}),
  });
}

BackupPlanRule BackupPlanRule::weekly(IBackupVault* backup_vault) {
  return BackupPlanRule({
      .backup_vault = backup_vault,
      .delete_after = Duration::days(90),
      .rule_name = "Weekly",
      .schedule_expression =
          events::Schedule::cron({.hour = "5", .minute = "0", .week_day = "SAT"}),
  });
}

BackupPlanRule BackupPlanRule::monthly1_year(IBackupVault* backup_vault) {
  return BackupPlanRule({
      .backup_vault = backup_vault,
      .delete_after = Duration::days(365),
      .move_to_cold_storage_after = Duration::days(30),
      .rule_name = "Monthly1Year",
      .schedule_expression = events::Schedule::cron({.day = "1", .hour = "5", .minute = "0"}),
  });
}

BackupPlanRule BackupPlanRule::monthly5_year(IBackupVault* backup_vault) {
  return BackupPlanRule({
      .backup_vault = backup_vault,
      .delete_after = Duration::days(365 * 5),
      .move_to_cold_storage_after = Duration::days(90),
      .rule_name = "Monthly5Year",
      .schedule_expression = events::Schedule::cron({.day = "1", .hour = "5", .minute = "0"}),
  });
}

BackupPlanRule BackupPlanRule::monthly7_year(IBackupVault* backup_vault) {
  return BackupPlanRule({
      .backup_vault = backup_vault,
      .delete_after = Duration::days(365 * 7),
      .move_to_cold_storage_after = Duration::days(90),
      .rule_name = "Monthly7Year",
      .schedule_expression = events::Schedule::cron({.day = "1", .hour = "5", .minute = "0"}),
  });
}

}  // namespace cdk::backup
