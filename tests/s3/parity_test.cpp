// S3 parity: each scenario is the C++ twin of one in tests/parity/s3.js, and every template it
// synthesizes must equal, byte for byte, what aws-cdk-lib 2.276.0 wrote
// (tests/parity/reference/s3.json).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/s3/bucket.hpp>
#include <functional>
#include <map>
#include <set>

#include "core/parity_reference.hpp"
#include "core/parity_assembly.hpp"

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace s3 = cdk::s3;
using cdk::Duration;
using Json = nlohmann::ordered_json;

namespace {

constexpr const char* kLogsPolicyFlag = "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy";

iam::Role& lambda_role(cdk::Construct& scope, const std::string& id) {
  return scope.add<iam::Role>(id, {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
}

void output(cdk::Construct& scope, const std::string& id, const std::string& value) {
  scope.add<cdk::CfnOutput>(id, {.value = value});
}

// The mission app (example-app.md): AccessLogsBucket and SharedEncryptionKey in PersistentStack,
// the BackupBucket of a CognitoUserBackup in ProviderUsersStack, granting write to a Lambda role.
void mission(cdk::App& app, cdk::RemovalPolicy removal_policy) {
  auto& persistent = app.add<cdk::Stack>("PersistentStack");
  auto& key = persistent.add<kms::Key>("SharedEncryptionKey", {.enable_key_rotation = true});
  auto& logs = persistent.add<s3::Bucket>(
      "AccessLogsBucket",
      {
          .access_control = s3::BucketAccessControl::log_delivery_write,
          .block_public_access = s3::BlockPublicAccess::block_all(),
          .encryption = s3::BucketEncryption::s3_managed,
          .enforce_ssl = true,
          .intelligent_tiering_configurations = {{
              .archive_access_tier_time = Duration::days(180),
              .name = "ArchiveAfter6Mo",
          }},
          .lifecycle_rules = {{.transitions = {{
                                   .storage_class = s3::StorageClass::intelligent_tiering(),
                                   .transition_after = Duration::days(0),
                               }}}},
          .object_ownership = s3::ObjectOwnership::bucket_owner_preferred,
          .removal_policy = removal_policy,
          .versioned = true,
      });
  logs.add_to_resource_policy(iam::PolicyStatement({
      .actions = {"s3:DeleteObject"},
      .effect = iam::Effect::deny,
      .principals = {iam::StarPrincipal()},
      .resources = {logs.arn_for_objects("*")},
  }));
  auto& users = app.add<cdk::Stack>("ProviderUsersStack");
  auto& backup = users.add<cdk::Construct>("UserPoolBackup");
  auto& bucket = backup.add<s3::Bucket>(
      "BackupBucket",
      {
          .block_public_access = s3::BlockPublicAccess::block_all(),
          .encryption = s3::BucketEncryption::kms,
          .encryption_key = &key,
          .enforce_ssl = true,
          .lifecycle_rules = {{
              .enabled = true,
              .id = "MinimizeVersioningCosts",
              .noncurrent_version_expiration = Duration::days(1),
          }},
          .object_ownership = s3::ObjectOwnership::bucket_owner_enforced,
          .removal_policy = removal_policy,
          .server_access_logs_bucket = &logs,
          .server_access_logs_prefix = "_logs/" + users.account() + "/" + users.region() + "/" +
                                       backup.node().path() + "/BackupBucket",
          .versioned = true,
      });
  bucket.grant_write(lambda_role(backup, "ExportLambdaRole"));
}

void mission_destroy(cdk::App& app) { mission(app, cdk::RemovalPolicy::destroy); }
void mission_retain(cdk::App& app) { mission(app, cdk::RemovalPolicy::retain); }

void kms_encryption(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& key = stack.add<kms::Key>("Key");
  stack.add<s3::Bucket>(
      "Kms",
      {.bucket_key_enabled = true, .encryption = s3::BucketEncryption::kms, .encryption_key = &key});
  auto& implicit = stack.add<s3::Bucket>("KeyOnly", {.encryption_key = &key});
  auto& own = stack.add<s3::Bucket>("OwnKey", {.encryption = s3::BucketEncryption::kms});
  stack.add<s3::Bucket>("Dsse", {.encryption = s3::BucketEncryption::dsse, .encryption_key = &key});
  stack.add<s3::Bucket>("DsseOwnKey", {.encryption = s3::BucketEncryption::dsse});
  auto& role = lambda_role(stack, "Role");
  implicit.grant_read(role);
  implicit.grant_write(role);
  implicit.grant_read_write(role);
  implicit.grant_put(role);
  implicit.grant_delete(role);
  own.grant_read_write(role, "data/*");
  own.grant_read(iam::ServicePrincipal("events.amazonaws.com"));
}

void kms_log_target(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& key = stack.add<kms::Key>("Key");
  auto& target = stack.add<s3::Bucket>("Logs", {.encryption_key = &key});
  stack.add<s3::Bucket>("Source", {.server_access_logs_bucket = &target});
}

void defaults(cdk::App& app) { app.add<cdk::Stack>("Stack").add<s3::Bucket>("Bucket"); }

void encryption(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<s3::Bucket>("Unencrypted", {.encryption = s3::BucketEncryption::unencrypted});
  stack.add<s3::Bucket>("S3Managed", {.encryption = s3::BucketEncryption::s3_managed});
  stack.add<s3::Bucket>(
      "S3ManagedBucketKey",
      {.bucket_key_enabled = true, .encryption = s3::BucketEncryption::s3_managed});
  stack.add<s3::Bucket>("KmsManaged", {.encryption = s3::BucketEncryption::kms_managed});
  stack.add<s3::Bucket>(
      "KmsManagedNoBucketKey",
      {.bucket_key_enabled = false, .encryption = s3::BucketEncryption::kms_managed});
  stack.add<s3::Bucket>("DsseManaged", {.encryption = s3::BucketEncryption::dsse_managed});
}

void block_public_access(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<s3::Bucket>("All", {.block_public_access = s3::BlockPublicAccess::block_all()});
  stack.add<s3::Bucket>("Acls", {.block_public_access = s3::BlockPublicAccess::block_acls()});
  stack.add<s3::Bucket>(
      "AclsOnly", {.block_public_access = s3::BlockPublicAccess::block_acls_only()});
  stack.add<s3::Bucket>(
      "Custom",
      {.block_public_access =
           s3::BlockPublicAccess{.block_public_policy = true, .restrict_public_buckets = false}});
}

void enforce_ssl(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<s3::Bucket>("Ssl", {.enforce_ssl = true});
  stack.add<s3::Bucket>("Tls", {.enforce_ssl = true, .minimum_tls_version = 1.2});
}

void ownership_and_acl(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<s3::Bucket>(
      "Enforced", {.object_ownership = s3::ObjectOwnership::bucket_owner_enforced});
  stack.add<s3::Bucket>(
      "Preferred", {.object_ownership = s3::ObjectOwnership::bucket_owner_preferred});
  stack.add<s3::Bucket>("Writer", {.object_ownership = s3::ObjectOwnership::object_writer});
  stack.add<s3::Bucket>("Private", {.access_control = s3::BucketAccessControl::private_});
  stack.add<s3::Bucket>("PublicRead", {.access_control = s3::BucketAccessControl::public_read});
  stack.add<s3::Bucket>(
      "OwnerFullControl",
      {.access_control = s3::BucketAccessControl::bucket_owner_full_control,
       .object_ownership = s3::ObjectOwnership::bucket_owner_enforced});
  stack.add<s3::Bucket>(
      "LogDelivery",
      {.access_control = s3::BucketAccessControl::log_delivery_write,
       .object_ownership = s3::ObjectOwnership::bucket_owner_preferred});
}

void lifecycle(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<s3::Bucket>(
      "Rules",
      {
          .lifecycle_rules =
              {
                  {
                      .abort_incomplete_multipart_upload_after = Duration::days(7),
                      .enabled = true,
                      .expiration = Duration::days(3650),
                      .id = "Everything",
                      .noncurrent_version_expiration = Duration::days(90),
                      .noncurrent_versions_to_retain = 3,
                      .noncurrent_version_transitions =
                          {
                              {.storage_class = s3::StorageClass::infrequent_access(),
                               .transition_after = Duration::days(30)},
                              {.noncurrent_versions_to_retain = 2,
                               .storage_class = s3::StorageClass::glacier(),
                               .transition_after = Duration::days(60)},
                          },
                      .object_size_greater_than = 1024,
                      .object_size_less_than = 1048576,
                      .prefix = "logs/",
                      .tag_filters = {{"team", "a"}, {"stage", "prod"}},
                      .transitions =
                          {
                              {.storage_class = s3::StorageClass::one_zone_infrequent_access(),
                               .transition_after = Duration::days(30)},
                              {.storage_class = s3::StorageClass::glacier_instant_retrieval(),
                               .transition_after = Duration::days(90)},
                              {.storage_class = s3::StorageClass::deep_archive(),
                               .transition_after = Duration::days(365)},
                          },
                  },
                  {.enabled = false, .expired_object_delete_marker = true},
                  {.id = "Dated",
                   .transitions = {{.storage_class = s3::StorageClass::glacier(),
                                    .transition_date = "2030-01-01T00:00:00Z"}}},
              },
          .transition_default_minimum_object_size =
              s3::TransitionDefaultMinimumObjectSize::varies_by_storage_class,
          .versioned = true,
      });
  auto& later = stack.add<s3::Bucket>("Later");
  later.add_lifecycle_rule({.expiration = Duration::days(1)});
  later.add_lifecycle_rule(
      {.abort_incomplete_multipart_upload_after = Duration::days(2), .prefix = "tmp/"});
}

void intelligent_tiering(cdk::App& app) {
  app.add<cdk::Stack>("Stack").add<s3::Bucket>(
      "Bucket",
      {.intelligent_tiering_configurations = {
           {.archive_access_tier_time = Duration::days(180), .name = "ArchiveAfter6Mo"},
           {.archive_access_tier_time = Duration::days(90),
            .deep_archive_access_tier_time = Duration::days(180),
            .name = "Both",
            .prefix = "data/",
            .tags = {{"tier", "cold"}, {"team", "x"}}},
       }});
}

void object_lock(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<s3::Bucket>("Enabled", {.object_lock_enabled = true});
  stack.add<s3::Bucket>("Disabled", {.object_lock_enabled = false});
  stack.add<s3::Bucket>(
      "Governance",
      {.object_lock_default_retention = s3::ObjectLockRetention::governance(Duration::days(30))});
  stack.add<s3::Bucket>(
      "Compliance",
      {.object_lock_default_retention = s3::ObjectLockRetention::compliance(Duration::days(365)),
       .object_lock_enabled = true});
}

void names_and_removal(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<s3::Bucket>("Named", {.bucket_name = "my.bucket-name-1"});
  stack.add<s3::Bucket>("TokenName", {.bucket_name = stack.account() + "-bucket"});
  stack.add<s3::Bucket>("Destroy", {.removal_policy = cdk::RemovalPolicy::destroy});
  stack.add<s3::Bucket>("Retain", {.removal_policy = cdk::RemovalPolicy::retain});
  stack.add<s3::Bucket>(
      "RetainOnUpdateOrDelete", {.removal_policy = cdk::RemovalPolicy::retain_on_update_or_delete});
}

void resource_policy(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& bucket = stack.add<s3::Bucket>("Bucket");
  const auto result = bucket.add_to_resource_policy(iam::PolicyStatement({
      .actions = {"s3:GetObject"},
      .principals = {iam::AnyPrincipal()},
      .resources = {bucket.arn_for_objects("public/*")},
  }));
  bucket.add_to_resource_policy(iam::PolicyStatement({
      .actions = {"s3:ListBucket"},
      .conditions = {{"StringLike", {{"s3:prefix", {"public/*"}}}}},
      .principals = {iam::AccountPrincipal("111122223333")},
      .resources = {bucket.bucket_arn()},
      .sid = "AccountRead",
  }));
  auto& user = stack.add<cdk::CfnResource>("User", {.type = "AWS::SQS::Queue"});
  user.node().add_dependency(*result.policy_dependable);
}

void attributes(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& bucket = stack.add<s3::Bucket>("Bucket");
  output(stack, "Arn", bucket.bucket_arn());
  output(stack, "Name", bucket.bucket_name());
  output(stack, "DomainName", bucket.bucket_domain_name());
  output(stack, "RegionalDomainName", bucket.bucket_regional_domain_name());
  output(stack, "DualStackDomainName", bucket.bucket_dual_stack_domain_name());
  output(stack, "WebsiteUrl", bucket.bucket_website_url());
  output(stack, "WebsiteDomainName", bucket.bucket_website_domain_name());
  output(stack, "ObjectsArn", bucket.arn_for_objects("a/*"));
  output(stack, "Url", bucket.url_for_object("dir/key.txt"));
  output(stack, "S3Url", bucket.s3_url_for_object("key.txt"));
  output(stack, "VirtualHostedUrl", bucket.virtual_hosted_url_for_object("key.txt"));
  auto& consumer = app.add<cdk::Stack>("Consumer");
  output(consumer, "RemoteName", bucket.bucket_name());
  output(consumer, "RemoteArn", bucket.bucket_arn());
  output(consumer, "RemoteRegionalDomainName", bucket.bucket_regional_domain_name());
}

void grants(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& bucket = stack.add<s3::Bucket>("Bucket");
  auto& reader = lambda_role(stack, "Reader");
  bucket.grant_read(reader);
  bucket.grant_read(reader, "reports/*");
  auto& writer = lambda_role(stack, "Writer");
  bucket.grant_write(writer);
  bucket.grant_put(writer, "in/*");
  bucket.grant_delete(writer, "tmp/*");
  bucket.grant_read_write(lambda_role(stack, "Both"));
  bucket.grant_read(iam::ServicePrincipal("logs.amazonaws.com"));
  bucket.grant_put(iam::AccountPrincipal("111122223333"));
  const auto grant = bucket.grant_write(lambda_role(stack, "Late"));
  grant.apply_before(stack.add<cdk::CfnResource>("User", {.type = "AWS::SQS::Queue"}));
  auto& other = app.add<cdk::Stack>("Other");
  bucket.grant_read_write(lambda_role(other, "Remote"));
}

void imported(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& by_name = s3::Bucket::from_bucket_name(stack, "ByName", "my-imported-bucket");
  auto& by_arn = s3::Bucket::from_bucket_arn(stack, "ByArn", "arn:aws:s3:::Legacy_Bucket");
  auto& role = lambda_role(stack, "Role");
  by_name.grant_read_write(role);
  by_arn.grant_read(role, "x/*");
  by_arn.grant_put(role);
  by_arn.grant_delete(role);
  by_name.add_to_resource_policy(iam::PolicyStatement(
      {.actions = {"s3:GetObject"}, .principals = {iam::AnyPrincipal()}, .resources = {"*"}}));
  by_name.grant_read(iam::ServicePrincipal("logs.amazonaws.com"));
  output(stack, "NameArn", by_name.bucket_arn());
  output(stack, "NameName", by_name.bucket_name());
  output(stack, "ArnName", by_arn.bucket_name());
  output(stack, "ArnObjects", by_arn.arn_for_objects("*"));
  output(stack, "NameRegionalDomainName", by_name.bucket_regional_domain_name());
  output(stack, "NameDomainName", by_name.bucket_domain_name());
  auto& env = app.add<cdk::Stack>(
      "Env", {.env = cdk::Environment{.account = "123456789012", .region = "us-east-1"}});
  auto& env_bucket = s3::Bucket::from_bucket_name(env, "ByName", "env-bucket");
  output(env, "Arn", env_bucket.bucket_arn());
  output(env, "RegionalDomainName", env_bucket.bucket_regional_domain_name());
  auto& token_arn =
      s3::Bucket::from_bucket_arn(stack, "TokenArn", cdk::Fn::import_value("SomeBucketArn"));
  output(stack, "TokenArnName", token_arn.bucket_name());
}

void access_logs_acl(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& target = stack.add<s3::Bucket>("Logs");
  stack.add<s3::Bucket>(
      "Source", {.server_access_logs_bucket = &target, .server_access_logs_prefix = "source/"});
  stack.add<s3::Bucket>("NoPrefix", {.server_access_logs_bucket = &target});
  auto& preferred = stack.add<s3::Bucket>(
      "PreferredLogs", {.object_ownership = s3::ObjectOwnership::bucket_owner_preferred});
  stack.add<s3::Bucket>("Source2", {.server_access_logs_bucket = &preferred});
  stack.add<s3::Bucket>("Self", {.server_access_logs_prefix = "self/"});
  auto& other = app.add<cdk::Stack>("Other");
  auto& remote_target = other.add<s3::Bucket>("RemoteLogs");
  stack.add<s3::Bucket>(
      "CrossStack",
      {.server_access_logs_bucket = &remote_target,
       .server_access_logs_prefix = "_logs/" + stack.account() + "/"});
  auto& imported = s3::Bucket::from_bucket_name(stack, "Imported", "imported-logs");
  stack.add<s3::Bucket>(
      "ToImported", {.server_access_logs_bucket = &imported, .server_access_logs_prefix = "x/"});
}

void access_logs_policy(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& target = stack.add<s3::Bucket>(
      "Logs", {.object_ownership = s3::ObjectOwnership::bucket_owner_enforced});
  stack.add<s3::Bucket>(
      "Source", {.server_access_logs_bucket = &target, .server_access_logs_prefix = "source/"});
  stack.add<s3::Bucket>("NoPrefix", {.server_access_logs_bucket = &target});
  stack.add<s3::Bucket>("Self", {.server_access_logs_prefix = "self/"});
  auto& other = app.add<cdk::Stack>("Other");
  other.add<s3::Bucket>(
      "Remote",
      {.server_access_logs_bucket = &target,
       .server_access_logs_prefix = "_logs/" + other.account() + "/" + other.region() + "/"});
}

struct Scenario {
  std::function<void(cdk::App&)> build;
  nlohmann::json context = nlohmann::json::object();
};

const std::map<std::string, Scenario>& scenarios() {
  static const std::map<std::string, Scenario> all = {
      {"mission_destroy", {mission_destroy}},
      {"mission_retain", {mission_retain}},
      {"defaults", {defaults}},
      {"kms_encryption", {kms_encryption}},
      {"kms_log_target", {kms_log_target}},
      {"encryption", {encryption}},
      {"block_public_access", {block_public_access}},
      {"enforce_ssl", {enforce_ssl}},
      {"ownership_and_acl", {ownership_and_acl}},
      {"lifecycle", {lifecycle}},
      {"intelligent_tiering", {intelligent_tiering}},
      {"object_lock", {object_lock}},
      {"names_and_removal", {names_and_removal}},
      {"resource_policy", {resource_policy}},
      {"attributes", {attributes}},
      {"grants", {grants}},
      {"imported", {imported}},
      {"access_logs_acl", {access_logs_acl}},
      {"access_logs_policy", {access_logs_policy, {{kLogsPolicyFlag, true}}}},
  };
  return all;
}

}  // namespace

TEST_CASE("s3 templates equal aws-cdk-lib's byte for byte", "[s3][parity]") {
  const Json reference = cdk::test::parity_reference("s3.json");
  REQUIRE(reference["scenarios"].size() == scenarios().size());
  for (const auto& [scenario, spec] : scenarios()) {
    SECTION(scenario) {
      // GIVEN the scenario built with cdkpp
      cdk::App app({.context = spec.context});
      spec.build(app);
      // WHEN it is synthesized
      // THEN each template aws-cdk-lib wrote is there with the same bytes
      cdk::test::check_assembly_equals_reference_templates(app, scenario, reference["scenarios"][scenario]["templates"]);
    }
  }
}
