// EventBridge rules checked against aws-cdk-lib 2.276.0: each scenario is the C++ twin of one in
// tests/parity/events.js, and its whole template (key order included) must equal the one
// aws-cdk-lib synthesized (tests/parity/reference/events.json). Schedule expressions are
// compared as values; for errors cdkpp must reject the same inputs (the texts are its own).
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/events/rule.hpp>
#include <functional>
#include <map>
#include <string>

#include "core/parity_reference.hpp"
#include "core/parity_templates.hpp"

namespace events = cdk::events;
using Json = nlohmann::ordered_json;
using cdk::Duration;

namespace {

const char* const kQueueArn = "arn:aws:sqs:us-east-1:111111111111:q";

// A target as events_targets will bind one: the config is whatever the target returns.
class FakeTarget : public events::IRuleTarget {
 public:
  explicit FakeTarget(events::RuleTargetConfig config = {}) : config_(std::move(config)) {
    if (config_.arn.empty()) config_.arn = kQueueArn;
  }
  events::RuleTargetConfig bind(events::IRule& /*rule*/, const std::string& /*id*/) override {
    return config_;
  }

 private:
  events::RuleTargetConfig config_;
};

cdk::Stack& daily_export(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("ExportStack");
  auto& pool = stack.add<cdk::CfnResource>("UserPool", {.type = "AWS::Cognito::UserPool"});
  auto& bucket = stack.add<cdk::CfnResource>("BackupBucket", {.type = "AWS::S3::Bucket"});
  auto& rule = stack.add<events::Rule>(
      "DailyExportRule",
      {
          .description = "Daily schedule for user pool backup export",
          .schedule = events::Schedule::cron({.hour = "2", .minute = "0"}),
      });
  FakeTarget target(
      {.input = events::RuleTargetInput::from_object({
           {"user_pool_id", pool.ref()},
           {"backup_bucket_name", bucket.ref()},
           {"user_pool_type", "staff"},
       })});
  rule.add_target(target);
  return stack;
}

cdk::Stack& rate_disabled(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("RateStack");
  FakeTarget plain;
  FakeTarget custom({
      .id = "Custom",
      .input = events::RuleTargetInput::from_text("hello \"world\""),
      .role_arn = "arn:aws:iam::111111111111:role/events",
  });
  FakeTarget fifo({
      .arn = "arn:aws:sqs:us-east-1:111111111111:fifo.fifo",
      .dead_letter_config =
          events::DeadLetterConfig{.arn = "arn:aws:sqs:us-east-1:111111111111:dlq"},
      .input = events::RuleTargetInput::from_event_path("$.detail"),
      .retry_policy =
          events::RetryPolicy{.maximum_event_age_in_seconds = 3600, .maximum_retry_attempts = 2},
      .sqs_parameters = events::SqsParameters{.message_group_id = "group"},
  });
  stack.add<events::Rule>(
      "Every5Minutes",
      {
          .enabled = false,
          .rule_name = "every-5-minutes",
          .schedule = events::Schedule::rate(Duration::minutes(5)),
          .targets = {&plain, &custom, &fifo},
      });
  stack.add<events::Rule>(
      "Daily", {.enabled = true, .schedule = events::Schedule::rate(Duration::days(1))});
  stack.add<events::Rule>("Literal", {.schedule = events::Schedule::expression("rate(12 hours)")});
  return stack;
}

cdk::Stack& event_pattern(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PatternStack");
  auto& bucket = stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  auto& rule = stack.add<events::Rule>(
      "BackupFailures",
      {
          .event_pattern =
              {
                  {"source", Json::array({"aws.backup"})},
                  {"detailType", Json::array({"Backup Job State Change"})},
                  {"detail", {{"state", Json::array({"FAILED"})}}},
              },
      });
  rule.add_event_pattern({
      {"source", Json::array({"aws.backup", "aws.s3"})},
      {"resources", Json::array({bucket.get_att("Arn")})},
      {"detail",
       {
           {"state", Json::array({"ABORTED", "FAILED"})},
           {"size", Json::array({{{"numeric", Json::array({">", 0})}}})},
       }},
  });
  FakeTarget target(
      {.input = events::RuleTargetInput::from_multiline_text("line one\nline \"two\"")});
  rule.add_target(target);
  stack.add<events::Rule>(
      "Both",
      {
          .description = "both",
          .event_pattern = {{"account", Json::array({"111111111111"})}},
          .schedule = events::Schedule::cron({.hour = "8", .minute = "30", .week_day = "MON-FRI"}),
      });
  return stack;
}

cdk::Stack& tags_and_attributes(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("TaggedStack");
  auto& rule =
      stack.add<events::Rule>("Rule", {.schedule = events::Schedule::rate(Duration::hours(1))});
  auto& named = stack.add<events::Rule>(
      "Named", {.rule_name = "named", .schedule = events::Schedule::rate(Duration::hours(2))});
  cdk::Tags::of(stack).add("project", "compact-connect");
  cdk::Tags::of(rule).add("environment", "sandbox");
  stack.add<cdk::CfnOutput>("RuleArn", {.value = rule.rule_arn()});
  stack.add<cdk::CfnOutput>("RuleName", {.value = rule.rule_name()});
  stack.add<cdk::CfnOutput>("NamedArn", {.value = named.rule_arn()});
  stack.add<cdk::CfnOutput>("NamedName", {.value = named.rule_name()});
  return stack;
}

const std::map<std::string, std::function<cdk::Stack&(cdk::App&)>>& scenarios() {
  static const std::map<std::string, std::function<cdk::Stack&(cdk::App&)>> all = {
      {"daily_export", daily_export},
      {"rate_disabled", rate_disabled},
      {"event_pattern", event_pattern},
      {"tags_and_attributes", tags_and_attributes},
  };
  return all;
}

const std::map<std::string, std::function<events::Schedule()>>& schedules() {
  using events::Schedule;
  static const std::map<std::string, std::function<Schedule()>> all = {
      {"cron_daily", [] { return Schedule::cron({.hour = "2", .minute = "0"}); }},
      {"cron_backup", [] { return Schedule::cron({.hour = "3", .minute = "0"}); }},
      {"cron_empty", [] { return Schedule::cron({}); }},
      {"cron_week_day", [] { return Schedule::cron({.week_day = "MON"}); }},
      {"cron_all",
       [] {
         return Schedule::cron(
             {.day = "L", .hour = "10", .minute = "15", .month = "JAN", .year = "2030"});
       }},
      {"cron_day_and_week_day", [] { return Schedule::cron({.day = "1", .week_day = "MON"}); }},
      {"rate_1_minute", [] { return Schedule::rate(Duration::minutes(1)); }},
      {"rate_5_minutes", [] { return Schedule::rate(Duration::minutes(5)); }},
      {"rate_60_minutes", [] { return Schedule::rate(Duration::minutes(60)); }},
      {"rate_90_minutes", [] { return Schedule::rate(Duration::minutes(90)); }},
      {"rate_1_hour", [] { return Schedule::rate(Duration::hours(1)); }},
      {"rate_36_hours", [] { return Schedule::rate(Duration::hours(36)); }},
      {"rate_24_hours", [] { return Schedule::rate(Duration::hours(24)); }},
      {"rate_1_day", [] { return Schedule::rate(Duration::days(1)); }},
      {"rate_2_days", [] { return Schedule::rate(Duration::days(2)); }},
      {"rate_half_day", [] { return Schedule::rate(Duration::days(0.5)); }},
      {"rate_120_seconds", [] { return Schedule::rate(Duration::seconds(120)); }},
      {"rate_90_seconds", [] { return Schedule::rate(Duration::seconds(90)); }},
      {"rate_30_seconds", [] { return Schedule::rate(Duration::seconds(30)); }},
      {"rate_0_minutes", [] { return Schedule::rate(Duration::minutes(0)); }},
      {"rate_3600000_millis", [] { return Schedule::rate(Duration::millis(3600000)); }},
      {"expression", [] { return Schedule::expression("cron(0 18 ? * MON-FRI *)"); }},
  };
  return all;
}

// One rule "Rule" in stack S, then `after`, then synthesis, as the error scenarios of events.js.
Json rule_app(events::RuleProps props, const std::function<void(events::Rule&)>& after = nullptr) {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& rule = stack.add<events::Rule>("Rule", std::move(props));
  if (after) after(rule);
  return cdk::assertions::Template::from_stack(stack).to_json();
}

}  // namespace

