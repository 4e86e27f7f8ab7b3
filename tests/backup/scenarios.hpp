#pragma once

// The scenarios of tests/parity/backup.js (aws-cdk-lib 2.276.0), built with cdkpp. Each
// returns the stacks whose templates the reference holds, in its order.

#include <cdk/backup/backup_plan.hpp>
#include <cdk/backup/backup_selection.hpp>
#include <cdk/backup/backup_vault.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/events/schedule.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/managed_policy.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/alias.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/kms/key_base.hpp>
#include <cdk/sns/topic.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace cdk::test {

using BackupScenario = std::function<std::vector<cdk::Stack*>(cdk::App&)>;

namespace backup_scenarios_detail {

namespace backup = cdk::backup;
namespace iam = cdk::iam;
using cdk::Duration;

inline std::vector<cdk::Stack*> single(cdk::App& app, const std::function<void(cdk::Stack&)>& build) {
  auto& stack = app.add<cdk::Stack>("Stack");
  build(stack);
  return {&stack};
}

// A stand-in for an L2 bucket: a construct with an AWS::S3::Bucket "Resource" child.
struct Bucket {
  cdk::Construct* group;
  std::string name;
  std::string arn;
};

inline Bucket bucket(cdk::Construct& scope, const std::string& id) {
  auto& group = scope.add<cdk::Construct>(id);
  auto& resource = group.add<cdk::CfnResource>("Resource", {.type = "AWS::S3::Bucket"});
  return {&group, resource.ref(), resource.get_att("Arn")};
}

inline std::vector<cdk::Stack*> vault_full(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& vault = stack.add<backup::BackupVault>(
        "Vault",
        {
            .access_policy = iam::PolicyDocument({.statements = {iam::PolicyStatement({
                                                      .actions = {"backup:DeleteBackupVault"},
                                                      .effect = iam::Effect::deny,
                                                      .principals = {iam::AnyPrincipal()},
                                                      .resources = {"*"},
                                                  })}}),
            .backup_vault_name = "my_vault-1",
            .block_recovery_point_deletion = true,
            .lock_configuration =
                backup::LockConfiguration{
                    .changeable_for = Duration::days(3),
                    .max_retention = Duration::days(3650),
                    .min_retention = Duration::days(7),
                },
            .removal_policy = cdk::RemovalPolicy::destroy,
        });
    vault.add_to_access_policy(iam::PolicyStatement({
        .actions = {"backup:DescribeBackupVault"},
        .principals = {iam::ArnPrincipal("arn:aws:iam::123456789012:root")},
        .resources = {vault.backup_vault_arn()},
        .sid = "Later",
    }));
    stack.add<cdk::CfnOutput>("Name", {.value = vault.backup_vault_name()});
    stack.add<cdk::CfnOutput>("Arn", {.value = vault.backup_vault_arn()});
  });
}

inline std::vector<cdk::Stack*> vault_imports(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& by_name = backup::BackupVault::from_backup_vault_name(stack, "ByName", "other-vault");
    auto& by_arn = backup::BackupVault::from_backup_vault_arn(
        stack, "ByArn", "arn:aws:backup:eu-west-1:123456789012:backup-vault:literal");
    auto& param = stack.add<cdk::CfnParameter>("VaultArn");
    auto& by_token =
        backup::BackupVault::from_backup_vault_arn(stack, "ByToken", param.value_as_string());
    for (auto [id, vault] : std::vector<std::pair<std::string, backup::IBackupVault*>>{
             {"ByName", &by_name}, {"ByArn", &by_arn}, {"ByToken", &by_token}}) {
      stack.add<cdk::CfnOutput>(id + "Name", {.value = vault->backup_vault_name()});
      stack.add<cdk::CfnOutput>(id + "VaultArn", {.value = vault->backup_vault_arn()});
    }
  });
}

inline std::vector<cdk::Stack*> vault_grants(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Producer");
  auto& vault = stack.add<backup::BackupVault>("Vault");
  auto& role =
      stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  vault.grant(role, {"backup:StartBackupJob", "backup:DescribeBackupVault"});
  auto& imported = backup::BackupVault::from_backup_vault_name(stack, "Imported", "other");
  imported.grant(role, {"backup:ListRecoveryPointsByBackupVault"});
  auto& consumer = app.add<cdk::Stack>("Consumer");
  auto& consumer_role = consumer.add<iam::Role>(
      "Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  vault.grant(consumer_role, {"backup:StartBackupJob"});
  return {&stack, &consumer};
}

inline std::vector<cdk::Stack*> plan_default_vault(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& plan = stack.add<backup::BackupPlan>("Plan");
    plan.add_rule(backup::BackupPlanRule());
    plan.add_rule(backup::BackupPlanRule(
        {.schedule_expression = cdk::events::Schedule::cron({.hour = "3", .minute = "0"})}));
    stack.add<cdk::CfnOutput>("PlanId", {.value = plan.backup_plan_id()});
    stack.add<cdk::CfnOutput>("PlanArn", {.value = plan.backup_plan_arn()});
    stack.add<cdk::CfnOutput>("VersionId", {.value = plan.version_id()});
    stack.add<cdk::CfnOutput>("VaultName", {.value = plan.backup_vault().backup_vault_name()});
  });
}

