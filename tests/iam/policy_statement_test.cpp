// PolicyStatement and PolicyDocument: rendering and validation as aws-cdk-lib 2.276.0's
// policy-statement.ts and postprocess-policy-document.ts (whole documents are compared with
// aws-cdk-lib's output in parity_test.cpp).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>

namespace iam = cdk::iam;
using Json = nlohmann::ordered_json;

TEST_CASE(
    "a statement renders its keys in aws-cdk-lib's order, single values as scalars",
    "[iam][statement]") {
  // GIVEN a statement with every element set, in another order
  iam::PolicyStatement statement({
      .actions = {"s3:GetObject"},
      .conditions = {{"Bool", {{"aws:SecureTransport", "true"}}}},
      .effect = iam::Effect::deny,
      .principals = {iam::ServicePrincipal("lambda")},
      .resources = {"arn:aws:s3:::b/*", "arn:aws:s3:::a/*"},
      .sid = "Sid1",
  });
  // WHEN rendered
  const Json json = statement.to_statement_json();
  // THEN
  CHECK(
      json.dump() ==
      R"({"Action":"s3:GetObject","Condition":{"Bool":{"aws:SecureTransport":"true"}},"Effect":"Deny",)"
      R"("Principal":{"Service":"lambda.amazonaws.com"},"Resource":["arn:aws:s3:::b/*","arn:aws:s3:::a/*"],"Sid":"Sid1"})");
}

TEST_CASE(
    "actions and resources keep their order and drop repeats, and actions are not sorted",
    "[iam][statement]") {
  // GIVEN
  iam::PolicyStatement statement({.actions = {"s3:PutObject", "s3:Abort*", "s3:PutObject"}});
  statement.add_actions({"s3:Abort*", "kms:Decrypt"});
  statement.add_resources({"b", "a"});
  statement.add_all_resources();
  statement.add_resources({"a"});
  // THEN
  CHECK(
      statement.actions() == std::vector<std::string>{"s3:PutObject", "s3:Abort*", "kms:Decrypt"});
  CHECK(
      statement.to_statement_json().dump() ==
      R"({"Action":["s3:PutObject","s3:Abort*","kms:Decrypt"],"Effect":"Allow","Resource":["b","a","*"]})");
}

TEST_CASE(
    "principals merge per kind in the order first added, values not de-duplicated",
    "[iam][statement]") {
  // GIVEN
  iam::PolicyStatement statement({
      .actions = {"sqs:*"},
      .principals =
          {iam::ServicePrincipal("sns.amazonaws.com"),
           iam::AnyPrincipal(),
           iam::ServicePrincipal("events"),
           iam::ArnPrincipal("arn:aws:iam::1:role/x"),
           iam::AnyPrincipal()},
  });
  // THEN
  CHECK(
      statement.to_statement_json()["Principal"].dump() ==
      R"({"Service":["sns.amazonaws.com","events.amazonaws.com"],"AWS":["*","arn:aws:iam::1:role/x","*"]})");
  CHECK(statement.has_principal());
}

TEST_CASE(
    "conditions with the same operator merge key by key, the later value winning",
    "[iam][statement]") {
  // GIVEN
  iam::PolicyStatement statement(
      {.actions = {"s3:*"}, .conditions = {{"StringEquals", {{"a", "1"}, {"b", "2"}}}}});
  // WHEN
  statement.add_condition("StringEquals", {{"a", "3"}, {"c", "4"}});
  statement.add_conditions({{"Bool", {{"x", "true"}}}});
  statement.add_source_account_condition("111122223333");
  // THEN
  CHECK(
      statement.conditions().dump() ==
      R"({"StringEquals":{"a":"3","b":"2","c":"4","aws:SourceAccount":"111122223333"},"Bool":{"x":"true"}})");
}

TEST_CASE("a statement without anything renders only its effect", "[iam][statement]") {
  CHECK(iam::PolicyStatement().to_statement_json().dump() == R"({"Effect":"Allow"})");
}

TEST_CASE("invalid statements are rejected eagerly", "[iam][statement][errors]") {
  // An action needs a service prefix.
  CHECK_THROWS_WITH(
      iam::PolicyStatement({.actions = {"GetObject"}}),
      Catch::Contains("Action 'GetObject' is invalid") && Catch::Contains("fix:"));
  CHECK_THROWS_AS(iam::PolicyStatement({.actions = {"s3:Get Object"}}), cdk::ValidationError);
  CHECK_NOTHROW(iam::PolicyStatement({.actions = {"*", "s3:*", "s3:Get*", "execute-api:Invoke"}}));
  // aws-cdk-lib's /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/ at its edges.
  for (const char* action : {":GetObject", "s3:", "s3:Get:Object", "s3::Get", "s_3:Get", "s3:Get-Object", "**", "s3*:Get"}) {
    INFO(action);
    CHECK_THROWS_AS(iam::PolicyStatement({.actions = {action}}), cdk::ValidationError);
  }
  CHECK_NOTHROW(iam::PolicyStatement({.actions = {"a-b-1:X9*", "S3:*Object*"}}));
  // Actions and NotActions (and the other pairs) exclude each other.
  CHECK_THROWS_WITH(
      iam::PolicyStatement({.actions = {"s3:GetObject"}, .not_actions = {"s3:PutObject"}}),
      Catch::Contains("Cannot add 'NotActions' to policy statement if 'Actions' have been added"));
  iam::PolicyStatement with_resources({.resources = {"*"}});
  CHECK_THROWS_WITH(
      with_resources.add_not_resources({"x"}), Catch::Contains("Cannot add 'NotResources'"));
  iam::PolicyStatement with_principals({.principals = {iam::AnyPrincipal()}});
  CHECK_THROWS_WITH(
      with_principals.add_not_principals({iam::AnyPrincipal()}),
      Catch::Contains("Cannot add 'NotPrincipals'"));
  // A condition is an operator -> object map.
  CHECK_THROWS_WITH(
      iam::PolicyStatement({.conditions = {{"StringEquals", "x"}}}),
      Catch::Contains("A Condition should be represented as a map of operator to value"));
  // StarPrincipal can't share a statement with other principals.
  CHECK_THROWS_WITH(
      iam::PolicyStatement({.principals = {iam::StarPrincipal(), iam::AnyPrincipal()}}),
      Catch::Contains("Cannot merge principals {\"LiteralString\":[\"*\"]} and {\"AWS\":[\"*\"]}"));
}

TEST_CASE(
    "statements are validated per policy kind as aws-cdk-lib does",
    "[iam][statement][validation]") {
  // GIVEN
  const iam::PolicyStatement empty;
  const iam::PolicyStatement with_principal(
      {.actions = {"s3:*"}, .principals = {iam::AnyPrincipal()}, .sid = "a-b"});
  const iam::PolicyStatement identity({.actions = {"s3:*"}, .resources = {"*"}, .sid = "Ok1"});
  // THEN
  CHECK_THAT(
      empty.validate_for_any_policy().at(0),
      Catch::Contains("at least one 'action' or 'notAction'"));
  CHECK(empty.validate_for_resource_policy().size() == 3);
  CHECK(empty.validate_for_resource_policy(true).size() == 2);
  CHECK_THAT(
      empty.validate_for_trust_policy().at(1),
      Catch::Contains("trust policy must specify at least one IAM principal"));
  const auto errors = with_principal.validate_for_identity_policy();
  REQUIRE(errors.size() == 3);
  CHECK_THAT(errors[0], Catch::Contains("cannot specify any IAM principals"));
  CHECK_THAT(errors[1], Catch::Contains("must specify at least one resource"));
  CHECK_THAT(errors[2], Catch::Contains("Statement ID (sid) 'a-b' must be alphanumeric"));
  CHECK(identity.validate_for_identity_policy().empty());
}

TEST_CASE(
    "a document renders later additions and drops statements that resolve the same",
    "[iam][document]") {
  // GIVEN a document used by a resource before all its statements are added
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& topic = stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  iam::PolicyDocument doc;
  const std::string token = doc.to_json(stack);
  // WHEN two statements are added that differ only in their (equal) tokens
  doc.add_statements(
      iam::PolicyStatement({.actions = {"sns:Publish"}, .resources = {topic.ref()}}));
  doc.add_statements(
      {iam::PolicyStatement({.actions = {"sns:Publish"}, .resources = {topic.ref()}})});
  // THEN one remains
  CHECK(doc.statement_count() == 2);
  CHECK(
      stack.resolve(Json(token)).dump() ==
      R"({"Statement":[{"Action":"sns:Publish","Effect":"Allow","Resource":{"Ref":"Topic"}}],"Version":"2012-10-17"})");
}

TEST_CASE("an empty document renders nothing, so the property is left out", "[iam][document]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  const iam::PolicyDocument doc;
  stack.add<cdk::CfnResource>(
      "Holder",
      {.properties = {{"PolicyDocument", doc.to_json(stack)}, {"Other", 1}},
       .type = "AWS::SQS::QueuePolicy"});
  // THEN
  CHECK(doc.is_empty());
  CHECK(doc.render().is_null());
  CHECK(
      app.assembly().template_json(stack)["Resources"]["Holder"]["Properties"].dump() ==
      R"({"Other":1})");
}

TEST_CASE(
    "copying a document copies its statements, and tokens follow the original", "[iam][document]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  iam::PolicyDocument original(
      {.statements = {iam::PolicyStatement({.actions = {"s3:A"}, .resources = {"*"}})}});
  const std::string token = original.to_json(stack);
  // WHEN
  iam::PolicyDocument copy = original;
  copy.add_statements(iam::PolicyStatement({.actions = {"s3:B"}, .resources = {"*"}}));
  // THEN
  CHECK(original.statement_count() == 1);
  CHECK(copy.statement_count() == 2);
  CHECK(stack.resolve(Json(token))["Statement"].size() == 1);
  CHECK(copy.render()["Statement"].size() == 2);
}

TEST_CASE("a document validates each of its statements", "[iam][document][validation]") {
  const iam::PolicyDocument doc(
      {.statements = {iam::PolicyStatement(), iam::PolicyStatement({.actions = {"s3:*"}})}});
  CHECK(doc.validate_for_any_policy().size() == 1);
  CHECK(doc.validate_for_identity_policy().size() == 3);
  CHECK(doc.validate_for_trust_policy().size() == 3);
  CHECK(doc.validate_for_resource_policy().size() == 5);
}

TEST_CASE(
    "the same principal is added to a statement once, as in aws-cdk-lib's OrderedSet",
    "[iam][statement]") {
  // GIVEN one handle and one role, each added twice, and two separate equal values
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  const iam::PrincipalRef handle = iam::ServicePrincipal("sns");
  iam::PolicyStatement statement({.actions = {"sqs:*"}, .principals = {handle, role, handle}});
  statement.add_principals({role, iam::AnyPrincipal(), iam::AnyPrincipal()});
  // THEN
  CHECK(statement.principals().size() == 4);
  CHECK(
      stack.resolve(statement.to_statement_json()["Principal"]).dump() ==
      R"({"Service":"sns.amazonaws.com","AWS":[{"Fn::GetAtt":["Role1ABCC5F0","Arn"]},"*","*"]})");
}
