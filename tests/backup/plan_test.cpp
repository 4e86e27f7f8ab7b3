// backup::BackupPlan and BackupPlanRule behaviour and validation, following aws-cdk-lib
// 2.276.0's aws-backup/lib/plan.ts and rule.ts (whole templates are compared in
// parity_test.cpp).
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/backup/backup_plan.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>

namespace backup = cdk::backup;
using cdk::Duration;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

struct PlanFixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("Stack");
  Json plan_json() {
    return Template::from_stack(stack)
        .find_resources("AWS::Backup::BackupPlan")
        .begin()
        .value()
        .at("Properties")
        .at("BackupPlan");
  }
};

}  // namespace

TEST_CASE("rules without a vault share one vault created under the plan", "[backup][plan]") {
  // GIVEN a plan without a vault
  PlanFixture f;
  auto& plan = f.stack.add<backup::BackupPlan>("Plan");
  CHECK_THROWS_WITH(plan.backup_vault(), Catch::Contains("No backup vault!") && Catch::Contains("[Stack/Plan]"));
  // WHEN two rules are added
  plan.add_rule(backup::BackupPlanRule::daily());
  plan.add_rule(backup::BackupPlanRule::weekly());
  // THEN one vault "Vault" exists and both rules target it
  Template::from_stack(f.stack).resource_count_is("AWS::Backup::BackupVault", 1);
  CHECK(plan.backup_vault().node().path() == "Stack/Plan/Vault");
  const Json rules = f.plan_json().at("BackupPlanRule");
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].at("TargetBackupVault") == rules[1].at("TargetBackupVault"));
  CHECK(rules[1].at("ScheduleExpression") == "cron(0 5 ? * SAT *)");
}

TEST_CASE("a rule's own vault wins over the plan's, and no default vault is made", "[backup][plan]") {
  PlanFixture f;
  auto& vault = f.stack.add<backup::BackupVault>("Mine", {.backup_vault_name = "mine"});
  auto& plan = f.stack.add<backup::BackupPlan>("Plan", {.backup_plan_name = "named"});
  plan.add_rule(backup::BackupPlanRule({.backup_vault = &vault}));
  Template::from_stack(f.stack).resource_count_is("AWS::Backup::BackupVault", 1);
  CHECK(f.plan_json().at("BackupPlanName") == "named");
  CHECK(f.plan_json().at("BackupPlanRule")[0].at("RuleName") == "PlanRule0");
}

TEST_CASE("rules render durations in whole days and minutes, keys in CloudFormation order", "[backup][plan]") {
  PlanFixture f;
  auto& vault = f.stack.add<backup::BackupVault>("Vault", {.backup_vault_name = "v1"});
  f.stack.add<backup::BackupPlan>(
      "Plan",
      {.backup_plan_rules = {backup::BackupPlanRule({
           .completion_window = Duration::hours(2),
           .copy_actions = {{.destination_backup_vault = &vault, .move_to_cold_storage_after = Duration::days(1)}},
           .delete_after = Duration::days(730),
           .move_to_cold_storage_after = Duration::days(30),
           .rule_name = "R",
           .schedule_expression = cdk::events::Schedule::cron({.hour = "3", .minute = "0"}),
           .start_window = Duration::minutes(90),
       })},
       .backup_vault = &vault});
  const Json rule = f.plan_json().at("BackupPlanRule")[0];
  std::vector<std::string> keys;
  for (auto it = rule.begin(); it != rule.end(); ++it) keys.push_back(it.key());
  CHECK(
      keys == std::vector<std::string>{"CompletionWindowMinutes", "CopyActions", "Lifecycle", "RuleName",
                                       "ScheduleExpression", "StartWindowMinutes", "TargetBackupVault"});
  CHECK(rule.at("CompletionWindowMinutes") == 120);
  CHECK(rule.at("StartWindowMinutes") == 90);
  CHECK(rule.at("Lifecycle").dump() == R"({"DeleteAfterDays":730,"MoveToColdStorageAfterDays":30})");
  CHECK(rule.at("CopyActions")[0].at("Lifecycle").dump() == R"({"MoveToColdStorageAfterDays":1})");
  CHECK(rule.at("ScheduleExpression") == "cron(0 3 * * ? *)");
}

TEST_CASE("a rule's delete_after that is not whole days is an error", "[backup][plan][errors]") {
  PlanFixture f;
  auto& plan = f.stack.add<backup::BackupPlan>("Plan");
  CHECK_THROWS(plan.add_rule(backup::BackupPlanRule({.delete_after = Duration::hours(36)})));
}

