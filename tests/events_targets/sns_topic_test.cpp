// events_targets::SnsTopic as aws-cdk-lib 2.276.0's SnsTopic target: the rule sends events to
// the topic, events.amazonaws.com may publish (topic policy; key policy of an encrypted topic),
// message and retry props. Templates are compared with tests/parity/sns.js's rule_target*
// scenarios (reference/sns.json), byte for byte.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/events/input.hpp>
#include <cdk/events/rule.hpp>
#include <cdk/events/schedule.hpp>
#include <cdk/events_targets/sns_topic.hpp>
#include <cdk/sns/topic.hpp>

#include "sns/mission.hpp"
#include "sns/template_parity.hpp"

namespace events = cdk::events;
namespace targets = cdk::events_targets;
using Json = nlohmann::ordered_json;

TEST_CASE(
    "an SnsTopic target lets EventBridge publish to an encrypted topic",
    "[events_targets][parity]") {
  // GIVEN the example app's topic and a second, plain one
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  auto& topic = cdk::test::mission_alarm_topic(stack);
  auto& rule = stack.add<events::Rule>(
      "BackupEvents",
      {.event_pattern = {{"source", {"aws.backup"}}, {"detailType", {"Backup Job State Change"}}}});
  targets::SnsTopic target(topic);
  // WHEN
  rule.add_target(target);
  auto& plain = stack.add<cdk::sns::Topic>("Plain");
  targets::SnsTopic daily_target(
      plain,
      {
          .max_event_age = cdk::Duration::hours(2),
          .message =
              events::RuleTargetInput::from_object({{"text", "daily"}, {"source", "schedule"}}),
          .retry_attempts = 2,
      });
  stack.add<events::Rule>(
      "Daily",
      {.schedule = events::Schedule::cron({.hour = "2", .minute = "0"}),
       .targets = {&daily_target}});
  // THEN
  cdk::test::check_sns_scenario("rule_target", app);
}

TEST_CASE(
    "a rule in another stack targets the topic through an import", "[events_targets][parity]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("TopicStack");
  auto& topic = stack.add<cdk::sns::Topic>("Topic");
  auto& other = app.add<cdk::Stack>("RuleStack");
  targets::SnsTopic target(topic, {.message = events::RuleTargetInput::from_text("hourly")});
  // WHEN
  other.add<events::Rule>(
      "Rule", {.schedule = events::Schedule::rate(cdk::Duration::hours(1)), .targets = {&target}});
  // THEN
  cdk::test::check_sns_scenario("rule_target_cross_stack", app);
}

TEST_CASE(
    "binding an SnsTopic target grants events.amazonaws.com sns:Publish", "[events_targets]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& topic = stack.add<cdk::sns::Topic>("Topic");
  auto& rule = stack.add<events::Rule>(
      "Rule", {.schedule = events::Schedule::rate(cdk::Duration::hours(1))});
  targets::SnsTopic target(topic);
  // WHEN
  const auto config = target.bind(rule, "Target0");
  // THEN
  CHECK(config.arn == topic.topic_arn());
  CHECK(config.target_resource == &topic);
  CHECK_FALSE(config.input.has_value());
  CHECK_FALSE(config.retry_policy.has_value());
  REQUIRE(topic.policy() != nullptr);
  CHECK(
      stack.resolve(Json(topic.policy()->document().to_json(stack))).dump() ==
      R"({"Statement":[{"Action":"sns:Publish","Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Resource":{"Ref":"TopicBFC7AF6E"},"Sid":"0"}],"Version":"2012-10-17"})");
  CHECK(&target.topic() == &topic);
}

TEST_CASE("an SnsTopic target renders a retry policy from either prop", "[events_targets]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& topic = stack.add<cdk::sns::Topic>("Topic");
  auto& rule = stack.add<events::Rule>(
      "Rule", {.schedule = events::Schedule::rate(cdk::Duration::hours(1))});
  targets::SnsTopic only_attempts(topic, {.retry_attempts = 0});
  const auto config = only_attempts.bind(rule, "Target0");
  REQUIRE(config.retry_policy.has_value());
  CHECK(config.retry_policy->maximum_retry_attempts == 0);
  CHECK_FALSE(config.retry_policy->maximum_event_age_in_seconds.has_value());
}
