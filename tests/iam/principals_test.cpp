// Principals and the PrincipalRef handle, as aws-cdk-lib 2.276.0's principals.ts renders them
// (every kind also appears in the whole templates of parity_test.cpp).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/policy.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <regex>

namespace iam = cdk::iam;
using Json = nlohmann::ordered_json;

namespace {

// The principal JSON of `principal`, resolved in `stack`.
std::string rendered(const cdk::Stack& stack, const iam::IPrincipal& principal) {
  return stack.resolve(principal.policy_fragment().principal_json).dump();
}

}  // namespace

TEST_CASE("service principals render their standard name", "[iam][principals]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  CHECK(
      rendered(stack, iam::ServicePrincipal("lambda")) ==
      R"({"Service":["lambda.amazonaws.com"]})");
  CHECK(
      rendered(stack, iam::ServicePrincipal("ec2.amazonaws.com.cn")) ==
      R"({"Service":["ec2.amazonaws.com"]})");
  CHECK(
      rendered(stack, iam::ServicePrincipal("x.c2s.ic.gov")) ==
      R"({"Service":["x.amazonaws.com"]})");
  CHECK(
      rendered(stack, iam::ServicePrincipal("states.us-east-1.amazonaws.com")) ==
      R"({"Service":["states.us-east-1.amazonaws.com"]})");
  CHECK(iam::ServicePrincipal("lambda").to_string() == "ServicePrincipal(lambda)");
  CHECK(iam::ServicePrincipal("lambda").principal_account().empty());
}

TEST_CASE(
    "account principals render the consuming stack's partition and account", "[iam][principals]") {
  // GIVEN an environment-agnostic stack and one with an environment
  cdk::App app;
  auto& agnostic = app.add<cdk::Stack>("Agnostic");
  auto& concrete = app.add<cdk::Stack>(
      "Concrete", {.env = cdk::Environment{.account = "123456789012", .region = "us-east-1"}});
  const iam::AccountPrincipal account("111122223333");
  const iam::AccountRootPrincipal root;
  // THEN
  CHECK(
      rendered(agnostic, account) ==
      R"({"AWS":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::111122223333:root"]]}]})");
  CHECK(account.principal_account() == "111122223333");
  CHECK(
      rendered(agnostic, root) ==
      R"({"AWS":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}]})");
  CHECK(
      rendered(concrete, root) ==
      R"({"AWS":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::123456789012:root"]]}]})");
  CHECK(cdk::Token::is_unresolved(root.principal_account()));
  CHECK_THROWS_WITH(
      iam::AccountPrincipal(""), Catch::Contains("AccountPrincipal needs an account id"));
}

TEST_CASE("arn, any and star principals", "[iam][principals]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  CHECK(
      rendered(stack, iam::ArnPrincipal("arn:aws:iam::1:user/u")) ==
      R"({"AWS":["arn:aws:iam::1:user/u"]})");
  CHECK(rendered(stack, iam::AnyPrincipal()) == R"({"AWS":["*"]})");
  CHECK(rendered(stack, iam::StarPrincipal()) == R"({"LiteralString":["*"]})");
  CHECK(
      iam::PolicyStatement({.principals = {iam::StarPrincipal()}})
          .to_statement_json()["Principal"] == "*");
}

TEST_CASE(
    "a composite principal merges its parts and adds one trust statement each",
    "[iam][principals]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  iam::CompositePrincipal composite(iam::ServicePrincipal("a"), iam::ArnPrincipal("arn:x"));
  composite.add_principals({iam::ServicePrincipal("b")});
  // WHEN
  iam::PolicyDocument trust;
  composite.add_to_assume_role_policy(trust);
  // THEN
  CHECK(
      rendered(stack, composite) ==
      R"({"Service":["a.amazonaws.com","b.amazonaws.com"],"AWS":["arn:x"]})");
  CHECK(trust.statement_count() == 3);
  CHECK(composite.assume_role_action() == "sts:AssumeRole");
  CHECK(composite.principals().size() == 3);
  CHECK_THROWS_WITH(
      iam::CompositePrincipal(std::vector<iam::PrincipalRef>{}),
      Catch::Contains("CompositePrincipals must be constructed with at least 1 Principal"));
}

TEST_CASE("a PrincipalRef copies value principals and refers to constructs", "[iam][principals]") {
  // GIVEN a handle made from a temporary value principal, and one made from a role
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  const iam::PrincipalRef value = iam::ServicePrincipal("sns");
  iam::PrincipalRef construct = role;
  // WHEN a statement is added through the role's handle
  const auto result = construct.add_to_principal_policy(
      iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}}));
  // THEN the temporary lives on in the handle, and the role itself got the statement
  CHECK(value.to_string() == "ServicePrincipal(sns)");
  CHECK(&construct.get() == static_cast<const iam::IPrincipal*>(&role));
  CHECK(result.statement_added);
  REQUIRE(role.default_policy() != nullptr);
  CHECK(result.policy_dependable == static_cast<cdk::Construct*>(role.default_policy()));
  CHECK(iam::PrincipalRef(value).share() == value.share());  // copies share the principal
  CHECK(value.grant_principal().to_string() == "ServicePrincipal(sns)");
}

TEST_CASE("value principals have no policy of their own", "[iam][principals]") {
  iam::ServicePrincipal service("lambda");
  CHECK_FALSE(service.add_to_policy(iam::PolicyStatement({.actions = {"s3:*"}})));
  CHECK(service.add_to_principal_policy(iam::PolicyStatement()).policy_dependable == nullptr);
}

TEST_CASE(
    "service names are standardized exactly where aws-cdk-lib's pattern matches",
    "[iam][principals]") {
  // aws-cdk-lib 2.276.0 (ServicePrincipalToken.newStandardizedBehavior): a match of this
  // pattern becomes "<first group>.amazonaws.com"; anything else is kept. std::regex is the
  // reference here.
  const std::regex pattern(
      R"(^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$)");
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::vector<std::string> services;
  for (const std::string name : {"s3", "a b", "x-y_z", "\xc3\xa9"}) {
    for (const std::string suffix :
         {"",
          ".",
          "..",
          ".amazonaws.com",
          ".amazonaws.com.cn",
          ".c2s.ic.gov",
          ".sc2s.sgov.gov",
          ".amazonaws.co",
          ".amazonaws.com.cnx",
          ".amazonaws.com.cn.cn",
          ".AMAZONAWS.COM",
          ".us-east-1.amazonaws.com",
          "..amazonaws.com",
          ".c2s.ic.gov.",
          ".amazonaws.comx",
          "amazonaws.com"}) {
      services.push_back(name + suffix);
    }
  }
  services.insert(services.end(), {".amazonaws.com", ".", ""});
  for (const auto& service : services) {
    INFO("service " << service);
    std::smatch match;
    const std::string expected =
        std::regex_match(service, match, pattern) ? match[1].str() + ".amazonaws.com" : service;
    CHECK(
        rendered(stack, iam::ServicePrincipal(service)) ==
        Json{{"Service", Json::array({expected})}}.dump());
  }
}
