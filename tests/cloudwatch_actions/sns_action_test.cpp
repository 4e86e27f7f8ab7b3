// cloudwatch_actions::SnsAction as aws-cdk-lib 2.276.0's SnsAction: the alarm notifies the
// topic's ARN, whether the topic is in the alarm's stack, its parent (the example app's nested
// backup stack) or a sibling stack. Templates are compared with tests/parity/sns.js's
// alarm_action_* scenarios (reference/sns.json), byte for byte.
#include <catch2/catch.hpp>
#include <cdk/cloudwatch_actions/sns_action.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/sns/topic.hpp>

#include "sns/mission.hpp"
#include "sns/template_parity.hpp"

namespace cw_actions = cdk::cloudwatch_actions;
using Json = nlohmann::ordered_json;

TEST_CASE(
    "an alarm in a nested stack notifies its parent's topic through a parameter",
    "[cloudwatch_actions][parity]") {
  // GIVEN the example app's topic and the nested backup stack's alarm
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  auto& topic = cdk::test::mission_alarm_topic(stack);
  auto& nested = stack.add<cdk::NestedStack>("BackupInfrastructureStack");
  auto& alarm = cdk::test::backup_alarm(nested, "BackupJobFailureAlarm");
  // WHEN
  cw_actions::SnsAction action(topic);
  alarm.add_alarm_action(action);
  // THEN both templates are aws-cdk-lib's
  cdk::test::check_sns_scenario("alarm_action_nested", app);
}

TEST_CASE(
    "alarms in the topic's stack and a sibling stack notify it", "[cloudwatch_actions][parity]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  auto& topic = cdk::test::mission_alarm_topic(stack);
  auto& own = cdk::test::backup_alarm(stack, "OwnAlarm");
  cw_actions::SnsAction action(topic);
  own.add_alarm_action(action);
  auto& sibling = app.add<cdk::Stack>("ProviderUsersStack");
  auto& alarm = cdk::test::backup_alarm(sibling, "BackupFailureAlarm");
  // WHEN
  alarm.add_alarm_action(action);
  alarm.add_ok_action(action);
  // THEN
  cdk::test::check_sns_scenario("alarm_action_sibling", app);
}

TEST_CASE("SnsAction binds to the topic ARN and adds no permission", "[cloudwatch_actions]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& topic = stack.add<cdk::sns::Topic>("Topic");
  auto& alarm = cdk::test::backup_alarm(stack, "Alarm");
  cw_actions::SnsAction action(topic);
  // WHEN
  const auto config = action.bind(alarm, alarm);
  alarm.add_insufficient_data_action(action);
  // THEN
  CHECK(config.alarm_action_arn == topic.topic_arn());
  CHECK(&action.topic() == &topic);
  CHECK(topic.policy() == nullptr);
  const auto t = app.assembly().template_json(stack);
  CHECK(
      t["Resources"]["Alarm7103F465"]["Properties"]["InsufficientDataActions"].dump() ==
      R"([{"Ref":"TopicBFC7AF6E"}])");
}