inline std::vector<cdk::Stack*> plan_full_rule(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& vault = stack.add<backup::BackupVault>("Vault", {.backup_vault_name = "main"});
    auto& other = stack.add<backup::BackupVault>("Other", {.backup_vault_name = "other"});
    auto& plan =
        stack.add<backup::BackupPlan>("Plan", {.backup_plan_name = "full", .backup_vault = &vault});
    plan.add_rule(backup::BackupPlanRule({
        .completion_window = Duration::hours(3),
        .copy_actions =
            {
                {.delete_after = Duration::days(200),
                 .destination_backup_vault = &other,
                 .move_to_cold_storage_after = Duration::days(110)},
                {.destination_backup_vault = &other},
                {.delete_after = Duration::days(30), .destination_backup_vault = &other},
            },
        .delete_after = Duration::days(400),
        .move_to_cold_storage_after = Duration::days(100),
        .rule_name = "Everything",
        .schedule_expression = cdk::events::Schedule::cron(
            {.day = "15", .hour = "1", .minute = "30", .month = "*/2"}),
        .start_window = Duration::hours(1),
    }));
    plan.add_rule(backup::BackupPlanRule({.backup_vault = &other, .delete_after = Duration::days(10)}));
    plan.add_rule(backup::BackupPlanRule({.move_to_cold_storage_after = Duration::days(10)}));
    plan.add_rule(backup::BackupPlanRule({.enable_continuous_backup = true}));
    plan.add_rule(backup::BackupPlanRule(
        {.delete_after = Duration::days(7), .enable_continuous_backup = true, .rule_name = "PITR"}));
  });
}

inline std::vector<cdk::Stack*> plan_presets(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& vault = stack.add<backup::BackupVault>("Vault", {.backup_vault_name = "presets"});
    backup::BackupPlan::daily35_day_retention(stack, "Daily", &vault);
    backup::BackupPlan::daily_monthly1_year_retention(stack, "DailyMonthly", &vault);
    backup::BackupPlan::daily_weekly_monthly5_year_retention(stack, "Five", &vault);
    backup::BackupPlan::daily_weekly_monthly7_year_retention(stack, "Seven");
  });
}

inline std::vector<cdk::Stack*> selection_default_role(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& plan = backup::BackupPlan::daily35_day_retention(stack, "Plan");
    const Bucket b = bucket(stack, "Bucket");
    plan.add_selection(
        "Selection",
        {.resources = {
             backup::BackupResource::from_arn(b.arn),
             backup::BackupResource::from_tag("stage", "prod"),
             backup::BackupResource::from_tag("team", "a*", backup::TagOperation::string_equals),
             backup::BackupResource::from_arn("arn:aws:s3:::literal-bucket"),
         }});
    plan.add_selection(
        "Restores",
        {.allow_restores = true,
         .backup_selection_name = "restorable",
         .resources = {backup::BackupResource::from_tag("stage", "dev")}});
    plan.add_selection(
        "NoDefaultPolicy",
        {.disable_default_backup_policy = true,
         .resources = {backup::BackupResource::from_arn(b.arn)}});
  });
}

inline std::vector<cdk::Stack*> selection_given_role(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& plan = backup::BackupPlan::daily35_day_retention(stack, "Plan");
    auto& role = stack.add<iam::Role>(
        "BackupRole", {.assumed_by = iam::ServicePrincipal("backup.amazonaws.com")});
    auto& selection = stack.add<backup::BackupSelection>(
        "Selection",
        {
            .allow_restores = true,
            .backup_plan = &plan,
            .resources = {backup::BackupResource::from_arn(
                "arn:aws:dynamodb:us-east-1:123456789012:table/t")},
            .role = &role,
        });
    stack.add<cdk::CfnOutput>("SelectionId", {.value = selection.selection_id()});
    stack.add<cdk::CfnOutput>("SelectionPlanId", {.value = selection.backup_plan_id()});
  });
}

