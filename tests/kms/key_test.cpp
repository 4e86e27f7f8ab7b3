// kms::Key as aws-cdk-lib 2.276.0's key.ts and key-grants.ts (whole templates are compared with
// aws-cdk-lib's in parity_test.cpp): props, the default key policy, grants and each error.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/key.hpp>

namespace iam = cdk::iam;
namespace kms = cdk::kms;
using cdk::Duration;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

Json key_properties(cdk::App& app, cdk::Stack& stack, const std::string& logical_id) {
  return app.assembly().template_json(stack)["Resources"][logical_id]["Properties"];
}

iam::Role& lambda_role(cdk::Construct& scope, const std::string& id) {
  return scope.add<iam::Role>(id, {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
}

}  // namespace

TEST_CASE("a key gets the account root on kms:* and is retained", "[kms][key]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN
  auto& key = stack.add<kms::Key>("Key");
  // THEN
  const auto t = app.assembly().template_json(stack);
  const Json& resource = t["Resources"]["Key961B73FD"];
  CHECK(resource["DeletionPolicy"] == "Retain");
  CHECK(resource["UpdateReplacePolicy"] == "Retain");
  CHECK(
      resource["Properties"]["KeyPolicy"]["Statement"][0].dump() ==
      R"({"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",)"
      R"({"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"})");
  CHECK(stack.resolve(Json(key.key_arn())).dump() == R"({"Fn::GetAtt":["Key961B73FD","Arn"]})");
  CHECK(stack.resolve(Json(key.key_id())).dump() == R"({"Ref":"Key961B73FD"})");
  CHECK(key.aliases().empty());
}

TEST_CASE("key props render under their CloudFormation names", "[kms][key]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN
  stack.add<kms::Key>(
      "Key",
      {
          .description = "d",
          .enabled = false,
          .key_spec = kms::KeySpec::ecc_nist_p256,
          .key_usage = kms::KeyUsage::sign_verify,
          .multi_region = true,
          .pending_window = Duration::days(10),
          .removal_policy = cdk::RemovalPolicy::destroy,
      });
  // THEN
  const Json props = key_properties(app, stack, "Key961B73FD");
  CHECK(props["Description"] == "d");
  CHECK(props["Enabled"] == false);
  CHECK(props["KeySpec"] == "ECC_NIST_P256");
  CHECK(props["KeyUsage"] == "SIGN_VERIFY");
  CHECK(props["MultiRegion"] == true);
  CHECK(props["PendingWindowInDays"] == 10);
  CHECK_FALSE(props.contains("EnableKeyRotation"));
  CHECK(
      app.assembly().template_json(stack)["Resources"]["Key961B73FD"]["DeletionPolicy"] ==
      "Delete");
}

TEST_CASE("a rotation period turns rotation on", "[kms][key]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN
  stack.add<kms::Key>("Key", {.rotation_period = Duration::days(90)});
  // THEN
  const Json props = key_properties(app, stack, "Key961B73FD");
  CHECK(props["EnableKeyRotation"] == true);
  CHECK(props["RotationPeriodInDays"] == 90);
}

TEST_CASE("a given key policy replaces the default statement", "[kms][key]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  iam::PolicyDocument policy(
      {.statements = {iam::PolicyStatement({
           .actions = {"kms:Decrypt"},
           .principals = {iam::ArnPrincipal("arn:aws:iam::1:root")},
           .resources = {"*"},
       })}});
  // WHEN
  stack.add<kms::Key>("Key", {.policy = policy});
  // THEN
  const Json statements = key_properties(app, stack, "Key961B73FD")["KeyPolicy"]["Statement"];
  REQUIRE(statements.size() == 1);
  CHECK(statements[0]["Action"] == "kms:Decrypt");
}

TEST_CASE("the alias prop creates an Alias child", "[kms][key][alias]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN
  auto& key = stack.add<kms::Key>("Key", {.alias = "my-key"});
  auto& second = key.add_alias("alias/other");
  // THEN
  REQUIRE(key.aliases().size() == 2);
  CHECK(key.aliases()[0]->node().path() == "S/Key/Alias");
  CHECK(key.aliases()[0]->alias_name() == "alias/my-key");
  CHECK(second.node().path() == "S/Key/Aliasalias--other");
  Template::from_stack(stack).resource_count_is("AWS::KMS::Alias", 2);
}

