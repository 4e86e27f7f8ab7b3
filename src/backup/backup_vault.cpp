#include <fmt/format.h>

#include <cdk/backup/backup_vault.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/kms/key_base.hpp>
#include <cdk/sns/topic_base.hpp>
#include <cstdint>

#include "backup/detail/names.hpp"
#include "backup/detail/whole.hpp"
#include "core/detail/ascii.hpp"

namespace cdk::backup {
namespace {

using Json = nlohmann::ordered_json;

const char* event_name(BackupVaultEvents event) {
  switch (event) {
    case BackupVaultEvents::backup_job_started:
      return "BACKUP_JOB_STARTED";
    case BackupVaultEvents::backup_job_completed:
      return "BACKUP_JOB_COMPLETED";
    case BackupVaultEvents::backup_job_successful:
      return "BACKUP_JOB_SUCCESSFUL";
    case BackupVaultEvents::backup_job_failed:
      return "BACKUP_JOB_FAILED";
    case BackupVaultEvents::backup_job_expired:
      return "BACKUP_JOB_EXPIRED";
    case BackupVaultEvents::restore_job_started:
      return "RESTORE_JOB_STARTED";
    case BackupVaultEvents::restore_job_completed:
      return "RESTORE_JOB_COMPLETED";
    case BackupVaultEvents::restore_job_successful:
      return "RESTORE_JOB_SUCCESSFUL";
    case BackupVaultEvents::restore_job_failed:
      return "RESTORE_JOB_FAILED";
    case BackupVaultEvents::copy_job_started:
      return "COPY_JOB_STARTED";
    case BackupVaultEvents::copy_job_successful:
      return "COPY_JOB_SUCCESSFUL";
    case BackupVaultEvents::copy_job_failed:
      return "COPY_JOB_FAILED";
    case BackupVaultEvents::recovery_point_modified:
      return "RECOVERY_POINT_MODIFIED";
    case BackupVaultEvents::backup_plan_created:
      return "BACKUP_PLAN_CREATED";
    case BackupVaultEvents::backup_plan_modified:
      return "BACKUP_PLAN_MODIFIED";
    case BackupVaultEvents::s3_backup_object_failed:
      return "S3_BACKUP_OBJECT_FAILED";
    case BackupVaultEvents::s3_restore_object_failed:
      break;
  }
  return "S3_RESTORE_OBJECT_FAILED";
}

std::vector<BackupVaultEvents> all_events() {
  std::vector<BackupVaultEvents> out;
  for (int i = 0; i <= static_cast<int>(BackupVaultEvents::s3_restore_object_failed); ++i) {
    out.push_back(static_cast<BackupVaultEvents>(i));
  }
  return out;
}

using detail::whole;

// aws-cdk-lib's renderLockConfiguration: checks in its order, then whole days.
Json lock_configuration(const LockConfiguration& config, const std::string& path) {
  if (config.changeable_for && config.changeable_for->to_hours() < 72) {
    throw ValidationError(
        fmt::format(
            "AWS Backup enforces a 72-hour cooling-off period before Vault Lock takes effect and "
            "becomes immutable, got {} hours\n"
            "    fix: set .lock_configuration.changeable_for to at least cdk::Duration::hours(72)",
            whole(config.changeable_for->to_hours())),
        path);
  }
  if (config.max_retention) {
    const double max_days = config.max_retention->to_days();
    if (max_days > 36500) {
      throw ValidationError(
          fmt::format(
              "The longest maximum retention period you can specify is 36500 days, got {} days\n"
              "    fix: set .lock_configuration.max_retention to at most cdk::Duration::days(36500)",
              whole(max_days)),
          path);
    }
    const double min_days = config.min_retention.to_days();
    if (max_days <= min_days) {
      throw ValidationError(
          fmt::format(
              "The maximum retention period ({} days) must be greater than the minimum retention "
              "period ({} days)\n"
              "    fix: raise .lock_configuration.max_retention or lower .min_retention",
              whole(max_days),
              whole(min_days)),
          path);
    }
  }
  if (config.min_retention.to_hours() < 24) {
    throw ValidationError(
        fmt::format(
            "The shortest minimum retention period you can specify is 1 day, got {} hours\n"
            "    fix: set .lock_configuration.min_retention to at least cdk::Duration::days(1)",
            whole(config.min_retention.to_hours())),
        path);
  }
  Json out = Json::object();
  if (config.changeable_for) out["ChangeableForDays"] = whole(config.changeable_for->to_days());
  if (config.max_retention) out["MaxRetentionDays"] = whole(config.max_retention->to_days());
  out["MinRetentionDays"] = whole(config.min_retention.to_days());
  return out;
}

// A vault of BackupVault::from_backup_vault_arn: a name and an ARN, no resource.
class ImportedBackupVault final : public IBackupVault {
 public:
  struct Props {
    std::string arn{};
    std::string name{};
  };
  ImportedBackupVault(cdk::Scope scope, Props props)
      : IBackupVault(std::move(scope)), arn_(std::move(props.arn)), name_(std::move(props.name)) {}
  std::string backup_vault_name() const override { return name_; }
  std::string backup_vault_arn() const override { return arn_; }

