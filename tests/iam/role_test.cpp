// Role, Policy and ManagedPolicy, as aws-cdk-lib 2.276.0's role.ts, policy.ts and
// managed-policy.ts (whole templates are compared with aws-cdk-lib's in parity_test.cpp).
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/managed_policy.hpp>
#include <cdk/iam/policy.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <regex>

#include "support/byte_names.hpp"

namespace iam = cdk::iam;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

TEST_CASE("a role renders its trust policy and only the properties given", "[iam][role]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role =
      stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  // THEN
  const auto t = app.assembly().template_json(stack);
  CHECK(
      t["Resources"]["Role1ABCC5F0"].dump() ==
      R"({"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole",)"
      R"("Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"}}})");
  CHECK(stack.resolve(Json(role.role_arn())).dump() == R"({"Fn::GetAtt":["Role1ABCC5F0","Arn"]})");
  CHECK(stack.resolve(Json(role.role_name())).dump() == R"({"Ref":"Role1ABCC5F0"})");
  CHECK(
      stack.resolve(Json(role.role_id())).dump() == R"({"Fn::GetAtt":["Role1ABCC5F0","RoleId"]})");
  CHECK(role.default_policy() == nullptr);
  CHECK(role.to_string() == "S/Role");
}

TEST_CASE("the DefaultPolicy is created on the first statement and names itself", "[iam][role]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  // WHEN
  CHECK(
      role.add_to_policy(iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"*"}})));
  role.add_to_principal_policy(
      iam::PolicyStatement({.actions = {"s3:PutObject"}, .resources = {"*"}}));
  // THEN
  REQUIRE(role.default_policy() != nullptr);
  CHECK(role.default_policy()->node().path() == "S/Role/DefaultPolicy");
  Template::from_stack(stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyName", "RoleDefaultPolicy5FFB7DAB"},
       {"Roles", Json::array({{{"Ref", "Role1ABCC5F0"}}})}});
  CHECK(
      app.assembly()
          .template_json(stack)["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]
                               ["PolicyDocument"]["Statement"]
          .size() == 2);
}

TEST_CASE("managed policies render once each, in the order added", "[iam][role]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>(
      "S", {.env = cdk::Environment{.account = "123456789012", .region = "us-east-1"}});
  auto& role = stack.add<iam::Role>(
      "Role",
      {
          .assumed_by = iam::ServicePrincipal("lambda"),
          .managed_policies = {iam::ManagedPolicy::from_aws_managed_policy_name("ReadOnlyAccess")},
      });
  // WHEN
  role.add_managed_policy(
      iam::ManagedPolicy::from_managed_policy_arn(stack, "Mine", "arn:aws:iam::1:policy/p"));
  role.add_managed_policy(iam::ManagedPolicyRef("arn:aws:iam::1:policy/p"));
  role.add_managed_policy(iam::ManagedPolicy::from_managed_policy_name(stack, "Named", "team/p"));
  role.add_managed_policy(iam::ManagedPolicy::from_aws_managed_policy_name("ReadOnlyAccess"));
  // THEN
  const auto t = app.assembly().template_json(stack);
  CHECK(
      t["Resources"]["Role1ABCC5F0"]["Properties"]["ManagedPolicyArns"].dump() ==
      R"([{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/ReadOnlyAccess"]]},)"
      R"("arn:aws:iam::1:policy/p",{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::123456789012:policy/team/p"]]}])");
  // from_managed_policy_arn/name add a construct (rendering nothing) under the scope, as
  // aws-cdk-lib
  CHECK(stack.node().try_find_child("Mine") != nullptr);
  CHECK_THROWS(iam::ManagedPolicy::from_managed_policy_arn(stack, "Mine", "arn:x"));
}

