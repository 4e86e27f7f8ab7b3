// logs::LogGroup behaviour, following aws-cdk-lib 2.276.0's aws-logs/lib/log-group.ts and
// log-group-grants.ts (whole templates are compared in log_group_parity_test.cpp).
//
// Deliberate difference from aws-cdk-lib: a grant to a principal of another account needs a
// log group resource policy (AWS::Logs::ResourcePolicy), which cdkpp does not create yet; it
// is an error instead.
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/logs/log_group.hpp>

#include "logs/fake_key.hpp"

namespace logs = cdk::logs;
namespace iam = cdk::iam;
using cdk::assertions::Match;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

struct Fixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("Stack");

  logs::LogGroup& group(logs::LogGroupProps props = {}) {
    return stack.add<logs::LogGroup>("Group", std::move(props));
  }
  iam::Role& role() {
    return stack.add<iam::Role>(
        "Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  }
};

}  // namespace

TEST_CASE("a bare log group keeps events two years and is retained", "[logs]") {
  // GIVEN
  Fixture f;
  f.group();
  // WHEN
  const auto tmpl = Template::from_stack(f.stack);
  // THEN
  tmpl.has_resource(
      "AWS::Logs::LogGroup",
      {{"Properties", Match::exact({{"RetentionInDays", 731}})},
       {"UpdateReplacePolicy", "Retain"},
       {"DeletionPolicy", "Retain"}});
}

TEST_CASE("retention infinite leaves RetentionInDays out", "[logs]") {
  Fixture f;
  f.group({.retention = logs::RetentionDays::infinite});
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::Logs::LogGroup", {{"RetentionInDays", Match::absent()}});
}

TEST_CASE("each prop renders under its CloudFormation name", "[logs]") {
  // GIVEN a key and every prop
  Fixture f;
  auto& key = f.stack.add<cdk::test::FakeKey>("Key", {.arn = "arn:aws:kms:us-east-1:1:key/k"});
  f.group({
      .encryption_key = &key,
      .log_group_class = logs::LogGroupClass::infrequent_access,
      .log_group_name = "/my/group",
      .removal_policy = cdk::RemovalPolicy::destroy,
      .retention = logs::RetentionDays::one_week,
  });
  // THEN
  Template::from_stack(f.stack).has_resource(
      "AWS::Logs::LogGroup",
      {{"Properties",
        Match::exact({
            {"KmsKeyId", "arn:aws:kms:us-east-1:1:key/k"},
            {"LogGroupClass", "INFREQUENT_ACCESS"},
            {"LogGroupName", "/my/group"},
            {"RetentionInDays", 7},
        })},
       {"UpdateReplacePolicy", "Delete"},
       {"DeletionPolicy", "Delete"}});
}

TEST_CASE("the delivery class takes no retention", "[logs][errors]") {
  Fixture f;
  f.group({.log_group_class = logs::LogGroupClass::delivery});
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::Logs::LogGroup", {{"LogGroupClass", "DELIVERY"}, {"RetentionInDays", Match::absent()}});
  Fixture g;
  CHECK_THROWS_WITH(
      g.group(
          {.log_group_class = logs::LogGroupClass::delivery,
           .retention = logs::RetentionDays::one_day}),
      Catch::Contains("retention is not supported for a log group with logGroupClass DELIVERY") &&
          Catch::Contains("Stack/Group") && Catch::Contains("fix:"));
}

TEST_CASE("a retention that is not a positive number of days is rejected", "[logs][errors]") {
  Fixture f;
  CHECK_THROWS_WITH(
      f.group({.retention = static_cast<logs::RetentionDays>(0)}),
      Catch::Contains("retentionInDays must be positive, got 0") && Catch::Contains("fix:"));
}

TEST_CASE(
    "grant_write gives the grantee aws-cdk-lib's write actions on the ARN", "[logs][grants]") {
  // GIVEN
  Fixture f;
  auto& group = f.group();
  auto& role = f.role();
  // WHEN
  const auto grant = group.grant_write(role);
  // THEN
  CHECK(grant.success());
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement",
          Json::array({{
              {"Action", Json::array({"logs:CreateLogStream", "logs:PutLogEvents"})},
              {"Effect", "Allow"},
              {"Resource", {{"Fn::GetAtt", Json::array({"GroupC77FDACD", "Arn"})}}},
          }})}}}});
}

TEST_CASE(
    "grant_read and grant name the ARN with and without the stream suffix", "[logs][grants]") {
  Fixture f;
  auto& group = f.group();
  auto& role = f.role();
  group.grant_read(role);
  const Json policy = Template::from_stack(f.stack)
                          .find_resources("AWS::IAM::Policy")
                          .begin()
                          .value()["Properties"]["PolicyDocument"]["Statement"][0];
  CHECK(policy["Action"].size() == 5);
  CHECK(policy["Action"][0] == "logs:FilterLogEvents");
  REQUIRE(policy["Resource"].size() == 2);
  CHECK(policy["Resource"][0].contains("Fn::Join"));
  CHECK(policy["Resource"][1]["Fn::GetAtt"][0] == "GroupC77FDACD");
}

TEST_CASE("a grant to another account's principal is an error", "[logs][grants][errors]") {
  Fixture f;
  auto& group = f.group();
  CHECK_THROWS_WITH(
      group.grant_write(iam::AccountPrincipal("222222222222")),
      Catch::Contains("needs a resource policy") && Catch::Contains("Stack/Group"));
}
