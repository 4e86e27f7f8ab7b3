#include <cdk/core/duration.hpp>
#include <cdk/core/errors.hpp>
#include <cdk_constructs/cross_account_backup_plan.hpp>
#include <fmt/format.h>

namespace cdk_constructs {
namespace {

void require(bool present, const char* prop, const cdk::Construct& construct) {
  if (!present) {
    throw cdk::ValidationError(
        fmt::format("CrossAccountBackupPlan needs {}: set it in its props", prop),
        construct.node().path());
  }
}

}  // namespace

CrossAccountBackupPlan::CrossAccountBackupPlan(
    cdk::Scope scope, CrossAccountBackupPlanProps props)
    : cdk::Construct(std::move(scope)) {
  require(props.backup_vault != nullptr, "backup_vault", *this);
  require(props.cross_account_backup_vault != nullptr, "cross_account_backup_vault", *this);
  require(!props.prefix.empty(), "prefix", *this);
  require(!props.resources.empty(), "resources", *this);
  require(props.role != nullptr, "role", *this);

  const auto delete_after = cdk::Duration::days(props.backup_policy.delete_after_days);
  const auto cold_after = cdk::Duration::days(props.backup_policy.cold_storage_after_days);
  backup_plan_ = &add<cdk::backup::BackupPlan>(
      "BackupPlan",
      {
          .backup_plan_name = props.prefix + "-BackupPlan",
          .backup_plan_rules = {cdk::backup::BackupPlanRule({
              .backup_vault = props.backup_vault,
              .copy_actions = {{
                  .delete_after = delete_after,
                  .destination_backup_vault = props.cross_account_backup_vault,
                  .move_to_cold_storage_after = cold_after,
              }},
              .delete_after = delete_after,
              .move_to_cold_storage_after = cold_after,
              .rule_name = props.prefix + "-Backup",
              .schedule_expression = cdk::events::Schedule::cron(props.backup_policy.schedule),
          })},
      });
  backup_selection_ = &add<cdk::backup::BackupSelection>(
      "BackupSelection",
      {
          .backup_plan = backup_plan_,
          .backup_selection_name = props.prefix + "-Selection",
          .resources = std::move(props.resources),
          .role = props.role,
      });
}

}  // namespace cdk_constructs