TEST_CASE("role props are checked eagerly", "[iam][role][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  const iam::AnyPrincipal anyone;
  CHECK_THROWS_WITH(
      stack.add<iam::Role>("BadName", {.assumed_by = anyone, .role_name = "has space"}),
      Catch::Contains("Invalid roleName") && Catch::Contains("(got \"has space\")") &&
          Catch::Contains("S/BadName"));
  CHECK_THROWS_WITH(
      stack.add<iam::Role>("BadPath", {.assumed_by = anyone, .path = "noslash"}),
      Catch::Contains("Role path must be either a slash") &&
          Catch::Contains("However, noslash is provided") && Catch::Contains("S/BadPath"));
  CHECK_THROWS_WITH(
      stack.add<iam::Role>(
          "LongPath", {.assumed_by = anyone, .path = "/" + std::string(512, 'a') + "/"}),
      Catch::Contains("Role path must be between 1 and 512 characters. The provided role path is "
                      "514 characters."));
  CHECK_THROWS_WITH(
      stack.add<iam::Role>(
          "Short", {.assumed_by = anyone, .max_session_duration = cdk::Duration::minutes(30)}),
      Catch::Contains("maxSessionDuration is set to 1800, but must be >= 3600sec (1hr) and <= "
                      "43200sec (12hrs)") &&
          Catch::Contains("S/Short"));
  CHECK_THROWS_WITH(
      stack.add<iam::Role>(
          "Long", {.assumed_by = anyone, .max_session_duration = cdk::Duration::hours(13)}),
      Catch::Contains("maxSessionDuration is set to 46800"));
  CHECK_THROWS_WITH(
      stack.add<iam::Role>("Wordy", {.assumed_by = anyone, .description = std::string(1001, 'x')}),
      Catch::Contains("Role description must be no longer than 1000 characters"));
  std::string emoji;  // 501 x U+1F600: 1002 JavaScript characters
  for (int i = 0; i < 501; ++i) emoji += "\xF0\x9F\x98\x80";
  CHECK_THROWS_WITH(
      stack.add<iam::Role>("Smiley", {.assumed_by = anyone, .description = emoji}),
      Catch::Contains("Role description must be no longer than 1000 characters (got 1002)"));
  CHECK_THROWS_WITH(
      stack.add<iam::Role>(
          "Twice",
          {.assumed_by = anyone,
           .inline_policies = {{"P", iam::PolicyDocument()}, {"P", iam::PolicyDocument()}}}),
      Catch::Contains("inline_policies names \"P\" twice"));
  // Tokens are not checked; "/" is a valid path.
  CHECK_NOTHROW(stack.add<iam::Role>(
      "Tokens",
      {.assumed_by = anyone, .path = "/", .role_name = stack.stack_name() + stack.account()}));
}

TEST_CASE(
    "a trust policy without principals and bad inline policies fail validation",
    "[iam][role][validation]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>(
      "R",
      {
          .assumed_by = iam::AnyPrincipal(),
          .inline_policies =
              {{"Inline",
                iam::PolicyDocument(
                    {.statements = {iam::PolicyStatement({.actions = {"s3:*"}})}})}},
      });
  role.assume_role_policy().add_statements(iam::PolicyStatement({.actions = {"sts:AssumeRole"}}));
  role.add_to_policy(iam::PolicyStatement(
      {.actions = {"s3:*"}, .principals = {iam::AnyPrincipal()}, .sid = "not-alnum"}));
  // THEN
  CHECK_THROWS_WITH(
      app.assembly(),
      Catch::Contains("[S/R] A PolicyStatement used in a trust policy must specify at least one "
                      "IAM principal.") &&
          Catch::Contains("[S/R] A PolicyStatement used in an identity-based policy must specify "
                          "at least one resource.") &&
          Catch::Contains("[S/R/DefaultPolicy] A PolicyStatement used in an identity-based policy "
                          "cannot specify any IAM principals.") &&
          Catch::Contains(
              "[S/R/DefaultPolicy] Statement ID (sid) 'not-alnum' must be alphanumeric"));
}

TEST_CASE(
    "a policy renders only when it has statements and a role, unless forced or named",
    "[iam][policy]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("sns")});
  auto& unattached = stack.add<iam::Policy>(
      "Unattached",
      {.statements = {iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}})}});
  auto& empty = stack.add<iam::Policy>("Empty", {.roles = {&role}});
  // THEN
  CHECK_FALSE(unattached.should_synthesize());
  CHECK_FALSE(empty.should_synthesize());
  Template::from_stack(stack).resource_count_is("AWS::IAM::Policy", 0);
  CHECK(empty.is_attached());
  CHECK(empty.roles().size() == 1);
}

