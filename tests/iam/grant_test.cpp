// Grant: where statements go, as aws-cdk-lib 2.276.0's grant.ts decides (the rendered results
// are compared with aws-cdk-lib's in parity_test.cpp, scenario "grants").
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/policy.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>

#include "iam/detail/tokens.hpp"
#include "iam/policy_queue.hpp"

namespace iam = cdk::iam;

TEST_CASE("a grant to a role in the resource's account goes to the role only", "[iam][grant]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& queue = stack.add<cdk::test::PolicyQueue>("Queue");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  // WHEN
  const auto grant = queue.grant_send(role);
  // THEN
  CHECK(grant.success());
  CHECK(grant.principal_statement().has_value());
  CHECK_FALSE(grant.resource_statement().has_value());
  CHECK(queue.policy() == nullptr);
  REQUIRE(grant.dependables().size() == 1);
  CHECK(grant.dependables()[0] == static_cast<cdk::Construct*>(role.default_policy()));
}

TEST_CASE("a grant to a service principal goes to the resource policy", "[iam][grant]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& queue = stack.add<cdk::test::PolicyQueue>("Queue");
  // WHEN
  const auto grant = queue.grant_send(iam::ServicePrincipal("events"));
  // THEN
  CHECK(grant.success());
  CHECK_FALSE(grant.principal_statement().has_value());
  REQUIRE(grant.resource_statement().has_value());
  CHECK(grant.resource_statement()->principals().size() == 1);
  REQUIRE(grant.dependables().size() == 1);
  CHECK(grant.dependables()[0] == static_cast<cdk::Construct*>(queue.policy()));
}

TEST_CASE("a grant across accounts goes to both policies", "[iam][grant]") {
  // GIVEN a role in another account
  cdk::App app;
  auto& a = app.add<cdk::Stack>(
      "A", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& b = app.add<cdk::Stack>(
      "B", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  auto& queue = a.add<cdk::test::PolicyQueue>("Queue");
  auto& role =
      b.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda"), .role_name = "r"});
  // WHEN
  const auto grant = iam::Grant::add_to_principal_or_resource(
      {.actions = {"sqs:SendMessage"},
       .grantee = role,
       .resource = &queue,
       .resource_arns = {"arn:q"}});
  // THEN the resource statement is the grant's; the role's statement stays in its policy
  CHECK(grant.resource_statement().has_value());
  CHECK_FALSE(grant.principal_statement().has_value());
  REQUIRE(role.default_policy() != nullptr);
  CHECK(role.default_policy()->document().statement_count() == 1);
  CHECK(queue.policy() != nullptr);
}

TEST_CASE(
    "a grant to a role without a name in another environment is a clear error",
    "[iam][grant][errors]") {
  // GIVEN
  cdk::App app;
  auto& a = app.add<cdk::Stack>(
      "A", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& b = app.add<cdk::Stack>(
      "B", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  auto& queue = a.add<cdk::test::PolicyQueue>("Queue");
  auto& role = b.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  iam::Grant::add_to_principal_or_resource(
      {.actions = {"sqs:SendMessage"},
       .grantee = role,
       .resource = &queue,
       .resource_arns = {"arn:q"}});
  // THEN aws-cdk-lib would generate a role name; cdkpp asks for one
  CHECK_THROWS_WITH(
      app.assembly(),
      Catch::Contains("B/Role") &&
          Catch::Contains("role_arn is used in a stack of another account") &&
          Catch::Contains("fix: set .role_name"));
}

TEST_CASE(
    "a grant to a principal without a policy, on no resource, fails assert_success",
    "[iam][grant][errors]") {
  // GIVEN
  cdk::App app;
  const auto grant = iam::Grant::add_to_principal(
      {.actions = {"s3:GetObject", "s3:PutObject"},
       .grantee = iam::ServicePrincipal("sns"),
       .resource_arns = {"arn"}});
  // THEN
  CHECK_FALSE(grant.success());
  CHECK_THROWS_WITH(
      grant.assert_success(),
      Catch::Contains("Permissions for 'ServicePrincipal(sns)' to call 's3:GetObject,s3:PutObject' "
                      "on 'arn' could not be "
                      "added on either identity or resource policy."));
}

TEST_CASE("add_to_principal_and_resource writes both and combines dependables", "[iam][grant]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& queue = stack.add<cdk::test::PolicyQueue>("Queue");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  // WHEN
  const auto grant = iam::Grant::add_to_principal_and_resource({
      .actions = {"sqs:ReceiveMessage"},
      .grantee = role,
      .resource = &queue,
      .resource_arns = {queue.queue_arn()},
      .resource_policy_principal = iam::PrincipalRef(iam::AccountRootPrincipal()),
  });
  // THEN (as aws-cdk-lib, the resource statement is reported as the principal statement)
  CHECK(grant.success());
  REQUIRE(grant.principal_statement().has_value());
  CHECK(grant.principal_statement()->principals().size() == 1);
  CHECK(grant.dependables() == std::vector<cdk::Construct*>{role.default_policy(), queue.policy()});
  CHECK_THROWS_WITH(
      iam::Grant::add_to_principal_and_resource({.grantee = role}),
      Catch::Contains("(got .resource = nullptr)"));
}

TEST_CASE("apply_before makes a construct depend on the grant's policies", "[iam][grant]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& queue = stack.add<cdk::test::PolicyQueue>("Queue");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  auto& user = stack.add<cdk::CfnResource>("User", {.type = "AWS::SQS::Queue"});
  // WHEN
  const auto grant = queue.grant_send(role).combine(queue.grant_send(iam::ServicePrincipal("sns")));
  grant.apply_before(user);
  // THEN
  CHECK(grant.principal_statements().size() == 1);
  CHECK(grant.resource_statements().size() == 1);
  const auto t = app.assembly().template_json(stack);
  CHECK(
      t["Resources"]["User"]["DependsOn"].dump() ==
      R"(["QueuePolicy578A1801","RoleDefaultPolicy5FFB7DAB"])");
}

TEST_CASE("drop makes an unsuccessful grant", "[iam][grant]") {
  CHECK_FALSE(iam::Grant::drop(iam::AnyPrincipal(), "nothing to do").success());
}

TEST_CASE("token comparison follows aws-cdk-lib's Token.compareStrings", "[iam][grant]") {
  using cdk::iam::detail::compare_strings;
  using cdk::iam::detail::TokenComparison;
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  CHECK(compare_strings("1", "1") == TokenComparison::same);
  CHECK(compare_strings("1", "2") == TokenComparison::different);
  CHECK(compare_strings(stack.account(), "2") == TokenComparison::one_unresolved);
  CHECK(compare_strings(stack.account(), stack.region()) == TokenComparison::both_unresolved);
}