inline std::vector<cdk::Stack*> selection_from_construct(cdk::App& app) {
  return single(app, [](cdk::Stack& stack) {
    auto& plan = backup::BackupPlan::daily35_day_retention(stack, "Plan");
    auto& group = stack.add<cdk::Construct>("Data");
    group.add<cdk::CfnResource>(
        "Table",
        {.properties =
             {
                 {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
                 {"BillingMode", "PAY_PER_REQUEST"},
                 {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
             },
         .type = "AWS::DynamoDB::Table"});
    group.add<cdk::Construct>("Nested").add<cdk::CfnResource>(
        "FileSystem", {.type = "AWS::EFS::FileSystem"});
    group.add<cdk::CfnResource>("Other", {.type = "AWS::SQS::Queue"});
    plan.add_selection(
        "Selection",
        {.resources = {
             backup::BackupResource::from_arn("arn:aws:s3:::first"),
             backup::BackupResource::from_construct(group),
         }});
  });
}

// example-app.md: BackupInfrastructureStack, in a nested stack of `parent`.
struct Infra {
  cdk::NestedStack* nested;
  backup::BackupVault* vault;
  backup::IBackupVault* cross_account_vault;
  iam::Role* role;
};

// example-app.md's LocalBackupEncryptionKey and its alias.
inline cdk::kms::IKey& local_backup_key(cdk::Construct& scope, cdk::RemovalPolicy removal_policy) {
  auto& key = scope.add<cdk::kms::Key>(
      "LocalBackupEncryptionKey",
      {
          .description = "Local KMS key for CompactConnect sandbox backup encryption",
          .enable_key_rotation = true,
          .removal_policy = removal_policy,
      });
  scope.add<cdk::kms::Alias>(
      "LocalBackupEncryptionKeyAlias",
      {.alias_name = "alias/compactconnect-sandbox-backup-key", .target_key = &key});
  return key;
}

inline Infra backup_infrastructure(cdk::Stack& parent) {
  using Json = nlohmann::ordered_json;
  auto& nested = parent.add<cdk::NestedStack>("BackupInfrastructureStack");
  const auto removal_policy = cdk::RemovalPolicy::destroy;
  auto& key = local_backup_key(nested, removal_policy);
  auto& cross = backup::BackupVault::from_backup_vault_arn(
      nested,
      "CrossAccountBackupVault",
      nested.format_arn({
          .account = "111122223333",
          .arn_format = cdk::ArnFormat::colon_resource_name,
          .region = "us-west-2",
          .resource = "backup-vault",
          .resource_name = "CompactConnectBackupVault",
          .service = "backup",
      }));
  const Json copy_condition = {
      {"ForAnyValue:ArnNotEquals", {{"backup:CopyTargets", Json::array({cross.backup_vault_arn()})}}}};
  auto& role = nested.add<iam::Role>(
      "BackupServiceRole",
      {
          .assumed_by = iam::ServicePrincipal("backup.amazonaws.com"),
          .inline_policies = {{"BackupSecurityPolicy",
                               iam::PolicyDocument({.statements = {iam::PolicyStatement({
                                                        .actions = {"backup:CopyIntoBackupVault",
                                                                    "backup:StartCopyJob"},
                                                        .conditions = copy_condition,
                                                        .effect = iam::Effect::deny,
                                                        .resources = {"*"},
                                                        .sid = "RestrictCrossAccountOperations",
                                                    })}})}},
          .managed_policies =
              {
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSBackupServiceRolePolicyForBackup"),
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSBackupServiceRolePolicyForRestores"),
                  iam::ManagedPolicy::from_aws_managed_policy_name("AWSBackupServiceRolePolicyForS3Backup"),
                  iam::ManagedPolicy::from_aws_managed_policy_name("AWSBackupServiceRolePolicyForS3Restore"),
              },
          .role_name = "CompactConnect-sandbox-BackupServiceRole",
      });
  auto& vault = nested.add<backup::BackupVault>(
      "LocalBackupVault",
      {
          .access_policy = iam::PolicyDocument({.statements =
                                                    {
                                                        iam::PolicyStatement({
                                                            .actions = {"backup:CopyIntoBackupVault"},
                                                            .effect = iam::Effect::allow,
                                                            .principals = {iam::AccountPrincipal(nested.account())},
                                                            .resources = {"*"},
                                                            .sid = "EnableBackupVaultAccess",
                                                        }),
                                                        iam::PolicyStatement({
                                                            .actions = {"backup:CopyIntoBackupVault",
                                                                        "backup:StartCopyJob"},
                                                            .conditions = copy_condition,
                                                            .effect = iam::Effect::deny,
                                                            .principals = {iam::StarPrincipal()},
                                                            .resources = {"*"},
                                                            .sid = "OnlyCopyIntoApprovedVault",
                                                        }),
                                                    }}),
          .backup_vault_name = "CompactConnect-sandbox-BackupVault",
          .encryption_key = &key,
          .lock_configuration = backup::LockConfiguration{.min_retention = Duration::days(180)},
          .removal_policy = removal_policy,
      });
  return {&nested, &vault, &cross, &role};
}

// example-app.md: CognitoUserBackup's BackupBucket with its cross-account plan.
inline void cross_account_plan(cdk::Construct& scope, const Infra& infra) {
  const Bucket b = bucket(scope, "BackupBucket");
  auto& group = b.group->add<cdk::Construct>("BackupPlan");
  const std::string prefix = b.name + "-cognito-backup";
  auto& plan = group.add<backup::BackupPlan>(
      "BackupPlan",
      {
          .backup_plan_name = prefix + "-BackupPlan",
          .backup_plan_rules = {backup::BackupPlanRule({
              .backup_vault = infra.vault,
              .copy_actions = {{
                  .delete_after = Duration::days(730),
                  .destination_backup_vault = infra.cross_account_vault,
                  .move_to_cold_storage_after = Duration::days(30),
              }},
              .delete_after = Duration::days(730),
              .move_to_cold_storage_after = Duration::days(30),
              .rule_name = prefix + "-Backup",
              .schedule_expression = cdk::events::Schedule::cron({.hour = "3", .minute = "0"}),
          })},
      });
  group.add<backup::BackupSelection>(
      "BackupSelection",
      {
          .backup_plan = &plan,
          .backup_selection_name = prefix + "-Selection",
          .resources = {backup::BackupResource::from_arn(b.arn)},
          .role = infra.role,
      });
}

inline std::vector<cdk::Stack*> mission(cdk::App& app) {
  auto& parent = app.add<cdk::Stack>("PersistentStack");
  const Infra infra = backup_infrastructure(parent);
  cross_account_plan(parent.add<cdk::Construct>("StaffUsers"), infra);
  auto& sibling = app.add<cdk::Stack>("ProviderUsersStack");
  cross_account_plan(sibling.add<cdk::Construct>("ProviderUsers"), infra);
  return {&parent, infra.nested, &sibling};
}

}  // namespace backup_scenarios_detail

/// The scenarios cdkpp builds, by the reference's names.
inline std::map<std::string, BackupScenario> backup_scenarios() {
  namespace d = backup_scenarios_detail;
  namespace backup = cdk::backup;
  using cdk::Duration;
  return {
      {"vault_minimal",
       [](cdk::App& app) {
         return d::single(app, [](cdk::Stack& s) { s.add<backup::BackupVault>("Vault"); });
       }},
      {"vault_long_id",
       [](cdk::App& app) {
         return d::single(app, [](cdk::Stack& s) {
           s.add<cdk::Construct>("AVeryLongScopeNameThatKeepsGoing")
               .add<backup::BackupVault>("AndAVaultWithAnEvenLongerConstructId");
         });
       }},
      {"vault_full", d::vault_full},
      {"vault_lock_hours",
       [](cdk::App& app) {
         return d::single(app, [](cdk::Stack& s) {
           s.add<backup::BackupVault>(
               "Vault",
               {.lock_configuration =
                    backup::LockConfiguration{
                        .changeable_for = Duration::hours(96),
                        .min_retention = Duration::hours(48),
                    },
                .removal_policy = cdk::RemovalPolicy::retain});
         });
       }},
      {"vault_add_to_empty_policy",
       [](cdk::App& app) {
         return d::single(app, [](cdk::Stack& s) {
           s.add<backup::BackupVault>("Vault", {.backup_vault_name = "v1"})
               .block_recovery_point_deletion();
         });
       }},
      {"vault_imports", d::vault_imports},
      {"vault_grants", d::vault_grants},
      {"plan_default_vault", d::plan_default_vault},
      {"plan_full_rule", d::plan_full_rule},
      {"plan_presets", d::plan_presets},
      {"selection_default_role", d::selection_default_role},
      {"selection_given_role", d::selection_given_role},
      {"selection_from_construct", d::selection_from_construct},
      {"vault_key",
       [](cdk::App& app) {
         return d::single(app, [](cdk::Stack& s) {
           auto& key = s.add<cdk::kms::Key>("Key");
           s.add<backup::BackupVault>("Vault", {.encryption_key = &key});
         });
       }},
      {"vault_topic",
       [](cdk::App& app) {
         return d::single(app, [](cdk::Stack& s) {
           auto& topic = s.add<cdk::sns::Topic>("Topic");
           s.add<backup::BackupVault>("Vault", {.notification_topic = &topic});
           s.add<backup::BackupVault>(
               "Vault2",
               {.notification_events = {backup::BackupVaultEvents::backup_job_failed,
                                        backup::BackupVaultEvents::copy_job_failed},
                .notification_topic = &topic});
         });
       }},
      {"mission", [](cdk::App& app) { return d::mission(app); }},
  };
}

}  // namespace cdk::test