TEST_CASE("grants within the key's account go to the grantee's policy", "[kms][key][grants]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("Key");
  auto& role = lambda_role(stack, "Role");
  // WHEN
  const auto grant = key.grant_encrypt_decrypt(role);
  // THEN
  CHECK(grant.success());
  REQUIRE(grant.principal_statement().has_value());
  CHECK_FALSE(grant.resource_statement().has_value());
  CHECK(
      grant.principal_statement()->actions() ==
      std::vector<std::string>{
          "kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"});
  CHECK(key_properties(app, stack, "Key961B73FD")["KeyPolicy"]["Statement"].size() == 1);
  Template::from_stack(stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement",
          Json::array(
              {{{"Action",
                 Json::array(
                     {"kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"})},
                {"Effect", "Allow"},
                {"Resource", {{"Fn::GetAtt", {"Key961B73FD", "Arn"}}}}}})}}}});
}

TEST_CASE(
    "grant_encrypt, grant_decrypt and grant_admin use aws-cdk-lib's action lists",
    "[kms][key][grants]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("Key");
  auto& role = lambda_role(stack, "Role");
  // WHEN / THEN
  CHECK(
      key.grant_encrypt(role).principal_statement()->actions() ==
      std::vector<std::string>{"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"});
  CHECK(
      key.grant_decrypt(role).principal_statement()->actions() ==
      std::vector<std::string>{"kms:Decrypt"});
  const auto admin = key.grant_admin(role).principal_statement()->actions();
  REQUIRE(admin.size() == 14);
  CHECK(admin.front() == "kms:Create*");
  CHECK(admin.back() == "kms:CancelKeyDeletion");
}

TEST_CASE("a service principal is granted in the key policy on \"*\"", "[kms][key][grants]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("Key");
  // WHEN
  const auto grant = key.grant(
      iam::ServicePrincipal("cloudwatch.amazonaws.com"), {"kms:Decrypt", "kms:GenerateDataKey*"});
  // THEN
  CHECK(grant.success());
  CHECK(grant.resource_statement().has_value());
  const Json statements = key_properties(app, stack, "Key961B73FD")["KeyPolicy"]["Statement"];
  REQUIRE(statements.size() == 2);
  CHECK(
      statements[1].dump() ==
      R"({"Action":["kms:Decrypt","kms:GenerateDataKey*"],"Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},"Resource":"*"})");
}

TEST_CASE(
    "a grantee in another stack of the environment imports the key ARN", "[kms][key][grants]") {
  // GIVEN
  cdk::App app;
  auto& key_stack = app.add<cdk::Stack>("KeyStack");
  auto& key = key_stack.add<kms::Key>("Key");
  auto& consumer = app.add<cdk::Stack>("Consumer");
  // WHEN
  key.grant_decrypt(lambda_role(consumer, "Role"));
  // THEN
  CHECK(key_properties(app, key_stack, "Key961B73FD")["KeyPolicy"]["Statement"].size() == 1);
  Template::from_stack(consumer).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement",
          Json::array(
              {{{"Action", "kms:Decrypt"},
                {"Resource",
                 {{"Fn::ImportValue",
                   "KeyStack:ExportsOutputFnGetAttKey961B73FDArn5A860C43"}}}}})}}}});
}

TEST_CASE(
    "a grantee in another account is named in the key policy, or its account if it depends on the "
    "key's stack",
    "[kms][key][grants]") {
  // GIVEN
  cdk::App app;
  auto& key_stack = app.add<cdk::Stack>(
      "K", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& key = key_stack.add<kms::Key>("Key");
  auto& other = app.add<cdk::Stack>(
      "O", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  auto& role = other.add<iam::Role>(
      "Role", {.assumed_by = iam::ServicePrincipal("lambda"), .role_name = "r"});
  auto& dependent = app.add<cdk::Stack>(
      "D", {.env = cdk::Environment{.account = "333333333333", .region = "us-east-1"}});
  dependent.add_dependency(key_stack);
  auto& dependent_role = dependent.add<iam::Role>(
      "Role", {.assumed_by = iam::ServicePrincipal("lambda"), .role_name = "d"});
  // WHEN
  key.grant_decrypt(role);
  key.grant_decrypt(dependent_role);
  // THEN
  const Json statements = key_properties(app, key_stack, "Key961B73FD")["KeyPolicy"]["Statement"];
  REQUIRE(statements.size() == 3);
  CHECK(
      statements[1]["Principal"]["AWS"].dump() ==
      R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::222222222222:role/r"]]})");
  CHECK(
      statements[2]["Principal"]["AWS"].dump() ==
      R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::333333333333:root"]]})");
  CHECK(statements[1]["Resource"] == "*");
  Template::from_stack(other).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement", Json::array({{{"Action", "kms:Decrypt"}, {"Resource", "*"}}})}}}});
}

TEST_CASE("an imported key grants to the grantee's policy only", "[kms][key][import]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key =
      kms::Key::from_key_arn(stack, "Imported", "arn:aws:kms:us-east-1:111122223333:key/abc");
  // WHEN
  const auto grant = key.grant_decrypt(lambda_role(stack, "Role"));
  const auto service = key.grant(iam::ServicePrincipal("logs"), {"kms:Decrypt"});
  // THEN
  CHECK(key.key_id() == "abc");
  CHECK(key.key_arn() == "arn:aws:kms:us-east-1:111122223333:key/abc");
  // As aws-cdk-lib's Grant.addToPrincipalOrResource across accounts, the grant reports only
  // the (dropped) key-policy statement, though the role's policy got the statement.
  CHECK(grant.resource_statement().has_value());
  CHECK(grant.dependables().empty());
  Template::from_stack(stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement",
          Json::array(
              {{{"Action", "kms:Decrypt"},
                {"Resource", "arn:aws:kms:us-east-1:111122223333:key/abc"}}})}}}});
  CHECK(
      key.add_to_resource_policy(iam::PolicyStatement({.actions = {"kms:*"}})).statement_added ==
      false);
  CHECK(service.dependables().empty());
  Template::from_stack(stack).resource_count_is("AWS::KMS::Key", 0);
}

