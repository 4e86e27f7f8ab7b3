// kms::Alias as aws-cdk-lib 2.276.0's alias.ts: name rules (errors with its messages), removal
// policy, attributes and forwarding to the target key.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/alias.hpp>
#include <cdk/kms/key.hpp>
#include <string>

namespace iam = cdk::iam;
namespace kms = cdk::kms;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

TEST_CASE("alias names get the alias/ prefix and keep valid characters", "[kms][alias]") {
  CHECK(kms::validate_alias_name("my-key") == "alias/my-key");
  CHECK(kms::validate_alias_name("alias/a:b/c_d-e") == "alias/a:b/c_d-e");
  CHECK(kms::validate_alias_name("alias/" + std::string(250, 'a')).size() == 256);
}

TEST_CASE("alias name errors carry aws-cdk-lib's messages", "[kms][alias][errors]") {
  using Catch::Contains;
  CHECK_THROWS_WITH(
      kms::validate_alias_name("alias/aws/mine"),
      Contains("Alias cannot start with alias/aws/: alias/aws/mine"));
  CHECK_THROWS_WITH(
      kms::validate_alias_name("alias/AWS/mine"),
      Contains("Alias cannot start with alias/aws/: alias/AWS/mine"));
  CHECK_THROWS_WITH(
      kms::validate_alias_name("aws/x"),
      Contains("Alias cannot start with alias/aws/: alias/aws/x"));
  CHECK_THROWS_WITH(
      kms::validate_alias_name("alias/"),
      Contains("Alias must include a value after \"alias/\": alias/"));
  CHECK_THROWS_WITH(
      kms::validate_alias_name("alias/has space"),
      Contains("Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-"));
  CHECK_THROWS_WITH(
      kms::validate_alias_name("alias/" + std::string(251, 'a')),
      Contains("Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-"));
  CHECK_THROWS_AS(kms::validate_alias_name("alias/é"), cdk::ValidationError);
}

TEST_CASE("an invalid alias fails at construction, naming the scope", "[kms][alias][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("K");
  CHECK_THROWS_WITH(
      stack.add<kms::Alias>("A", {.alias_name = "alias/aws/x", .target_key = &key}),
      Catch::Contains("Alias cannot start with alias/aws/") && Catch::Contains("[S]"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>("K2", {.alias = "aws/x"}),
      Catch::Contains("Alias cannot start with alias/aws/"));
  CHECK_THROWS_WITH(
      stack.add<kms::Alias>("B", {.alias_name = "alias/b"}),
      Catch::Contains(".target_key = nullptr"));
}

TEST_CASE(
    "an alias points at the key ARN and renders a removal policy only when given", "[kms][alias]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("Key");
  // WHEN
  auto& plain = stack.add<kms::Alias>("Plain", {.alias_name = "plain", .target_key = &key});
  stack.add<kms::Alias>(
      "Destroyed",
      {.alias_name = "destroyed",
       .removal_policy = cdk::RemovalPolicy::destroy,
       .target_key = &key});
  // THEN
  const auto t = app.assembly().template_json(stack);
  CHECK(
      t["Resources"]["Plain295EB121"].dump() ==
      R"({"Type":"AWS::KMS::Alias","Properties":{"AliasName":"alias/plain","TargetKeyId":{"Fn::GetAtt":["Key961B73FD","Arn"]}}})");
  CHECK(t["Resources"]["Destroyed8D54C5C0"]["DeletionPolicy"] == "Delete");
  CHECK(plain.alias_name() == "alias/plain");
  CHECK(plain.key_id() == "alias/plain");
  CHECK(
      stack.resolve(Json(plain.alias_arn())).dump() ==
      R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":kms:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":alias/plain"]]})");
  CHECK(&plain.alias_target_key() == &key);
}

TEST_CASE("an alias forwards grants and policy statements to its key", "[kms][alias][grants]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("Key");
  auto& alias = stack.add<kms::Alias>("Alias", {.alias_name = "a", .target_key = &key});
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  // WHEN
  alias.grant_encrypt_decrypt(role);
  alias.grant(iam::ServicePrincipal("logs.amazonaws.com"), {"kms:Decrypt"});
  // THEN
  CHECK(key.policy().statement_count() == 2);
  Template::from_stack(stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement", Json::array({{{"Resource", {{"Fn::GetAtt", {"Key961B73FD", "Arn"}}}}}})}}}});
}