TEST_CASE("attaching a policy twice to a role attaches it once", "[iam][policy]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("sns")});
  auto& policy = stack.add<iam::Policy>(
      "P",
      {.roles = {&role},
       .statements = {iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}})}});
  // WHEN
  policy.attach_to_role(role);
  role.attach_inline_policy(policy);
  // THEN
  CHECK(policy.roles().size() == 1);
  Template::from_stack(stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyName", "P4E0919BE"}, {"Roles", Json::array({{{"Ref", "Role1ABCC5F0"}}})}});
}

TEST_CASE("policy validation follows aws-cdk-lib", "[iam][policy][validation]") {
  SECTION("forced and empty") {
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("S");
    stack.add<iam::Policy>("P", {.force = true});
    CHECK_THROWS_WITH(
        app.assembly(),
        Catch::Contains("[S/P] Policy created with force=true is empty. You must add statements to "
                        "the policy") &&
            Catch::Contains(
                "[S/P] Policy created with force=true must be attached to at least one principal"));
  }
  SECTION("name used but empty and unattached") {
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("S");
    auto& policy = stack.add<iam::Policy>("P");
    stack.add<cdk::CfnOutput>("Name", {.value = policy.policy_name()});
    CHECK_THROWS_WITH(
        app.assembly(),
        Catch::Contains("[S/P] This Policy has been referenced by a resource, so it must contain "
                        "at least one statement.") &&
            Catch::Contains(
                "[S/P] This Policy has been referenced by a resource, so it must be attached"));
  }
  SECTION("two policies of one name on a role") {
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("S");
    auto& role = stack.add<iam::Role>("R", {.assumed_by = iam::AnyPrincipal()});
    stack.add<iam::Policy>("P1", {.policy_name = "same", .roles = {&role}});
    CHECK_THROWS_WITH(
        stack.add<iam::Policy>("P2", {.policy_name = "same", .roles = {&role}}),
        Catch::Contains("A policy named \"same\" is already attached") && Catch::Contains("S/P2"));
  }
  SECTION("a null role") {
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("S");
    CHECK_THROWS_WITH(
        stack.add<iam::Policy>("P", {.roles = {nullptr}}),
        Catch::Contains("null role") && Catch::Contains("S/P"));
  }
}

TEST_CASE(
    "a second policy on a role marks both as referenced, as in aws-cdk-lib", "[iam][policy]") {
  // GIVEN a role with one policy
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("R", {.assumed_by = iam::AnyPrincipal()});
  auto& first = stack.add<iam::Policy>("First", {.roles = {&role}});
  CHECK_FALSE(first.should_synthesize());
  // WHEN a second one is attached (aws-cdk-lib compares names, which reads them)
  stack.add<iam::Policy>("Second", {.roles = {&role}});
  // THEN both must render, and both empty policies are errors
  CHECK(first.should_synthesize());
  CHECK_THROWS_WITH(
      app.assembly(),
      Catch::Contains("[S/First] This Policy has been referenced") &&
          Catch::Contains("[S/Second]"));
}

TEST_CASE("role grants add to the grantee's policy", "[iam][role][grant]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("R", {.assumed_by = iam::ServicePrincipal("lambda")});
  auto& other = stack.add<iam::Role>("O", {.assumed_by = iam::ServicePrincipal("lambda")});
  // WHEN
  const auto pass = role.grant_pass_role(other);
  const auto custom = role.grant(other, {"iam:GetRole"});
  const auto assume = role.grant_assume_role(other);
  // THEN
  CHECK(pass.success());
  CHECK(custom.principal_statement()->actions() == std::vector<std::string>{"iam:GetRole"});
  CHECK(assume.principal_statement()->actions() == std::vector<std::string>{"sts:AssumeRole"});
  REQUIRE(other.default_policy() != nullptr);
  CHECK(other.default_policy()->document().statement_count() == 3);
  CHECK_FALSE(role.grant_pass_role(iam::ServicePrincipal("sns")).success());
  CHECK_THROWS_WITH(
      role.grant_assume_role(iam::ServicePrincipal("sns")),
      Catch::Contains("Cannot use a service or account principal with grantAssumeRole") &&
          Catch::Contains("S/R"));
  CHECK_THROWS_WITH(
      role.grant_assume_role(iam::AccountRootPrincipal()),
      Catch::Contains("Cannot use a service or account"));
}

