// events::Rule as aws-cdk-lib 2.276.0's Rule: target ids and binding, event pattern merging,
// attributes and the checks cdkpp adds. Whole-template parity is in parity_test.cpp.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/events/rule.hpp>
#include <regex>

#include "events/event_pattern.hpp"
#include "support/byte_names.hpp"

namespace events = cdk::events;
using Json = nlohmann::ordered_json;
using cdk::assertions::Template;

namespace {

class RecordingTarget : public events::IRuleTarget {
 public:
  explicit RecordingTarget(
      events::RuleTargetConfig config = {.arn = "arn:aws:sqs:us-east-1:111111111111:q"})
      : config_(std::move(config)) {}
  events::RuleTargetConfig bind(events::IRule& rule, const std::string& id) override {
    rule_ = &rule;
    ids_.push_back(id);
    return config_;
  }
  events::IRule* rule_ = nullptr;
  std::vector<std::string> ids_;

 private:
  events::RuleTargetConfig config_;
};

events::Schedule hourly() { return events::Schedule::rate(cdk::Duration::hours(1)); }

}  // namespace

TEST_CASE("targets get ids Target0, Target1... counting every target added", "[events][rule]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  RecordingTarget plain;
  RecordingTarget named({.arn = "arn:x", .id = "Mine"});
  // WHEN
  auto& rule = stack.add<events::Rule>("Rule", {.schedule = hourly(), .targets = {&plain}});
  rule.add_target(named);
  rule.add_target(plain);
  // THEN
  CHECK(plain.rule_ == &rule);
  CHECK(plain.ids_ == std::vector<std::string>{"Target0", "Target2"});
  CHECK(named.ids_ == std::vector<std::string>{"Target1"});
  const Json props =
      Template::from_stack(stack).to_json()["Resources"]["Rule4C995B7F"]["Properties"];
  CHECK(props["Targets"][0]["Id"] == "Target0");
  CHECK(props["Targets"][1]["Id"] == "Mine");
  CHECK(props["Targets"][2]["Id"] == "Target2");
}

TEST_CASE("a rule without targets renders no Targets", "[events][rule]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<events::Rule>("Rule", {.schedule = hourly()});
  const Json props =
      Template::from_stack(stack).to_json()["Resources"]["Rule4C995B7F"]["Properties"];
  CHECK(props.dump() == R"x({"ScheduleExpression":"rate(1 hour)","State":"ENABLED"})x");
}

TEST_CASE(
    "an event pattern added later satisfies the schedule-or-pattern check", "[events][rule]") {
  // GIVEN a rule with neither
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& rule = stack.add<events::Rule>("Rule", {});
  // WHEN
  rule.add_event_pattern({{"detailType", Json::array({"x"})}});
  // THEN
  Template::from_stack(stack).has_resource_properties(
      "AWS::Events::Rule", {{"EventPattern", {{"detail-type", Json::array({"x"})}}}});
}

TEST_CASE("event patterns merge as aws-cdk-lib merges them", "[events][rule]") {
  // GIVEN
  Json pattern = Json::object();
  // WHEN
  events::detail::merge_event_pattern(
      pattern, {{"a", Json::array({1, 2})}, {"o", {{"x", Json::array({"p"})}}}}, "P");
  events::detail::merge_event_pattern(
      pattern, {{"a", Json::array({2, 3})}, {"o", {{"y", Json::array({"q"})}}}}, "P");
  events::detail::merge_event_pattern(pattern, nullptr, "P");
  // THEN
  CHECK(pattern.dump() == R"({"a":[1,2,3],"o":{"x":["p"],"y":["q"]}})");
  CHECK(events::detail::render_event_pattern(Json::object()).is_discarded());
  CHECK_THROWS_WITH(
      events::detail::merge_event_pattern(pattern, Json::array({1}), "P"),
      Catch::Contains("an event pattern must be an object (got [1])") && Catch::Contains("[P]"));
}

TEST_CASE("rule attributes are the resource's Arn and Ref", "[events][rule]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& rule = stack.add<events::Rule>("Rule", {.schedule = hourly()});
  CHECK(stack.resolve(rule.rule_arn()).dump() == R"({"Fn::GetAtt":["Rule4C995B7F","Arn"]})");
  CHECK(stack.resolve(rule.rule_name()).dump() == R"({"Ref":"Rule4C995B7F"})");
  CHECK(rule.schedule_expression() == "rate(1 hour)");
  CHECK(rule.resource().cfn_resource_type() == "AWS::Events::Rule");
}

TEST_CASE("a target in the rule's environment is accepted", "[events][rule]") {
  cdk::App app;
  const cdk::Environment env{.account = "111111111111", .region = "us-east-1"};
  auto& stack = app.add<cdk::Stack>("Stack", {.env = env});
  auto& other = app.add<cdk::Stack>("Other", {.env = env});
  auto& agnostic = app.add<cdk::Stack>("Agnostic");
  auto& queue = other.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  auto& free = agnostic.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  auto& rule = stack.add<events::Rule>("Rule", {.schedule = hourly()});
  RecordingTarget same({.arn = "arn:q", .target_resource = &queue});
  RecordingTarget unknown({.arn = "arn:q", .target_resource = &free});
  CHECK_NOTHROW(rule.add_target(same));
  CHECK_NOTHROW(rule.add_target(unknown));  // an unresolved environment counts as the same
}

TEST_CASE("a cross-environment target is rejected", "[events][rule][errors]") {
  // aws-cdk-lib creates a mirror rule and an event-bus policy stack; cdkpp does not support it.
  cdk::App app;
  auto& stack = app.add<cdk::Stack>(
      "Stack", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& other = app.add<cdk::Stack>(
      "Other", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  auto& queue = other.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  auto& rule = stack.add<events::Rule>("Rule", {.schedule = hourly()});
  RecordingTarget target({.arn = "arn:q", .target_resource = &queue});
  CHECK_THROWS_WITH(
      rule.add_target(target),
      Catch::Contains("target Target0 is in aws://222222222222/us-east-1 but the rule is in "
                      "aws://111111111111/us-east-1") &&
          Catch::Contains("[Stack/Rule]") && Catch::Contains("Other/Queue"));
}

TEST_CASE("a rule name of 64 allowed characters is accepted", "[events][rule]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  CHECK_NOTHROW(stack.add<events::Rule>(
      "Rule", {.rule_name = std::string(62, 'a') + "._", .schedule = hourly()}));
}

TEST_CASE(
    "rule names are checked as aws-cdk-lib's pattern checks them, byte by byte", "[events][rule]") {
  // aws-cdk-lib 2.276.0 (rule.ts): /^[\.\-_A-Za-z0-9]+$/; std::regex is the reference here.
  const std::regex pattern(R"(^[\.\-_A-Za-z0-9]+$)");
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  const auto names = cdk_test::with_every_byte_inside({"A-Z_a.z0-9"});
  int id = 0;
  for (const auto& name : names) {
    INFO("rule name bytes " << cdk_test::printable(name));
    auto add = [&] {
      stack.add<events::Rule>(
          "Rule" + std::to_string(id++), {.rule_name = name, .schedule = hourly()});
    };
    if (std::regex_match(name, pattern)) {
      CHECK_NOTHROW(add());
    } else {
      CHECK_THROWS_WITH(add(), Catch::Contains("rule_name can contain only letters"));
    }
  }
}