TEST_CASE("rule templates equal aws-cdk-lib's", "[events][parity]") {
  const Json reference = cdk::test::parity_reference("events.json");
  REQUIRE(reference["templates"].size() == scenarios().size());
  for (const auto& [name, build] : scenarios()) {
    SECTION(name) {
      // GIVEN the scenario built with cdkpp
      cdk::App app;
      auto& stack = build(app);
      // WHEN it is synthesized
      // THEN the template is aws-cdk-lib's, key order included
      cdk::test::check_templates_equal_reference({&stack}, reference["templates"][name]);
    }
  }
}

TEST_CASE(
    "schedule expressions and their errors match aws-cdk-lib's", "[events][parity][schedule]") {
  const Json reference = cdk::test::parity_reference("events.json");
  REQUIRE(reference["schedules"].size() == schedules().size());
  for (const auto& [name, make] : schedules()) {
    SECTION(name) {
      const Json& expected = reference["schedules"][name];
      if (expected.contains("value")) {
        CHECK(make().expression_string() == expected["value"].get<std::string>());
      } else {
        // aws-cdk-lib: expected["error"]; cdkpp words it its own way.
        CHECK_THROWS_AS(make(), cdk::ValidationError);
      }
    }
  }
}

TEST_CASE(
    "rule inputs aws-cdk-lib rejects are rejected with a clear message",
    "[events][parity][errors]") {
  const Json reference = cdk::test::parity_reference("events.json");
  const Json& errors = reference["errors"];
  const auto every = [] { return events::Schedule::rate(Duration::hours(1)); };
  FakeTarget target;

  REQUIRE(errors["no_schedule_no_pattern"].contains("error"));
  CHECK_THROWS_WITH(
      rule_app({}),
      Catch::Contains("[S/Rule]") &&
          Catch::Contains("a rule needs a schedule or an event pattern (got neither)"));

  REQUIRE(errors["too_many_targets"].contains("error"));
  CHECK_THROWS_WITH(
      rule_app(
          {.schedule = every()},
          [&](events::Rule& rule) {
            for (int i = 0; i < 6; ++i) rule.add_target(target);
          }),
      Catch::Contains("[S/Rule]") && Catch::Contains("at most 5 targets (got 6)"));

  // aws-cdk-lib checks the name at synthesis; cdkpp when the rule is made (the props decide it).
  REQUIRE(errors["name_too_long"].contains("error"));
  CHECK_THROWS_WITH(
      rule_app({.rule_name = std::string(65, 'x'), .schedule = every()}),
      Catch::Contains("[S/Rule]") &&
          Catch::Contains("rule_name must be 1 to 64 characters (got 65 characters"));
  REQUIRE(errors["name_bad_chars"].contains("error"));
  CHECK_THROWS_WITH(
      rule_app({.rule_name = "has space", .schedule = every()}),
      Catch::Contains("[S/Rule]") && Catch::Contains("rule_name can contain only letters") &&
          Catch::Contains("(got \"has space\")"));
  REQUIRE(errors["name_token_skipped"].contains("value"));
  CHECK_NOTHROW([&] {
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("S");
    stack.add<events::Rule>(
        "Rule",
        {.rule_name = cdk::Lazy::string(stack, [] { return std::string("bad name"); }),
         .schedule = every()});
    return cdk::assertions::Template::from_stack(stack).to_json();
  }());

  REQUIRE(errors["pattern_field_not_array"].contains("error"));
  CHECK_THROWS_WITH(
      rule_app({.event_pattern = {{"source", "aws.backup"}}}),
      Catch::Contains("[S/Rule]") &&
          Catch::Contains(
              "event pattern field source must be an array or an object (got \"aws.backup\")"));
  REQUIRE(errors["pattern_type_mismatch"].contains("error"));
  CHECK_THROWS_WITH(
      rule_app(
          {.event_pattern = {{"detail", {{"a", Json::array({"x"})}}}}},
          [](events::Rule& rule) {
            rule.add_event_pattern({{"detail", Json::array({"x"})}});
          }),
      Catch::Contains("[S/Rule]") &&
          Catch::Contains(
              "event pattern field detail is an object in the pattern so far and an array"));
}