TEST_CASE("roles take the standard Tags", "[iam][role][tags]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("R", {.assumed_by = iam::ServicePrincipal("lambda")});
  role.add_to_policy(iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}}));
  cdk::Tags::of(stack).add("team", "a");
  // THEN the role is tagged, its policy (not taggable) is not
  const auto t = app.assembly().template_json(stack);
  const auto& resources = t["Resources"];
  CHECK(
      resources[role.resource().logical_id()]["Properties"]["Tags"].dump() ==
      R"([{"Key":"team","Value":"a"}])");
  CHECK_FALSE(
      resources[role.default_policy()->resource().logical_id()]["Properties"].contains("Tags"));
}

TEST_CASE(
    "a role used by another stack of its environment is imported by reference", "[iam][role]") {
  // GIVEN a role, and a policy document in another stack naming it
  cdk::App app;
  auto& producer = app.add<cdk::Stack>("Producer");
  auto& role = producer.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  auto& consumer = app.add<cdk::Stack>("Consumer");
  consumer.add<cdk::CfnOutput>("Arn", {.value = role.role_arn()});
  consumer.add<cdk::CfnOutput>("Name", {.value = role.role_name()});
  // THEN the consumer imports the exported attributes (no physical name needed), named as by
  // aws-cdk-lib 2.276.0 for the same tree
  const auto t = app.assembly().template_json(consumer);
  CHECK(
      t["Outputs"]["Arn"]["Value"].dump() ==
      R"({"Fn::ImportValue":"Producer:ExportsOutputFnGetAttRole1ABCC5F0ArnB4C0B73E"})");
  CHECK(
      t["Outputs"]["Name"]["Value"].dump() ==
      R"({"Fn::ImportValue":"Producer:ExportsOutputRefRole1ABCC5F06F481065"})");
}

TEST_CASE("a named role used in another account renders its ARN from the name", "[iam][role]") {
  // GIVEN
  cdk::App app;
  auto& producer = app.add<cdk::Stack>(
      "Producer", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& role = producer.add<iam::Role>(
      "Role",
      {.assumed_by = iam::ServicePrincipal("lambda"), .path = "/team/", .role_name = "named"});
  auto& consumer = app.add<cdk::Stack>(
      "Consumer", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  consumer.add<cdk::CfnOutput>("Arn", {.value = role.role_arn()});
  consumer.add<cdk::CfnOutput>("Name", {.value = role.role_name()});
  // THEN
  const auto t = app.assembly().template_json(consumer);
  CHECK(
      t["Outputs"]["Arn"]["Value"].dump() ==
      R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::111111111111:role/team/named"]]})");
  CHECK(t["Outputs"]["Name"]["Value"] == "named");
}

TEST_CASE(
    "role names are checked as aws-cdk-lib's pattern checks them, byte by byte",
    "[iam][role][errors]") {
  // aws-cdk-lib 2.276.0 (role.ts): /^[\w+=,.@-]{1,64}$/; std::regex is the reference here.
  const std::regex pattern(R"(^[\w+=,.@-]{1,64}$)");
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  const iam::AnyPrincipal anyone;
  const auto names =
      cdk_test::with_every_byte_inside({std::string(64, 'a'), std::string(65, 'a'), "A-Z_a+b=c,d.e@f"});
  int id = 0;
  for (const auto& name : names) {
    INFO("role name bytes " << cdk_test::printable(name));
    const bool accepted = std::regex_match(name, pattern);
    auto add = [&] {
      stack.add<iam::Role>("R" + std::to_string(id++), {.assumed_by = anyone, .role_name = name});
    };
    if (accepted) {
      CHECK_NOTHROW(add());
    } else {
      CHECK_THROWS_WITH(add(), Catch::Contains("Invalid roleName"));
    }
  }
}
