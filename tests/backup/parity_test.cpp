// backup vaults, plans and selections against aws-cdk-lib 2.276.0: every scenario of
// tests/parity/backup.js is built here the same way and each of its templates must equal the
// one aws-cdk-lib wrote (tests/parity/reference/backup.json), text for text, so key order
// counts. The error scenarios' aws-cdk-lib messages must appear in cdkpp's messages.
//
// Deliberate difference: BackupResource::from_construct finds resources by CloudFormation type
// (cdkpp has no typed L1 classes); aws-cdk-lib matches its CfnTable, CfnFileSystem, ...
// classes, so a generic CfnResource of such a type counts in cdkpp but not in aws-cdk-lib.
// The JS twin uses aws-cdk-lib's typed L1s.
#include <catch2/catch.hpp>
#include <cdk/backup/backup_plan.hpp>
#include <cdk/backup/backup_selection.hpp>
#include <cdk/backup/backup_vault.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/events/schedule.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "backup/scenarios.hpp"
#include "core/parity_reference.hpp"

namespace backup = cdk::backup;
namespace iam = cdk::iam;
using cdk::Duration;
using Json = nlohmann::ordered_json;

namespace {

const Json& reference() {
  static const Json data = cdk::test::parity_reference("backup.json");
  return data;
}

std::map<std::string, std::string> synthesize(const cdk::test::BackupScenario& build) {
  cdk::App app;
  const auto stacks = build(app);
  const auto& assembly = app.assembly();
  std::map<std::string, std::string> out;
  for (const cdk::Stack* stack : stacks) {
    const auto* file = assembly.find_file(stack->template_file());
    out[stack->node().path()] = file == nullptr ? "<missing " + stack->template_file() + ">" : file->contents;
  }
  return out;
}

}  // namespace

TEST_CASE("backup templates equal aws-cdk-lib's text for text", "[backup][parity]") {
  const auto& templates = reference().at("templates");
  const auto scenarios = cdk::test::backup_scenarios();
  for (auto it = templates.begin(); it != templates.end(); ++it) {
    const std::string name = it.key();
    if (scenarios.count(name) == 0) continue;  // reported by the next test case
    SECTION(name) {
      // GIVEN the scenario built by cdkpp
      const auto ours = synthesize(scenarios.at(name));
      // THEN each stack's template is aws-cdk-lib's, byte for byte
      REQUIRE(ours.size() == it.value().size());
      for (auto stack = it.value().begin(); stack != it.value().end(); ++stack) {
        INFO(name << " / " << stack.key());
        REQUIRE(ours.count(stack.key()) == 1);
        CHECK(ours.at(stack.key()) == stack.value().get<std::string>());
      }
    }
  }
}

TEST_CASE("every backup scenario of the reference is built by cdkpp", "[backup][parity]") {
  const auto scenarios = cdk::test::backup_scenarios();
  for (auto it = reference().at("templates").begin(); it != reference().at("templates").end(); ++it) {
    INFO(it.key());
    CHECK(scenarios.count(it.key()) == 1);
  }
}