TEST_CASE("continuous backup defaults delete_after to 35 days", "[backup][plan]") {
  const backup::BackupPlanRule rule({.enable_continuous_backup = true});
  REQUIRE(rule.props().delete_after.has_value());
  CHECK(rule.props().delete_after->to_days() == 35);
  const backup::BackupPlanRule off({.enable_continuous_backup = false});
  CHECK_FALSE(off.props().delete_after.has_value());
}

TEST_CASE("rule validation follows aws-cdk-lib, without a construct path", "[backup][plan][errors]") {
  CHECK_THROWS_WITH(
      backup::BackupPlanRule({.delete_after = Duration::days(1), .move_to_cold_storage_after = Duration::days(2)}),
      Catch::Contains("`deleteAfter` must be greater than `moveToColdStorageAfter`"));
  CHECK_NOTHROW(
      backup::BackupPlanRule({.delete_after = Duration::days(2), .move_to_cold_storage_after = Duration::days(2)}));
  CHECK_THROWS_WITH(
      backup::BackupPlanRule({.schedule_expression = cdk::events::Schedule::expression("rate(1 day)")}),
      Catch::Contains("must be of type `cron`") && Catch::Contains("rate(1 day)"));
  CHECK_THROWS_WITH(
      backup::BackupPlanRule({.enable_continuous_backup = true, .move_to_cold_storage_after = Duration::days(1)}),
      Catch::Contains("`moveToColdStorageAfter` must not be specified"));
  CHECK_THROWS_WITH(
      backup::BackupPlanRule({.delete_after = Duration::days(0), .enable_continuous_backup = true}),
      Catch::Contains("'deleteAfter' must be between 1 and 35 days"));
  CHECK_THROWS_WITH(
      backup::BackupPlanRule({.copy_actions = {{.delete_after = Duration::days(10)}}}),
      Catch::Contains("destination_backup_vault"));
}

TEST_CASE("a copy action must delete at least 90 days after moving to cold storage", "[backup][plan][errors]") {
  PlanFixture f;
  auto& vault = backup::BackupVault::from_backup_vault_name(f.stack, "Other", "other");
  auto copy = [&](int delete_days) {
    return backup::BackupPlanRule({.copy_actions = {{
                                       .delete_after = Duration::days(delete_days),
                                       .destination_backup_vault = &vault,
                                       .move_to_cold_storage_after = Duration::days(30),
                                   }}});
  };
  CHECK_THROWS_WITH(copy(119), Catch::Contains("received 'deleteAfter: 119' and 'moveToColdStorageAfter: 30'"));
  CHECK_NOTHROW(copy(120));
}

TEST_CASE("a plan without rules fails validation at synthesis", "[backup][plan][errors]") {
  PlanFixture f;
  f.stack.add<backup::BackupPlan>("Plan");
  CHECK_THROWS_WITH(
      f.app.assembly(), Catch::Contains("[Stack/Plan] A backup plan must have at least 1 rule."));
}

TEST_CASE("rules added after construction render, as do Windows VSS and tags", "[backup][plan]") {
  PlanFixture f;
  auto& plan = f.stack.add<backup::BackupPlan>("Plan", {.windows_vss = true});
  plan.add_rule(backup::BackupPlanRule::monthly7_year());
  cdk::Tags::of(f.app).add("environment", "sandbox");
  const Json props = Template::from_stack(f.stack)
                         .find_resources("AWS::Backup::BackupPlan")
                         .begin()
                         .value()
                         .at("Properties");
  CHECK(
      props.at("BackupPlan").at("AdvancedBackupSettings").dump() ==
      R"([{"BackupOptions":{"WindowsVSS":"enabled"},"ResourceType":"EC2"}])");
  CHECK(props.at("BackupPlanTags").dump() == R"({"environment":"sandbox"})");
  CHECK(props.at("BackupPlan").at("BackupPlanRule")[0].at("RuleName") == "Monthly7Year");
}

TEST_CASE("an imported plan gives its id to selections", "[backup][plan][import]") {
  PlanFixture f;
  auto& plan = backup::BackupPlan::from_backup_plan_id(f.stack, "Imported", "plan-1234");
  CHECK(plan.backup_plan_id() == "plan-1234");
  f.stack.add<backup::BackupSelection>(
      "Selection", {.backup_plan = &plan, .resources = {backup::BackupResource::from_tag("a", "b")}});
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::Backup::BackupSelection", {{"BackupPlanId", "plan-1234"}});
}
