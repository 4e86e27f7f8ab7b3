#pragma once

#include <cdk/backup/backup_plan_base.hpp>
#include <cdk/backup/backup_resource.hpp>
#include <cdk/core/construct.hpp>
#include <memory>
#include <string>
#include <vector>

namespace cdk {
class CfnResource;
}
namespace cdk::iam {
class IRole;
}

namespace cdk::backup {

/// Options of BackupPlan::add_selection (aws-cdk-lib's BackupSelectionOptions).
struct BackupSelectionOptions {
  /// Attach the AWS managed policy service-role/AWSBackupServiceRolePolicyForRestores to the
  /// role. Default: false.
  bool allow_restores = false;
  /// Default: the construct id.
  std::string backup_selection_name{};
  /// Don't attach service-role/AWSBackupServiceRolePolicyForBackup to the role. Default: false.
  bool disable_default_backup_policy = false;
  /// What to back up. Required (may be empty).
  std::vector<BackupResource> resources{};
  /// The role AWS Backup uses (non-owning); the managed policies above are attached to it.
  /// Default: a new role "Role" that backup.amazonaws.com assumes.
  cdk::iam::IRole* role = nullptr;
};

/// Props of a BackupSelection (aws-cdk-lib's BackupSelectionProps).
struct BackupSelectionProps {
  /// See BackupSelectionOptions.
  bool allow_restores = false;
  /// The plan the selection belongs to (non-owning). Required.
  IBackupPlan* backup_plan = nullptr;
  /// Default: the construct id.
  std::string backup_selection_name{};
  /// See BackupSelectionOptions.
  bool disable_default_backup_policy = false;
  /// What to back up. Required (may be empty).
  std::vector<BackupResource> resources{};
  /// See BackupSelectionOptions.
  cdk::iam::IRole* role = nullptr;
};

/// The resources a backup plan backs up (AWS::Backup::BackupSelection; aws-cdk-lib's
/// BackupSelection).
class BackupSelection : public cdk::Construct {
 public:
  using Props = BackupSelectionProps;

  BackupSelection(cdk::Scope scope, BackupSelectionProps props);
  ~BackupSelection() override;

  /// Adds a resource to back up (also after construction).
  void add_resource(const BackupResource& resource);

  /// {"Fn::GetAtt": [selection, "BackupPlanId"]}.
  std::string backup_plan_id() const;
  /// {"Fn::GetAtt": [selection, "SelectionId"]}.
  std::string selection_id() const;
  /// The role AWS Backup uses for this selection (the given one or the one created).
  cdk::iam::IRole& grant_principal() const noexcept { return *role_; }

  /// The AWS::Backup::BackupSelection resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

  /// The ARNs found below from_construct constructs (internal).
  class Collector;

 private:
  cdk::iam::IRole* role_ = nullptr;
  cdk::CfnResource* resource_ = nullptr;
  std::vector<std::string> resources_;
  std::vector<TagCondition> tags_;
  std::shared_ptr<Collector> collector_;
};

}  // namespace cdk::backup
