// backup::BackupVault behaviour and validation, following aws-cdk-lib 2.276.0's
// aws-backup/lib/vault.ts (whole templates are compared in parity_test.cpp). Messages start
// with aws-cdk-lib's text and add the value, the construct path and a fix.
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/backup/backup_vault.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/key_base.hpp>
#include <cdk/sns/topic_base.hpp>
#include <regex>

#include "support/byte_names.hpp"

namespace backup = cdk::backup;
namespace iam = cdk::iam;
using cdk::Duration;
using cdk::assertions::Match;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

// A minimal key for the vault's encryption_key (kms::Key lives in the kms module).
class FakeKey final : public cdk::kms::IKey {
 public:
  using Props = cdk::Construct::Props;
  FakeKey(cdk::Scope scope, Props /*props*/) : IKey(std::move(scope)) {
    resource_ = &add<cdk::CfnResource>("Resource", {.type = "AWS::KMS::Key"});
  }
  std::string key_arn() const override { return resource_->get_att("Arn"); }
  std::string key_id() const override { return resource_->ref(); }
  iam::AddToResourcePolicyResult add_to_resource_policy(const iam::PolicyStatement&) override {
    return {};
  }
  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) override {
    return iam::Grant::add_to_principal({.actions = actions, .grantee = grantee, .resource_arns = {key_arn()}});
  }
  iam::Grant grant_encrypt(const iam::IGrantable& g) override { return grant(g, {"kms:Encrypt"}); }
  iam::Grant grant_decrypt(const iam::IGrantable& g) override { return grant(g, {"kms:Decrypt"}); }
  iam::Grant grant_encrypt_decrypt(const iam::IGrantable& g) override {
    return grant(g, {"kms:Decrypt", "kms:Encrypt"});
  }

 private:
  cdk::CfnResource* resource_ = nullptr;
};

// A stand-in topic that records what was granted (sns::Topic lives in the sns module).
class FakeTopic final : public cdk::sns::ITopic {
 public:
  using Props = cdk::Construct::Props;
  FakeTopic(cdk::Scope scope, Props /*props*/) : ITopic(std::move(scope)) {
    resource_ = &add<cdk::CfnResource>("Resource", {.type = "AWS::SNS::Topic"});
  }
  std::string topic_arn() const override { return resource_->ref(); }
  std::string topic_name() const override { return resource_->get_att("TopicName"); }
  iam::AddToResourcePolicyResult add_to_resource_policy(const iam::PolicyStatement&) override {
    return {};
  }
  iam::Grant grant_publish(const iam::IGrantable& grantee) override {
    published_to.push_back(iam::PrincipalRef(grantee).to_string());
    return iam::Grant::drop(grantee, "publish");
  }
  std::vector<std::string> published_to;

 private:
  cdk::CfnResource* resource_ = nullptr;
};

struct Fixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("Stack");
  Json vault_properties(const std::string& logical_id = "Vault23237E5B") {
    return Template::from_stack(stack).to_json().at("Resources").at(logical_id).at("Properties");
  }
};

}  // namespace

TEST_CASE("a vault without a name gets its unique id, and is retained", "[backup][vault]") {
  // GIVEN a vault with no props
  Fixture f;
  f.stack.add<backup::BackupVault>("Vault");
  // THEN its name is Names.uniqueId and it is kept on delete
  Template::from_stack(f.stack).has_resource(
      "AWS::Backup::BackupVault",
      {{"Properties", Json{{"BackupVaultName", "StackVault02F737C4"}, {"AccessPolicy", Match::absent()}}},
       {"DeletionPolicy", "Retain"},
       {"UpdateReplacePolicy", "Retain"}});
}

TEST_CASE("a generated vault name keeps the last 50 characters of the unique id", "[backup][vault]") {
  // GIVEN a vault with a long path
  Fixture f;
  f.stack.add<cdk::Construct>("AVeryLongScopeNameThatKeepsGoing")
      .add<backup::BackupVault>("AndAVaultWithAnEvenLongerConstructId");
  // THEN the name is the tail of the unique id
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::Backup::BackupVault",
      {{"BackupVaultName", "sGoingAndAVaultWithAnEvenLongerConstructIdD469A689"}});
}

TEST_CASE("vault names outside 2..50 of [a-zA-Z0-9-_] are errors naming the path", "[backup][vault][errors]") {
  for (const std::string& name : std::vector<std::string>{"a", "has space", "dot.ted", std::string(51, 'x')}) {
    Fixture f;
    CHECK_THROWS_WITH(
        f.stack.add<backup::BackupVault>("Vault", {.backup_vault_name = name}),
        Catch::Contains("Expected vault name to match pattern") && Catch::Contains("[Stack/Vault]") &&
            Catch::Contains(name));
  }
  CHECK(backup::is_valid_backup_vault_name("ok"));
  CHECK(backup::is_valid_backup_vault_name("a-_9"));
  CHECK(backup::is_valid_backup_vault_name(std::string(50, 'x')));
  CHECK_FALSE(backup::is_valid_backup_vault_name("x"));
}