TEST_CASE("from_key_arn rejects an ARN without a key id", "[kms][key][import][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // aws-cdk-lib 2.276.0: "KMS key ARN must be in the format ..."
  CHECK_THROWS_WITH(
      kms::Key::from_key_arn(stack, "I", "arn:aws:kms:us-east-1:111122223333:key"),
      Catch::Contains(
          "KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', "
          "got: 'arn:aws:kms:us-east-1:111122223333:key'"));
}

TEST_CASE("key prop errors carry aws-cdk-lib's messages", "[kms][key][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  using Catch::Contains;
  CHECK_THROWS_AS(
      stack.add<kms::Key>("A", {.pending_window = Duration::days(6)}), cdk::ValidationError);
  CHECK_THROWS_WITH(
      stack.add<kms::Key>("B", {.pending_window = Duration::days(31)}),
      Contains("'pendingWindow' value must between 7 and 30 days. Received: 31") &&
          Contains("S/B"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>("C", {.key_spec = kms::KeySpec::ecc_nist_p256}),
      Contains("key spec 'ECC_NIST_P256' is not valid with usage 'ENCRYPT_DECRYPT'"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>(
          "D",
          {.key_spec = kms::KeySpec::symmetric_default, .key_usage = kms::KeyUsage::key_agreement}),
      Contains("key spec 'SYMMETRIC_DEFAULT' is not valid with usage 'KEY_AGREEMENT'"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>(
          "E",
          {.enable_key_rotation = true,
           .key_spec = kms::KeySpec::hmac_256,
           .key_usage = kms::KeyUsage::generate_verify_mac}),
      Contains("key rotation cannot be enabled on HMAC keys"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>(
          "F",
          {.enable_key_rotation = true,
           .key_spec = kms::KeySpec::rsa_2048,
           .key_usage = kms::KeyUsage::sign_verify}),
      Contains("key rotation cannot be enabled on asymmetric keys"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>(
          "G", {.enable_key_rotation = false, .rotation_period = Duration::days(100)}),
      Contains("'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>("H", {.rotation_period = Duration::days(89)}),
      Contains("'rotationPeriod' value must between 90 and 2650 days. Received: 89"));
  CHECK_THROWS_WITH(
      stack.add<kms::Key>("I", {.rotation_period = Duration::days(2561)}),
      Contains("Received: 2561"));
  CHECK_NOTHROW(stack.add<kms::Key>("J", {.rotation_period = Duration::days(2560)}));
  CHECK_NOTHROW(stack.add<kms::Key>("K", {.pending_window = Duration::days(7)}));
}

TEST_CASE("a key policy statement without a principal fails at synthesis", "[kms][key][errors]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("K");
  // WHEN
  key.add_to_resource_policy(
      iam::PolicyStatement({.actions = {"kms:Decrypt"}, .resources = {"*"}}));
  // THEN (aws-cdk-lib 2.276.0: "[S/K] A PolicyStatement used in a resource-based policy must
  // specify at least one IAM principal.")
  CHECK_THROWS_WITH(
      app.synth(),
      Catch::Contains("S/K") && Catch::Contains("A PolicyStatement used in a resource-based policy "
                                                "must specify at least one IAM principal."));
}

TEST_CASE("keys are tagged", "[kms][key][tags]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("K");
  REQUIRE(key.resource().tags() != nullptr);
}
