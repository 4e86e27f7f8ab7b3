#pragma once

#include <cdk/core/construct.hpp>
#include <string>

namespace cdk::backup {

/// A backup plan (aws-cdk-lib's IBackupPlan): a construct with an id. BackupPlan and the plans
/// of BackupPlan::from_backup_plan_id implement it.
class IBackupPlan : public cdk::Construct {
 public:
  explicit IBackupPlan(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The plan's id (a token for plans of this app).
  virtual std::string backup_plan_id() const = 0;
};

}  // namespace cdk::backup