 private:
  std::string arn_;
  std::string name_;
};

}  // namespace

bool is_valid_backup_vault_name(const std::string& name) {
  // aws-cdk-lib's /^[a-zA-Z0-9\-_]{2,50}$/
  if (Token::is_unresolved(name)) return true;
  return name.size() >= 2 && name.size() <= 50 && cdk::detail::only_alphanumerics_or(name, "-_");
}

cdk::iam::Grant IBackupVault::grant(
    const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) const {
  for (const auto& action : actions) {
    if (action.find('*') == std::string::npos) continue;
    throw ValidationError(
        "AWS Backup access policies don't support a wildcard in the Action key. (got \"" + action +
            "\")\n    fix: list the actions one by one",
        node().path());
  }
  return cdk::iam::Grant::add_to_principal(
      {.actions = actions, .grantee = grantee, .resource_arns = {backup_vault_arn()}});
}

BackupVault::BackupVault(cdk::Scope scope, BackupVaultProps props)
    : IBackupVault(std::move(scope)), access_policy_(std::move(props.access_policy)) {
  const std::string& path = node().path();
  if (!props.backup_vault_name.empty() && !is_valid_backup_vault_name(props.backup_vault_name)) {
    throw ValidationError(
        "Expected vault name to match pattern `^[a-zA-Z0-9-_]{2,50}$` (got \"" +
            props.backup_vault_name +
            "\")\n    fix: use 2 to 50 letters, digits, '-' or '_' in .backup_vault_name",
        path);
  }
  Json notifications = Json(Json::value_t::discarded);
  if (props.notification_topic != nullptr) {
    Json events = Json::array();
    const auto chosen =
        props.notification_events.empty() ? all_events() : props.notification_events;
    for (auto event : chosen) events.push_back(event_name(event));
    notifications = {
        {"BackupVaultEvents", std::move(events)},
        {"SNSTopicArn", props.notification_topic->topic_arn()},
    };
    props.notification_topic->grant_publish(cdk::iam::ServicePrincipal("backup.amazonaws.com"));
  }
  if (props.block_recovery_point_deletion) block_recovery_point_deletion();
  Json lock = props.lock_configuration ? lock_configuration(*props.lock_configuration, path)
                                       : Json(Json::value_t::discarded);

  Json properties = Json::object();
  properties["AccessPolicy"] = access_policy_.to_json(*this);
  if (props.backup_vault_name.empty()) {
    // aws-cdk-lib's uniqueVaultName: the last 50 characters of the unique id.
    const std::string id = detail::node_unique_id(*this);
    properties["BackupVaultName"] = id.size() > 50 ? id.substr(id.size() - 50) : id;
  } else {
    properties["BackupVaultName"] = props.backup_vault_name;
  }
  if (props.encryption_key != nullptr) {
    properties["EncryptionKeyArn"] = props.encryption_key->key_arn();
  }
  if (!lock.is_discarded()) properties["LockConfiguration"] = std::move(lock);
  if (!notifications.is_discarded()) properties["Notifications"] = std::move(notifications);

  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties = std::move(properties),
          .tagging = cdk::TagSpec{.property = "BackupVaultTags", .type = cdk::TagType::map},
          .type = "AWS::Backup::BackupVault",
      });
  resource_->apply_removal_policy(props.removal_policy);
  backup_vault_name_ = resource_->get_att("BackupVaultName");
  backup_vault_arn_ = resource_->get_att("BackupVaultArn");
}

IBackupVault& BackupVault::from_backup_vault_arn(
    cdk::Construct& scope, const std::string& id, const std::string& backup_vault_arn) {
  const auto parsed =
      cdk::Stack::of(scope).split_arn(backup_vault_arn, cdk::ArnFormat::colon_resource_name);
  const std::string where = scope.node().path();
  if (parsed.arn_format != cdk::ArnFormat::colon_resource_name) {
    throw ValidationError(
        "Backup Vault Arn " + backup_vault_arn +
            " has the wrong format, expected arn:aws:service:region:account:resource:resourceName."
            "\n    fix: pass arn:<partition>:backup:<region>:<account>:backup-vault:<name>",
        where);
  }
  if (!parsed.resource_name || parsed.resource_name->empty()) {
    throw ValidationError(
        "Backup Vault Arn " + backup_vault_arn +
            " does not have a resource name.\n    fix: end the ARN with :backup-vault:<name>",
        where);
  }
  return scope.add<ImportedBackupVault>(
      id, {.arn = backup_vault_arn, .name = *parsed.resource_name});
}

IBackupVault& BackupVault::from_backup_vault_name(
    cdk::Construct& scope, const std::string& id, const std::string& backup_vault_name) {
  const std::string arn = cdk::Stack::of(scope).format_arn({
      .arn_format = cdk::ArnFormat::colon_resource_name,
      .resource = "backup-vault",
      .resource_name = backup_vault_name,
      .service = "backup",
  });
  return from_backup_vault_arn(scope, id, arn);
}

void BackupVault::add_to_access_policy(const cdk::iam::PolicyStatement& statement) {
  access_policy_.add_statements(statement);
}

void BackupVault::block_recovery_point_deletion() {
  add_to_access_policy(cdk::iam::PolicyStatement({
      .actions = {"backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"},
      .effect = cdk::iam::Effect::deny,
      .principals = {cdk::iam::AnyPrincipal()},
      .resources = {"*"},
  }));
}

}  // namespace cdk::backup
