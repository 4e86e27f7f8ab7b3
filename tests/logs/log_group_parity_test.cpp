// Log groups checked against aws-cdk-lib 2.276.0: each scenario is the C++ twin of one in
// tests/parity/logs.js, and its whole template (key order included) must equal the one
// aws-cdk-lib synthesized (tests/parity/reference/logs.json). The error scenarios check that
// cdkpp rejects the same inputs with aws-cdk-lib's message.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/logs/log_group.hpp>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/parity_reference.hpp"
#include "core/parity_templates.hpp"
#include "logs/fake_key.hpp"

namespace logs = cdk::logs;
namespace iam = cdk::iam;
using Json = nlohmann::ordered_json;
using Stacks = std::vector<cdk::Stack*>;

namespace {

const char* const kKeyArn = "arn:aws:kms:us-east-1:111111111111:key/abcd-1234";

iam::Role& lambda_role(cdk::Stack& stack) {
  return stack.add<iam::Role>(
      "Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
}

Stacks defaults(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("DefaultsStack");
  auto& group = stack.add<logs::LogGroup>("LogGroup");
  stack.add<cdk::CfnOutput>("Arn", {.value = group.log_group_arn()});
  stack.add<cdk::CfnOutput>("Name", {.value = group.log_group_name()});
  return {&stack};
}

Stacks export_lambda(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("ExportStack");
  stack.add<logs::LogGroup>(
      "ExportLambdaLogGroup",
      {
          .removal_policy = cdk::RemovalPolicy::destroy,
          .retention = logs::RetentionDays::one_year,
      });
  return {&stack};
}

Stacks all_props(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("AllPropsStack");
  auto& key = stack.add<cdk::test::FakeKey>("Key", {.arn = kKeyArn});
  auto& group = stack.add<logs::LogGroup>(
      "Named",
      {
          .encryption_key = &key,
          .log_group_class = logs::LogGroupClass::infrequent_access,
          .log_group_name = "/aws/lambda/export",
          .removal_policy = cdk::RemovalPolicy::snapshot,
          .retention = logs::RetentionDays::infinite,
      });
  stack.add<logs::LogGroup>("Delivery", {.log_group_class = logs::LogGroupClass::delivery});
  stack.add<logs::LogGroup>(
      "Standard",
      {
          .log_group_class = logs::LogGroupClass::standard,
          .retention = logs::RetentionDays::ten_years,
      });
  cdk::Tags::of(stack).add("project", "compact-connect");
  cdk::Tags::of(group).add("environment", "sandbox");
  stack.add<cdk::CfnOutput>("Arn", {.value = group.log_group_arn()});
  stack.add<cdk::CfnOutput>("Name", {.value = group.log_group_name()});
  return {&stack};
}

Stacks retentions(cdk::App& app) {
  using R = logs::RetentionDays;
  auto& stack = app.add<cdk::Stack>("RetentionStack");
  const std::vector<std::pair<const char*, R>> all = {
      {"ONE_DAY", R::one_day},
      {"THREE_DAYS", R::three_days},
      {"FIVE_DAYS", R::five_days},
      {"ONE_WEEK", R::one_week},
      {"TWO_WEEKS", R::two_weeks},
      {"ONE_MONTH", R::one_month},
      {"TWO_MONTHS", R::two_months},
      {"THREE_MONTHS", R::three_months},
      {"FOUR_MONTHS", R::four_months},
      {"FIVE_MONTHS", R::five_months},
      {"SIX_MONTHS", R::six_months},
      {"ONE_YEAR", R::one_year},
      {"THIRTEEN_MONTHS", R::thirteen_months},
      {"EIGHTEEN_MONTHS", R::eighteen_months},
      {"TWO_YEARS", R::two_years},
      {"THREE_YEARS", R::three_years},
      {"FIVE_YEARS", R::five_years},
      {"SIX_YEARS", R::six_years},
      {"SEVEN_YEARS", R::seven_years},
      {"EIGHT_YEARS", R::eight_years},
      {"NINE_YEARS", R::nine_years},
      {"TEN_YEARS", R::ten_years},
      {"INFINITE", R::infinite},
  };
  for (const auto& [name, retention] : all) {
    stack.add<logs::LogGroup>(name, {.retention = retention});
  }
  return {&stack};
}

Stacks grants_same_stack(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("GrantStack");
  auto& group = stack.add<logs::LogGroup>("LogGroup");
  auto& role = lambda_role(stack);
  group.grant_write(role);
  group.grant(role, {"logs:DescribeLogStreams", "logs:GetLogEvents"});
  return {&stack};
}

Stacks grants_two_stacks(cdk::App& app) {
  auto& producer = app.add<cdk::Stack>("LogStack");
  auto& group = producer.add<logs::LogGroup>("LogGroup");
  auto& consumer = app.add<cdk::Stack>("ConsumerStack");
  group.grant_write(lambda_role(consumer));
  return {&producer, &consumer};
}

const cdk::test::ParityScenarios& scenarios() {
  static const cdk::test::ParityScenarios all = {
      {"defaults", defaults},
      {"export_lambda", export_lambda},
      {"all_props", all_props},
      {"retentions", retentions},
      {"grants_same_stack", grants_same_stack},
      {"grants_two_stacks", grants_two_stacks},
  };
  return all;
}

Json group_app(logs::LogGroupProps props) {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  stack.add<logs::LogGroup>("LogGroup", std::move(props));
  return cdk::assertions::Template::from_stack(stack).to_json();
}

}  // namespace

TEST_CASE("log group templates equal aws-cdk-lib's", "[logs][parity]") {
  cdk::test::check_scenarios_equal_reference(scenarios(), cdk::test::parity_reference("logs.json"));
}

TEST_CASE(
    "log group props aws-cdk-lib rejects are rejected with its message", "[logs][parity][errors]") {
  const Json errors = cdk::test::parity_reference("logs.json")["errors"];
  for (const int days : {0, -1}) {
    const std::string name = days == 0 ? "retention_zero" : "retention_negative";
    CHECK_THROWS_WITH(
        group_app({.retention = static_cast<logs::RetentionDays>(days)}),
        Catch::Contains(errors[name]["error"].get<std::string>()) && Catch::Contains("S/LogGroup"));
  }
  CHECK_THROWS_WITH(
      group_app({
          .log_group_class = logs::LogGroupClass::delivery,
          .retention = logs::RetentionDays::one_day,
      }),
      Catch::Contains(errors["delivery_with_retention"]["error"].get<std::string>()) &&
          Catch::Contains("S/LogGroup"));
}