TEST_CASE("a token vault name is not checked", "[backup][vault]") {
  // GIVEN a vault named by a token
  Fixture f;
  auto& other = f.stack.add<cdk::CfnResource>("Other", {.type = "AWS::SSM::Parameter"});
  f.stack.add<backup::BackupVault>("Vault", {.backup_vault_name = other.ref()});
  // THEN it renders the reference
  CHECK(f.vault_properties().at("BackupVaultName") == Json{{"Ref", "Other"}});
}

TEST_CASE("statements added after construction reach the access policy", "[backup][vault]") {
  // GIVEN a vault with no policy, then a statement and the deletion block
  Fixture f;
  auto& vault = f.stack.add<backup::BackupVault>("Vault");
  vault.add_to_access_policy(iam::PolicyStatement(
      {.actions = {"backup:DescribeBackupVault"}, .principals = {iam::AnyPrincipal()}, .resources = {"*"}}));
  vault.block_recovery_point_deletion();
  // THEN both statements render in order
  const Json policy = f.vault_properties().at("AccessPolicy");
  REQUIRE(policy.at("Statement").size() == 2);
  CHECK(policy.at("Statement")[0].at("Action") == "backup:DescribeBackupVault");
  CHECK(policy.at("Statement")[1].at("Effect") == "Deny");
  CHECK(policy.at("Version") == "2012-10-17");
}

TEST_CASE("a lock configuration renders whole days", "[backup][vault]") {
  // GIVEN a lock given in hours and days
  Fixture f;
  f.stack.add<backup::BackupVault>(
      "Vault",
      {.lock_configuration = backup::LockConfiguration{
           .changeable_for = Duration::hours(72), .max_retention = Duration::days(30), .min_retention = Duration::hours(24)}});
  // THEN it is in days, keys in CloudFormation order
  CHECK(
      f.vault_properties().at("LockConfiguration").dump() ==
      R"({"ChangeableForDays":3,"MaxRetentionDays":30,"MinRetentionDays":1})");
}

TEST_CASE("lock configuration errors follow aws-cdk-lib's checks", "[backup][vault][errors]") {
  auto build = [](backup::LockConfiguration lock) {
    Fixture f;
    f.stack.add<backup::BackupVault>("Vault", {.lock_configuration = std::move(lock)});
  };
  CHECK_THROWS_WITH(
      build({.changeable_for = Duration::hours(71), .min_retention = Duration::days(1)}),
      Catch::Contains("72-hour cooling-off period") && Catch::Contains("got 71 hours") &&
          Catch::Contains("[Stack/Vault]"));
  CHECK_THROWS_WITH(
      build({.max_retention = Duration::days(36501), .min_retention = Duration::days(1)}),
      Catch::Contains("36500 days, got 36501 days"));
  CHECK_THROWS_WITH(
      build({.max_retention = Duration::days(5), .min_retention = Duration::days(5)}),
      Catch::Contains("The maximum retention period (5 days) must be greater than the minimum "
                      "retention period (5 days)"));
  CHECK_THROWS_WITH(
      build({.min_retention = Duration::hours(12)}), Catch::Contains("1 day, got 12 hours"));
  CHECK_NOTHROW(build({.max_retention = Duration::days(36500), .min_retention = Duration::days(1)}));
}

TEST_CASE("encryption key, removal policy and tags reach the vault", "[backup][vault]") {
  // GIVEN a vault with a key, destroy policy and app tags
  Fixture f;
  auto& key = f.stack.add<FakeKey>("Key");
  f.stack.add<backup::BackupVault>(
      "Vault", {.encryption_key = &key, .removal_policy = cdk::RemovalPolicy::destroy});
  cdk::Tags::of(f.app).add("project", "compact-connect");
  // THEN the key ARN, Delete policies and the map-format tags render
  Template::from_stack(f.stack).has_resource(
      "AWS::Backup::BackupVault",
      {{"Properties",
        {{"EncryptionKeyArn", {{"Fn::GetAtt", {"Key961B73FD", "Arn"}}}},
         {"BackupVaultTags", {{"project", "compact-connect"}}}}},
       {"DeletionPolicy", "Delete"},
       {"UpdateReplacePolicy", "Delete"}});
}

