// KMS parity: each scenario is the C++ twin of one in tests/parity/kms.js, and every template it
// synthesizes (nested ones too) must equal, byte for byte, what aws-cdk-lib 2.276.0 wrote
// (tests/parity/reference/kms.json).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/alias.hpp>
#include <cdk/kms/key.hpp>
#include <functional>
#include <map>

#include "core/parity_reference.hpp"
#include "core/parity_assembly.hpp"

namespace iam = cdk::iam;
namespace kms = cdk::kms;
using Json = nlohmann::ordered_json;

namespace {

iam::Role& parity_lambda_role(cdk::Construct& scope, const std::string& id, std::string role_name = "") {
  return scope.add<iam::Role>(
      id,
      {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com"),
       .role_name = std::move(role_name)});
}

kms::Key& shared_key(cdk::Stack& stack, const std::string& env, cdk::RemovalPolicy removal_policy) {
  auto& key = stack.add<kms::Key>(
      "SharedEncryptionKey",
      {
          .alias = "alias/compact-connect-" + env + "-shared",
          .description = "Shared encryption key for CompactConnect " + env,
          .enable_key_rotation = true,
          .removal_policy = removal_policy,
      });
  key.grant(
      iam::ServicePrincipal("cloudwatch.amazonaws.com"), {"kms:Decrypt", "kms:GenerateDataKey*"});
  return key;
}

void shared_key_sandbox(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  shared_key(stack, "sandbox", cdk::RemovalPolicy::destroy);
  cdk::Tags::of(app).add("project", "compact-connect");
  cdk::Tags::of(app).add("environment", "sandbox");
}

void shared_key_prod(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  shared_key(stack, "prod", cdk::RemovalPolicy::retain);
}

void backup_key_nested(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  auto& nested = stack.add<cdk::NestedStack>("BackupInfrastructureStack");
  auto& key = nested.add<kms::Key>(
      "LocalBackupEncryptionKey",
      {
          .description = "Local KMS key for CompactConnect sandbox backup encryption",
          .enable_key_rotation = true,
          .removal_policy = cdk::RemovalPolicy::destroy,
      });
  nested.add<kms::Alias>(
      "LocalBackupEncryptionKeyAlias",
      {.alias_name = "alias/compactconnect-sandbox-backup-key", .target_key = &key});
}

void defaults(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<kms::Key>("Key");
}

void props(cdk::App& app) {
  using cdk::Duration;
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<kms::Key>(
      "Disabled",
      {
          .description = "disabled key",
          .enabled = false,
          .pending_window = Duration::days(7),
          .removal_policy = cdk::RemovalPolicy::destroy,
      });
  stack.add<kms::Key>(
      "Signing",
      {
          .enable_key_rotation = false,
          .key_spec = kms::KeySpec::rsa_2048,
          .key_usage = kms::KeyUsage::sign_verify,
      });
  stack.add<kms::Key>(
      "Hmac",
      {.key_spec = kms::KeySpec::hmac_256, .key_usage = kms::KeyUsage::generate_verify_mac});
  stack.add<kms::Key>("Rotating", {.rotation_period = Duration::days(180)});
  stack.add<kms::Key>(
      "Snapshot",
      {.pending_window = Duration::days(30), .removal_policy = cdk::RemovalPolicy::snapshot});
}

void aliases(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& key = stack.add<kms::Key>("Key", {.alias = "first"});
  key.add_alias("alias/second");
  key.add_alias("third");
  auto& other = app.add<cdk::Stack>("Other");
  auto& alias = stack.add<kms::Alias>(
      "Standalone",
      {
          .alias_name = "alias/standalone_name:x-1",
          .removal_policy = cdk::RemovalPolicy::destroy,
          .target_key = &key,
      });
  stack.add<kms::Alias>(
      "Retained",
      {.alias_name = "retained", .removal_policy = cdk::RemovalPolicy::retain, .target_key = &key});
  stack.add<cdk::CfnOutput>("AliasName", {.value = alias.alias_name()});
  stack.add<cdk::CfnOutput>("AliasArn", {.value = alias.alias_arn()});
  stack.add<cdk::CfnOutput>("KeyId", {.value = key.key_id()});
  stack.add<cdk::CfnOutput>("KeyArn", {.value = key.key_arn()});
  other.add<cdk::CfnOutput>("ImportedKeyArn", {.value = key.key_arn()});
}

void grants_same_stack(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& admin = parity_lambda_role(stack, "Admin");
  auto& key = stack.add<kms::Key>("Key", {.admins = {admin}});
  auto& role = parity_lambda_role(stack, "Role");
  key.grant_encrypt_decrypt(role);
  key.grant_encrypt(role);
  key.grant_decrypt(parity_lambda_role(stack, "Reader"));
  key.grant(parity_lambda_role(stack, "Custom"), {"kms:DescribeKey", "kms:GetPublicKey"});
  key.grant(iam::ServicePrincipal("logs.amazonaws.com"), {"kms:Encrypt*", "kms:Decrypt*"});
  key.grant_encrypt(iam::AccountPrincipal("123456789012"));
  key.grant_decrypt(iam::ArnPrincipal("arn:aws:iam::123456789012:role/Other"));
  key.add_to_resource_policy(iam::PolicyStatement({
      .actions = {"kms:Decrypt"},
      .conditions = {{"StringEquals", {{"aws:SourceAccount", stack.account()}}}},
      .principals = {iam::ServicePrincipal("sns.amazonaws.com")},
      .resources = {"*"},
      .sid = "AllowSns",
  }));
}

void grants_cross_stack(cdk::App& app) {
  auto& key_stack = app.add<cdk::Stack>("PersistentStack");
  auto& key = shared_key(key_stack, "sandbox", cdk::RemovalPolicy::destroy);
  auto& consumer = app.add<cdk::Stack>("ProviderUsersStack");
  key.grant_encrypt_decrypt(parity_lambda_role(consumer, "ExportLambdaRole"));
}

void grants_cross_stack_dependency(cdk::App& app) {
  auto& key_stack = app.add<cdk::Stack>("KeyStack");
  auto& key = key_stack.add<kms::Key>("Key");
  auto& consumer = app.add<cdk::Stack>("Consumer");
  consumer.add_dependency(key_stack);
  key.grant_decrypt(parity_lambda_role(consumer, "Role"));
}

void grants_cross_account(cdk::App& app) {
  auto env = [](const char* account, const char* region) {
    return cdk::StackProps{.env = cdk::Environment{.account = account, .region = region}};
  };
  auto& key_stack = app.add<cdk::Stack>("KeyStack", env("111111111111", "us-east-1"));
  auto& key = key_stack.add<kms::Key>("Key");
  auto& other = app.add<cdk::Stack>("OtherAccount", env("222222222222", "us-east-1"));
  key.grant_encrypt_decrypt(parity_lambda_role(other, "Role", "other-account-role"));
  auto& dependent = app.add<cdk::Stack>("Dependent", env("333333333333", "us-east-1"));
  dependent.add_dependency(key_stack);
  key.grant_decrypt(parity_lambda_role(dependent, "Role", "dependent-role"));
  auto& other_region = app.add<cdk::Stack>("OtherRegion", env("111111111111", "eu-west-1"));
  key.grant_encrypt(parity_lambda_role(other_region, "Role", "other-region-role"));
  auto& same_env = app.add<cdk::Stack>("SameEnv", env("111111111111", "us-east-1"));
  key.grant_encrypt(parity_lambda_role(same_env, "Role"));
}

void imported(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& key = kms::Key::from_key_arn(
      stack,
      "Imported",
      "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
  key.grant_encrypt_decrypt(parity_lambda_role(stack, "Role"));
  key.grant(iam::ServicePrincipal("cloudwatch.amazonaws.com"), {"kms:Decrypt"});
  stack.add<cdk::CfnOutput>("KeyId", {.value = key.key_id()});
  stack.add<cdk::CfnOutput>("KeyArn", {.value = key.key_arn()});
}

const std::map<std::string, std::function<void(cdk::App&)>>& scenarios() {
  static const std::map<std::string, std::function<void(cdk::App&)>> all = {
      {"shared_key", shared_key_sandbox},
      {"shared_key_prod", shared_key_prod},
      {"backup_key_nested", backup_key_nested},
      {"defaults", defaults},
      {"props", props},
      {"aliases", aliases},
      {"grants_same_stack", grants_same_stack},
      {"grants_cross_stack", grants_cross_stack},
      {"grants_cross_stack_dependency", grants_cross_stack_dependency},
      {"grants_cross_account", grants_cross_account},
      {"imported", imported},
  };
  return all;
}

}  // namespace

TEST_CASE("every kms parity scenario has a C++ twin", "[kms][parity]") {
  // GIVEN the scenarios aws-cdk-lib 2.276.0 rendered
  const Json reference = cdk::test::parity_reference("kms.json");
  // THEN each is built here, and no other
  for (const auto& item : reference["scenarios"].items()) {
    INFO(item.key());
    CHECK(scenarios().count(item.key()) == 1);
  }
  CHECK(scenarios().size() == reference["scenarios"].size());
}

TEST_CASE("kms templates equal aws-cdk-lib 2.276.0's byte for byte", "[kms][parity]") {
  const Json reference = cdk::test::parity_reference("kms.json");
  for (const auto& [scenario, build] : scenarios()) {
    SECTION(scenario) {
      // GIVEN the scenario built with cdkpp
      cdk::App app;
      build(app);
      // WHEN it is synthesized
      // THEN each template aws-cdk-lib wrote is there with the same bytes
      cdk::test::check_assembly_equals_reference_templates(app, scenario, reference["scenarios"][scenario]["templates"]);
    }
  }
}
