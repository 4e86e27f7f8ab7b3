// events::RuleTargetInput as aws-cdk-lib 2.276.0's RuleTargetInput (whole rules with inputs are
// compared with aws-cdk-lib's templates in parity_test.cpp).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/events/input.hpp>
#include <cdk/events/rule.hpp>

namespace events = cdk::events;
using Json = nlohmann::ordered_json;

namespace {

struct Fixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("Stack");
  events::Rule& rule = stack.add<events::Rule>(
      "Rule", {.schedule = events::Schedule::rate(cdk::Duration::hours(1))});
};

}  // namespace

TEST_CASE("an object without tokens becomes its JSON text, keys in order", "[events][input]") {
  // GIVEN
  Fixture f;
  // WHEN
  const auto props =
      events::RuleTargetInput::from_object({{"b", 1}, {"a", {{"c", true}}}}).bind(f.rule);
  // THEN
  CHECK(f.stack.resolve(props.input).get<std::string>() == R"({"b":1,"a":{"c":true}})");
  CHECK(props.input_path.empty());
}

TEST_CASE("an object with tokens becomes an Fn::Join", "[events][input]") {
  // GIVEN
  Fixture f;
  auto& pool = f.stack.add<cdk::CfnResource>("Pool", {.type = "AWS::Cognito::UserPool"});
  // WHEN
  const auto props =
      events::RuleTargetInput::from_object({{"user_pool_id", pool.ref()}}).bind(f.rule);
  // THEN
  CHECK(
      f.stack.resolve(props.input).dump() ==
      R"({"Fn::Join":["",["{\"user_pool_id\":\"",{"Ref":"Pool"},"\"}"]]})");
}

TEST_CASE(
    "text becomes a JSON string literal, line by line for multi-line text", "[events][input]") {
  Fixture f;
  CHECK(
      f.stack.resolve(events::RuleTargetInput::from_text("a \"b\"").bind(f.rule).input)
          .get<std::string>() == R"("a \"b\"")");
  CHECK(
      f.stack.resolve(events::RuleTargetInput::from_multiline_text("one\n\ntwo").bind(f.rule).input)
          .get<std::string>() == "\"one\"\n\"\"\n\"two\"");
}

TEST_CASE("an event path becomes InputPath", "[events][input]") {
  Fixture f;
  const auto props = events::RuleTargetInput::from_event_path("$.detail").bind(f.rule);
  CHECK(props.input.empty());
  CHECK(props.input_path == "$.detail");
}
