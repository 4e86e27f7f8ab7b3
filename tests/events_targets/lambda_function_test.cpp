// events_targets::LambdaFunction checked against aws-cdk-lib 2.276.0: each scenario is the C++
// twin of one in tests/parity/events_targets.js, and its whole template (key order included)
// must equal the one aws-cdk-lib synthesized (tests/parity/reference/events_targets.json);
// plus unit checks of the permission and the target config.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/events/rule.hpp>
#include <cdk/events_targets/lambda_function.hpp>
#include <cdk/lambda/function.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/parity_reference.hpp"
#include "core/parity_templates.hpp"

namespace events = cdk::events;
namespace lambda = cdk::lambda;
namespace targets = cdk::events_targets;
using cdk::Duration;
using Json = nlohmann::ordered_json;
using Stacks = std::vector<cdk::Stack*>;

namespace {

const std::string kExportDir = std::string(CDKPP_SOURCE_DIR) + "/tests/fixtures/export_lambda";

lambda::Function& export_function(cdk::Construct& scope) {
  return scope.add<lambda::Function>(
      "ExportLambda",
      {
          .code = lambda::Code::from_asset(kExportDir),
          .handler = "lambda_function.lambda_handler",
          .runtime = lambda::Runtime::python_3_12(),
          .timeout = Duration::minutes(15),
      });
}

Stacks daily_export(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("ExportStack");
  auto& pool = stack.add<cdk::CfnResource>("UserPool", {.type = "AWS::Cognito::UserPool"});
  auto& bucket = stack.add<cdk::CfnResource>("BackupBucket", {.type = "AWS::S3::Bucket"});
  auto& backup = stack.add<cdk::Construct>("UserPoolBackup");
  auto& fn = export_function(backup);
  auto& rule = backup.add<events::Rule>(
      "DailyExportRule",
      {
          .description = "Daily schedule for user pool backup export",
          .schedule = events::Schedule::cron({.hour = "2", .minute = "0"}),
      });
  targets::LambdaFunction target(
      fn,
      {.event = events::RuleTargetInput::from_object({
           {"user_pool_id", pool.ref()},
           {"backup_bucket_name", bucket.ref()},
           {"user_pool_type", "provider"},
       })});
  rule.add_target(target);
  return {&stack};
}

Stacks two_rules(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("RulesStack");
  auto& fn = export_function(stack);
  auto& hourly =
      stack.add<events::Rule>("Hourly", {.schedule = events::Schedule::rate(Duration::hours(1))});
  targets::LambdaFunction plain(fn);
  targets::LambdaFunction again(
      fn,
      {
          .event = events::RuleTargetInput::from_text("again"),
          .max_event_age = Duration::hours(2),
          .retry_attempts = 2,
      });
  hourly.add_target(plain);
  hourly.add_target(again);
  targets::LambdaFunction no_retry(fn, {.retry_attempts = 0});
  stack.add<events::Rule>(
      "Daily", {.schedule = events::Schedule::rate(Duration::days(1)), .targets = {&no_retry}});
  targets::LambdaFunction short_age(fn, {.max_event_age = Duration::minutes(5)});
  stack.add<events::Rule>(
      "Pattern",
      {.event_pattern = {{"source", Json::array({"aws.backup"})}}, .targets = {&short_age}});
  return {&stack};
}

Stacks cross_stack(cdk::App& app) {
  auto& fn_stack = app.add<cdk::Stack>("FunctionStack");
  auto& fn = export_function(fn_stack);
  auto& rule_stack = app.add<cdk::Stack>("RuleStack");
  targets::LambdaFunction target(fn);
  rule_stack.add<events::Rule>(
      "DailyExportRule",
      {.schedule = events::Schedule::cron({.hour = "2", .minute = "0"}), .targets = {&target}});
  return {&fn_stack, &rule_stack};
}

const cdk::test::ParityScenarios& scenarios() {
  static const cdk::test::ParityScenarios all = {
      {"daily_export", daily_export},
      {"two_rules", two_rules},
      {"cross_stack", cross_stack},
  };
  return all;
}

}  // namespace

TEST_CASE("Lambda targets render as aws-cdk-lib's", "[events_targets][parity]") {
  cdk::test::check_scenarios_equal_reference(scenarios(), cdk::test::parity_reference("events_targets.json"));
}

TEST_CASE(
    "binding adds one permission per rule, under the rule, named after the function",
    "[events_targets]") {
  // GIVEN a function and a rule
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& fn = export_function(stack);
  auto& rule =
      stack.add<events::Rule>("Rule", {.schedule = events::Schedule::rate(Duration::hours(1))});
  targets::LambdaFunction target(fn);
  // WHEN the function is added twice
  rule.add_target(target);
  rule.add_target(target);
  // THEN the rule has one permission child and two targets
  CHECK(rule.node().try_find_child("AllowEventRuleSExportLambda0FF5EF81") != nullptr);
  CHECK(rule.targets().size() == 2);
  cdk::assertions::Template::from_stack(stack).resource_count_is("AWS::Lambda::Permission", 1);
}

TEST_CASE(
    "the target config carries the function ARN, input and retry policy", "[events_targets]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& fn = export_function(stack);
  auto& rule =
      stack.add<events::Rule>("Rule", {.schedule = events::Schedule::rate(Duration::hours(1))});
  targets::LambdaFunction target(fn, {.max_event_age = Duration::minutes(2), .retry_attempts = 3});
  const auto config = target.bind(rule, "Target0");
  CHECK(config.arn == fn.function_arn());
  CHECK(config.target_resource == &fn);
  REQUIRE(config.retry_policy.has_value());
  CHECK(config.retry_policy->maximum_event_age_in_seconds == 120);
  CHECK(config.retry_policy->maximum_retry_attempts == 3);
  CHECK_FALSE(config.input.has_value());
}

// aws-cdk-lib's bindBaseTargetConfig (aws-events-targets/lib/util.ts, 2.276.0): a negative
// retry count alone gives no retry policy; with a maximum age it is passed through.
TEST_CASE("a negative retry count alone gives a Lambda target no retry policy", "[events_targets]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& fn = export_function(stack);
  auto& rule =
      stack.add<events::Rule>("Rule", {.schedule = events::Schedule::rate(Duration::hours(1))});
  CHECK_FALSE(targets::LambdaFunction(fn, {.retry_attempts = -1}).bind(rule, "Target0").retry_policy.has_value());
  const auto with_age =
      targets::LambdaFunction(fn, {.max_event_age = Duration::minutes(1), .retry_attempts = -1}).bind(rule, "Target1");
  REQUIRE(with_age.retry_policy.has_value());
  CHECK(with_age.retry_policy->maximum_retry_attempts == -1);
  CHECK(with_age.retry_policy->maximum_event_age_in_seconds == 60);
}