TEST_CASE("backup errors carry aws-cdk-lib's messages", "[backup][parity][errors]") {
  const auto& errors = reference().at("errors");
  const std::map<std::string, std::function<void(cdk::App&, cdk::Stack&)>> cases = {
      {"vault_name_short",
       [](cdk::App&, cdk::Stack& s) { s.add<backup::BackupVault>("Vault", {.backup_vault_name = "a"}); }},
      {"vault_name_chars",
       [](cdk::App&, cdk::Stack& s) {
         s.add<backup::BackupVault>("Vault", {.backup_vault_name = "has space"});
       }},
      {"vault_name_long",
       [](cdk::App&, cdk::Stack& s) {
         s.add<backup::BackupVault>("Vault", {.backup_vault_name = std::string(51, 'x')});
       }},
      {"lock_changeable_for",
       [](cdk::App&, cdk::Stack& s) {
         s.add<backup::BackupVault>(
             "Vault",
             {.lock_configuration = backup::LockConfiguration{
                  .changeable_for = Duration::hours(71), .min_retention = Duration::days(1)}});
       }},
      {"lock_max_retention",
       [](cdk::App&, cdk::Stack& s) {
         s.add<backup::BackupVault>(
             "Vault",
             {.lock_configuration = backup::LockConfiguration{
                  .max_retention = Duration::days(36501), .min_retention = Duration::days(1)}});
       }},
      {"lock_max_not_above_min",
       [](cdk::App&, cdk::Stack& s) {
         s.add<backup::BackupVault>(
             "Vault",
             {.lock_configuration = backup::LockConfiguration{
                  .max_retention = Duration::days(10), .min_retention = Duration::days(10)}});
       }},
      {"lock_min_retention",
       [](cdk::App&, cdk::Stack& s) {
         s.add<backup::BackupVault>(
             "Vault",
             {.lock_configuration = backup::LockConfiguration{.min_retention = Duration::hours(23)}});
       }},
      {"rule_delete_before_cold",
       [](cdk::App&, cdk::Stack&) {
         backup::BackupPlanRule(
             {.delete_after = Duration::days(10), .move_to_cold_storage_after = Duration::days(11)});
       }},
      {"rule_not_cron",
       [](cdk::App&, cdk::Stack&) {
         backup::BackupPlanRule({.schedule_expression = cdk::events::Schedule::rate(Duration::days(1))});
       }},
      {"rule_continuous_cold",
       [](cdk::App&, cdk::Stack&) {
         backup::BackupPlanRule(
             {.enable_continuous_backup = true, .move_to_cold_storage_after = Duration::days(1)});
       }},
      {"rule_continuous_delete_range",
       [](cdk::App&, cdk::Stack&) {
         backup::BackupPlanRule({.delete_after = Duration::days(36), .enable_continuous_backup = true});
       }},
      {"copy_action_90_days",
       [](cdk::App&, cdk::Stack& s) {
         auto& vault = backup::BackupVault::from_backup_vault_name(s, "V", "v");
         backup::BackupPlanRule({.copy_actions = {{
                                     .delete_after = Duration::days(119),
                                     .destination_backup_vault = &vault,
                                     .move_to_cold_storage_after = Duration::days(30),
                                 }}});
       }},
      {"plan_without_rules",
       [](cdk::App& app, cdk::Stack& s) {
         s.add<backup::BackupPlan>("Plan");
         app.assembly();
       }},
      {"plan_backup_vault_missing",
       [](cdk::App&, cdk::Stack& s) { s.add<backup::BackupPlan>("Plan").backup_vault(); }},
      {"import_wrong_format",
       [](cdk::App&, cdk::Stack& s) {
         backup::BackupVault::from_backup_vault_arn(
             s, "V", "arn:aws:backup:us-east-1:123456789012:backup-vault/slash");
       }},
      {"import_no_resource",
       [](cdk::App&, cdk::Stack& s) {
         backup::BackupVault::from_backup_vault_arn(
             s, "V", "arn:aws:backup:us-east-1:123456789012:backup-vault");
       }},
      {"import_empty_name",
       [](cdk::App&, cdk::Stack& s) {
         backup::BackupVault::from_backup_vault_arn(
             s, "V", "arn:aws:backup:us-east-1:123456789012:backup-vault:");
       }},
      {"grant_wildcard",
       [](cdk::App&, cdk::Stack& s) {
         auto& vault = s.add<backup::BackupVault>("Vault");
         auto& role = s.add<iam::Role>(
             "Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
         vault.grant(role, {"backup:*"});
       }},
  };
  for (auto it = errors.begin(); it != errors.end(); ++it) {
    SECTION(it.key()) {
      REQUIRE(cases.count(it.key()) == 1);
      // GIVEN aws-cdk-lib's message for the case; a synth-time validation is reported by both
      // with the construct path in brackets
      std::string expected = it.value().get<std::string>();
      const std::string prefix = "Validation failed with the following errors:\n  [Stack/Plan] ";
      if (expected.rfind(prefix, 0) == 0) expected = expected.substr(prefix.size());
      // WHEN cdkpp builds it, THEN it throws a ValidationError containing that message
      cdk::App app;
      auto& stack = app.add<cdk::Stack>("Stack");
      CHECK_THROWS_AS(cases.at(it.key())(app, stack), cdk::ValidationError);
      cdk::App again;
      auto& stack2 = again.add<cdk::Stack>("Stack");
      CHECK_THROWS_WITH(cases.at(it.key())(again, stack2), Catch::Contains(expected));
    }
  }
}