TEST_CASE("an imported vault takes its name from the ARN", "[backup][vault][import]") {
  Fixture f;
  auto& literal = backup::BackupVault::from_backup_vault_arn(
      f.stack, "Literal", "arn:aws:backup:eu-west-1:123456789012:backup-vault:named");
  CHECK(literal.backup_vault_name() == "named");
  CHECK(literal.backup_vault_arn() == "arn:aws:backup:eu-west-1:123456789012:backup-vault:named");
  auto& by_name = backup::BackupVault::from_backup_vault_name(f.stack, "ByName", "other");
  CHECK(by_name.backup_vault_name() == "other");
  CHECK(f.stack.resolve(by_name.backup_vault_arn()).dump().find(":backup-vault:other") != std::string::npos);
  // a duplicate id is the tree's usual error
  CHECK_THROWS(backup::BackupVault::from_backup_vault_name(f.stack, "ByName", "again"));
}

TEST_CASE("an imported vault ARN of another format is an error", "[backup][vault][import][errors]") {
  Fixture f;
  CHECK_THROWS_WITH(
      backup::BackupVault::from_backup_vault_arn(
          f.stack, "V", "arn:aws:backup:us-east-1:123456789012:backup-vault/slash"),
      Catch::Contains("has the wrong format") && Catch::Contains("[Stack]"));
  CHECK_THROWS_WITH(
      backup::BackupVault::from_backup_vault_arn(
          f.stack, "V", "arn:aws:backup:us-east-1:123456789012:backup-vault:"),
      Catch::Contains("does not have a resource name"));
}

TEST_CASE("a vault grant adds a statement on the vault ARN to the grantee", "[backup][vault][grants]") {
  // GIVEN a vault and a role
  Fixture f;
  auto& vault = f.stack.add<backup::BackupVault>("Vault");
  auto& role = f.stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  // WHEN granting
  const auto grant = vault.grant(role, {"backup:StartBackupJob"});
  // THEN the role's policy has the statement and the vault's policy is untouched
  CHECK(grant.success());
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement",
          {{{"Action", "backup:StartBackupJob"},
            {"Resource", {{"Fn::GetAtt", {"Vault23237E5B", "BackupVaultArn"}}}}}}}}}});
  CHECK_FALSE(f.vault_properties().contains("AccessPolicy"));
}

TEST_CASE("a vault grant with a wildcard action is an error", "[backup][vault][grants][errors]") {
  Fixture f;
  auto& vault = f.stack.add<backup::BackupVault>("Vault");
  auto& role = f.stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  CHECK_THROWS_WITH(
      vault.grant(role, {"backup:Describe*"}),
      Catch::Contains("don't support a wildcard") && Catch::Contains("backup:Describe*") &&
          Catch::Contains("[Stack/Vault]"));
}

TEST_CASE("a notification topic gets every vault event unless some are chosen", "[backup][vault]") {
  // GIVEN two vaults notifying one topic, the second with chosen events
  Fixture f;
  auto& topic = f.stack.add<FakeTopic>("Topic");
  f.stack.add<backup::BackupVault>("Vault", {.notification_topic = &topic});
  f.stack.add<backup::BackupVault>(
      "Vault2",
      {.notification_events = {backup::BackupVaultEvents::backup_job_failed,
                               backup::BackupVaultEvents::s3_restore_object_failed},
       .notification_topic = &topic});
  // THEN the backup service may publish, and the events render as aws-cdk-lib lists them
  CHECK(topic.published_to == std::vector<std::string>(2, "ServicePrincipal(backup.amazonaws.com)"));
  const Json all = f.vault_properties().at("Notifications");
  CHECK(all.at("BackupVaultEvents").size() == 17);
  CHECK(all.at("BackupVaultEvents")[0] == "BACKUP_JOB_STARTED");
  CHECK(all.at("BackupVaultEvents")[16] == "S3_RESTORE_OBJECT_FAILED");
  CHECK(all.at("SNSTopicArn") == Json{{"Ref", "TopicBFC7AF6E"}});
  const Json chosen = f.vault_properties("Vault2B3A9AE67").at("Notifications");
  CHECK(chosen.at("BackupVaultEvents").dump() == R"(["BACKUP_JOB_FAILED","S3_RESTORE_OBJECT_FAILED"])");
}

TEST_CASE(
    "vault names are checked as aws-cdk-lib's pattern checks them, byte by byte",
    "[backup][vault]") {
  // aws-cdk-lib 2.276.0 (backup-vault.ts): /^[a-zA-Z0-9\-_]{2,50}$/; std::regex is the reference.
  const std::regex pattern("^[a-zA-Z0-9\\-_]{2,50}$");
  const auto names = cdk_test::with_every_byte_inside(
      {"", "a", "ab", std::string(50, 'x'), std::string(51, 'x'), "A-Z_a-z0-9"});
  for (const auto& name : names) {
    INFO("vault name bytes " << cdk_test::printable(name));
    CHECK(backup::is_valid_backup_vault_name(name) == std::regex_match(name, pattern));
  }
}
