// s3::Bucket behaviour and validation, following aws-cdk-lib 2.276.0's aws-s3/lib/bucket.ts
// (whole templates are compared in parity_test.cpp). Every input aws-cdk-lib rejects is
// rejected here with aws-cdk-lib's words (tests/parity/reference/s3.json "errors"), plus the
// construct path and a fix.
//
// Deliberate differences from aws-cdk-lib:
// - lifecycle rules are checked when added, not when the template is rendered;
// - a bucket used from another account or region needs .bucket_name (aws-cdk-lib generates
//   a physical name).
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/s3/bucket.hpp>
#include <regex>

#include "core/parity_reference.hpp"

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace s3 = cdk::s3;
using cdk::Duration;
using cdk::assertions::Match;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

struct Fixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("S");

  s3::Bucket& bucket(s3::BucketProps props = {}) {
    return stack.add<s3::Bucket>("B", std::move(props));
  }
  Json resource(s3::Bucket& bucket) {
    return stack.render_template()["Resources"][stack.get_logical_id(bucket.resource())];
  }
  Json properties(s3::Bucket& bucket) { return resource(bucket).value("Properties", Json::object()); }
};

// aws-cdk-lib's message of an error case, without the resolution and validation wrappers.
std::string cdk_message(const std::string& name) {
  static const Json reference = cdk::test::parity_reference("s3.json");
  std::string message = reference["errors"][name]["error"].get<std::string>();
  message = std::regex_replace(message, std::regex("^(Resolution error: )+"), "");
  message = std::regex_replace(message, std::regex(R"(^Validation failed.*\n  \[[^\]]*\] )"), "");
  message = std::regex_replace(message, std::regex(R"(\.\.\.$)"), "");
  // cdkpp's Duration messages end without aws-cdk-lib's full stop.
  if (!message.empty() && message.back() == '.') message.pop_back();
  return message;
}

// The message (without cdkpp's path line) and then "[path]".
std::string message_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const cdk::Error& e) {
    return e.message() + "\n[" + e.path() + "]";
  } catch (const std::exception& e) {
    return e.what();
  }
  return "<no error>";
}

}  // namespace

TEST_CASE("a bare bucket is retained and has no properties", "[s3][bucket]") {
  // GIVEN a bucket without props
  Fixture f;
  auto& bucket = f.bucket();
  // WHEN synthesized
  const Json resource = f.resource(bucket);
  // THEN it is retained and nothing else is set
  CHECK(resource.dump() ==
        R"({"Type":"AWS::S3::Bucket","UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"})");
}

TEST_CASE("encryption modes render their SSE algorithm", "[s3][bucket][encryption]") {
  const std::vector<std::pair<s3::BucketEncryption, const char*>> table{
      {s3::BucketEncryption::s3_managed, "AES256"},
      {s3::BucketEncryption::kms_managed, "aws:kms"},
      {s3::BucketEncryption::dsse_managed, "aws:kms:dsse"},
  };
  for (const auto& [mode, algorithm] : table) {
    // GIVEN a bucket with the mode and a bucket key
    Fixture f;
    auto& bucket = f.bucket({.bucket_key_enabled = true, .encryption = mode});
    // THEN the configuration carries both
    CHECK(f.properties(bucket)["BucketEncryption"] ==
          Json::parse(
              std::string(R"({"ServerSideEncryptionConfiguration":[{"BucketKeyEnabled":true,)") +
              R"("ServerSideEncryptionByDefault":{"SSEAlgorithm":")" + algorithm + R"("}}]})"));
  }
  // An unencrypted bucket renders nothing.
  Fixture f;
  auto& bucket = f.bucket({.encryption = s3::BucketEncryption::unencrypted});
  CHECK_FALSE(f.properties(bucket).contains("BucketEncryption"));
}

TEST_CASE("block public access renders only the given settings", "[s3][bucket]") {
  Fixture f;
  auto& bucket = f.bucket({.block_public_access = s3::BlockPublicAccess::block_acls()});
  CHECK(f.properties(bucket)["PublicAccessBlockConfiguration"].dump() ==
        R"({"BlockPublicAcls":true,"IgnorePublicAcls":true})");
}

TEST_CASE(
    "@aws-cdk/aws-s3:publicAccessBlockedByDefault fills unset settings with true",
    "[s3][bucket][flags]") {
  // GIVEN the flag and a partial block
  cdk::App app({.context = {{"@aws-cdk/aws-s3:publicAccessBlockedByDefault", true}}});
  auto& stack = app.add<cdk::Stack>("S");
  auto& bucket = stack.add<s3::Bucket>(
      "B", {.block_public_access = s3::BlockPublicAccess{.block_public_policy = false}});
  // THEN the unset ones are true
  CHECK(stack.render_template()["Resources"][stack.get_logical_id(bucket.resource())]["Properties"]
                               ["PublicAccessBlockConfiguration"]
                                   .dump() ==
        R"({"BlockPublicAcls":true,"BlockPublicPolicy":false,"IgnorePublicAcls":true,)"
        R"("RestrictPublicBuckets":true})");
}

TEST_CASE("enforce_ssl creates the Policy child with the TLS deny statement", "[s3][bucket]") {
  // GIVEN a bucket that enforces SSL
  Fixture f;
  auto& bucket = f.bucket({.enforce_ssl = true});
  // THEN the policy exists and denies insecure transport to anyone
  REQUIRE(bucket.policy() != nullptr);
  CHECK(bucket.policy()->node().path() == "S/B/Policy");
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::S3::BucketPolicy",
      {{"Bucket", {{"Ref", f.stack.get_logical_id(bucket.resource())}}},
       {"PolicyDocument",
        {{"Statement",
          Json::array(
              {{{"Action", "s3:*"},
                {"Condition", {{"Bool", {{"aws:SecureTransport", "false"}}}}},
                {"Effect", "Deny"},
                {"Principal", {{"AWS", "*"}}}}})}}}});
}

TEST_CASE("a bucket without resource-policy statements has no Policy", "[s3][bucket]") {
  Fixture f;
  auto& bucket = f.bucket();
  CHECK(bucket.policy() == nullptr);
  Template::from_stack(f.stack).resource_count_is("AWS::S3::BucketPolicy", 0);
}

TEST_CASE("add_to_resource_policy returns the Policy as dependable", "[s3][bucket]") {
  Fixture f;
  auto& bucket = f.bucket();
  const auto result = bucket.add_to_resource_policy(iam::PolicyStatement(
      {.actions = {"s3:GetObject"},
       .principals = {iam::AnyPrincipal()},
       .resources = {bucket.arn_for_objects("*")}}));
  CHECK(result.statement_added);
  CHECK(result.policy_dependable == bucket.policy());
  // A second statement goes to the same policy.
  bucket.add_to_resource_policy(iam::PolicyStatement(
      {.actions = {"s3:ListBucket"},
       .principals = {iam::AnyPrincipal()},
       .resources = {bucket.bucket_arn()}}));
  CHECK(bucket.policy()->document().statement_count() == 2);
  Template::from_stack(f.stack).resource_count_is("AWS::S3::BucketPolicy", 1);
}

TEST_CASE("an ACL that grants others access gets ObjectWriter ownership controls", "[s3][bucket]") {
  Fixture f;
  auto& bucket = f.bucket({.access_control = s3::BucketAccessControl::authenticated_read});
  const Json props = f.properties(bucket);
  CHECK(props["AccessControl"] == "AuthenticatedRead");
  CHECK(props["OwnershipControls"].dump() == R"({"Rules":[{"ObjectOwnership":"ObjectWriter"}]})");
}

TEST_CASE("a private ACL needs no ownership controls", "[s3][bucket]") {
  Fixture f;
  auto& bucket = f.bucket({.access_control = s3::BucketAccessControl::bucket_owner_read});
  CHECK_FALSE(f.properties(bucket).contains("OwnershipControls"));
}

TEST_CASE("versioning, names, object lock and removal policy render", "[s3][bucket]") {
  Fixture f;
  auto& bucket = f.bucket({
      .bucket_name = "my-bucket",
      .object_lock_default_retention = s3::ObjectLockRetention::governance(Duration::days(2)),
      .removal_policy = cdk::RemovalPolicy::destroy,
      .versioned = true,
  });
  const Json resource = f.resource(bucket);
  CHECK(resource["Properties"]["BucketName"] == "my-bucket");
  CHECK(resource["Properties"]["VersioningConfiguration"].dump() == R"({"Status":"Enabled"})");
  CHECK(resource["Properties"]["ObjectLockEnabled"] == true);
  CHECK(resource["Properties"]["ObjectLockConfiguration"].dump() ==
        R"({"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Days":2,"Mode":"GOVERNANCE"}}})");
  CHECK(resource["DeletionPolicy"] == "Delete");
}

TEST_CASE("lifecycle rules added later still render", "[s3][bucket][lifecycle]") {
  Fixture f;
  auto& bucket = f.bucket();
  bucket.add_lifecycle_rule({.expiration = Duration::days(30), .id = "Expire"});
  CHECK(f.properties(bucket)["LifecycleConfiguration"].dump() ==
        R"({"Rules":[{"ExpirationInDays":30,"Id":"Expire","Status":"Enabled"}]})");
}

TEST_CASE("validate_bucket_name gives aws-cdk-lib's problems", "[s3][bucket][names]") {
  CHECK(s3::validate_bucket_name("good-name.1").empty());
  CHECK(s3::validate_bucket_name("").empty());
  CHECK(s3::validate_bucket_name("Legacy_Name", true).empty());
  CHECK(s3::validate_bucket_name("Legacy_Name").size() == 2);  // characters, first letter
  CHECK(s3::validate_bucket_name("10.0.0.1") ==
        std::vector<std::string>{"Bucket name must not resemble an IP address"});
}

TEST_CASE("a token bucket name is not validated", "[s3][bucket][names]") {
  Fixture f;
  CHECK_NOTHROW(f.bucket({.bucket_name = f.stack.account() + "_UPPER"}));
}

TEST_CASE(
    "server access logs prepare the target bucket with the log-delivery ACL",
    "[s3][bucket][logs]") {
  // GIVEN a target and a source in one stack (default feature flags)
  Fixture f;
  auto& target = f.stack.add<s3::Bucket>("Logs");
  f.stack.add<s3::Bucket>("Source", {.server_access_logs_bucket = &target});
  // THEN the target takes the ACL and ObjectWriter ownership, and no bucket policy
  const Json props = f.properties(target);
  CHECK(props["AccessControl"] == "LogDeliveryWrite");
  CHECK(props["OwnershipControls"].dump() == R"({"Rules":[{"ObjectOwnership":"ObjectWriter"}]})");
  CHECK(target.policy() == nullptr);
}

TEST_CASE(
    "with serverAccessLogsUseBucketPolicy the target gets a policy statement",
    "[s3][bucket][logs][flags]") {
  cdk::App app({.context = {{"@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true}}});
  auto& stack = app.add<cdk::Stack>("S");
  auto& target = stack.add<s3::Bucket>("Logs");
  stack.add<s3::Bucket>(
      "Source", {.server_access_logs_bucket = &target, .server_access_logs_prefix = "p/"});
  REQUIRE(target.policy() != nullptr);
  const Json statement = target.policy()->document().statements().front().to_statement_json();
  CHECK(statement["Principal"].dump() == R"({"Service":"logging.s3.amazonaws.com"})");
  CHECK(statement["Condition"].contains("ArnLike"));
  CHECK_FALSE(
      stack.render_template()["Resources"][stack.get_logical_id(target.resource())]["Properties"]
          .contains("AccessControl"));
}

TEST_CASE("imported buckets take no resource-policy statements", "[s3][imported]") {
  Fixture f;
  auto& bucket = s3::Bucket::from_bucket_name(f.stack, "I", "some-bucket");
  const auto result = bucket.add_to_resource_policy(iam::PolicyStatement(
      {.actions = {"s3:GetObject"}, .principals = {iam::AnyPrincipal()}, .resources = {"*"}}));
  CHECK_FALSE(result.statement_added);
  CHECK(bucket.bucket_name() == "some-bucket");
  CHECK(bucket.encryption_key() == nullptr);
  CHECK(s3::Bucket::from_bucket_arn(f.stack, "A", "arn:aws:s3:::other").bucket_name() == "other");
}

TEST_CASE("object lock retention must be 1 to 36500 whole days", "[s3][errors]") {
  CHECK_NOTHROW(s3::ObjectLockRetention::compliance(Duration::days(36500)));
  CHECK_THROWS_WITH(
      s3::ObjectLockRetention::governance(Duration::days(0)),
      Catch::Contains(cdk_message("lock_retention_short")));
  CHECK_THROWS_WITH(
      s3::ObjectLockRetention::compliance(Duration::days(365 * 100 + 1)),
      Catch::Contains(cdk_message("lock_retention_long")));
  CHECK_THROWS_WITH(
      s3::ObjectLockRetention::compliance(Duration::hours(36)),
      Catch::Contains("'36 hours' cannot be converted into a whole number of days"));
}

TEST_CASE("bucket inputs aws-cdk-lib rejects are rejected with its message", "[s3][errors]") {
  using Props = s3::BucketProps;
  auto bucket_error = [](const Props& props) {
    return message_of([&] {
      Fixture f;
      f.bucket(props);
      f.app.assembly();
    });
  };
  auto rule_error = [&](const s3::LifecycleRule& rule) {
    return bucket_error({.lifecycle_rules = {rule}});
  };
  const std::vector<std::pair<std::string, std::string>> cases{
      {"bucket_key_unencrypted", bucket_error({.bucket_key_enabled = true})},
      {"name_short_upper", bucket_error({.bucket_name = "AB"})},
      {"name_edges", bucket_error({.bucket_name = "-abc_"})},
      {"name_dots", bucket_error({.bucket_name = "a..b-.c"})},
      {"name_ip", bucket_error({.bucket_name = "192.168.1.1"})},
      {"name_long", bucket_error({.bucket_name = std::string(64, 'a')})},
      {"tls_without_ssl", bucket_error({.minimum_tls_version = 1.2})},
      {"enforced_with_acl",
       bucket_error(
           {.access_control = s3::BucketAccessControl::public_read,
            .object_ownership = s3::ObjectOwnership::bucket_owner_enforced})},
      {"log_prefix_kms_managed",
       bucket_error(
           {.encryption = s3::BucketEncryption::kms_managed, .server_access_logs_prefix = "p/"})},
      {"log_prefix_dsse_managed",
       bucket_error(
           {.encryption = s3::BucketEncryption::dsse_managed, .server_access_logs_prefix = "p/"})},
      {"lifecycle_empty", rule_error({.id = "Nothing"})},
      {"lifecycle_transition_neither",
       rule_error({.transitions = {{.storage_class = s3::StorageClass::glacier()}}})},
      {"lifecycle_transition_both",
       rule_error(
           {.transitions = {{.storage_class = s3::StorageClass::glacier(),
                             .transition_after = Duration::days(1),
                             .transition_date = "1970-01-01T00:00:00Z"}}})},
      {"lifecycle_delete_marker_with_expiration",
       rule_error({.expiration = Duration::days(1), .expired_object_delete_marker = true})},
      {"lifecycle_delete_marker_with_tags",
       rule_error({.expired_object_delete_marker = true, .tag_filters = {{"a", "b"}}})},
      {"lifecycle_fractional_days", rule_error({.expiration = Duration::hours(36)})},
      {"tiering_fractional_days",
       bucket_error(
           {.intelligent_tiering_configurations = {
                {.archive_access_tier_time = Duration::hours(36), .name = "x"}}})},
      {"lock_disabled_with_retention",
       bucket_error(
           {.object_lock_default_retention = s3::ObjectLockRetention::governance(Duration::days(1)),
            .object_lock_enabled = false})},
      {"imported_name", message_of([] {
         Fixture f;
         s3::Bucket::from_bucket_name(f.stack, "I", "bad name!");
       })},
      {"imported_none", message_of([] {
         Fixture f;
         s3::Bucket::from_bucket_name(f.stack, "I", "");
       })},
      {"log_target_with_acl", message_of([] {
         Fixture f;
         auto& target =
             f.stack.add<s3::Bucket>("Logs", {.access_control = s3::BucketAccessControl::private_});
         f.stack.add<s3::Bucket>("B", {.server_access_logs_bucket = &target});
       })},
      {"log_target_enforced", message_of([] {
         Fixture f;
         auto& target = f.stack.add<s3::Bucket>(
             "Logs", {.object_ownership = s3::ObjectOwnership::bucket_owner_enforced});
         f.stack.add<s3::Bucket>("B", {.server_access_logs_bucket = &target});
       })},
      {"policy_without_principal", message_of([] {
         Fixture f;
         auto& b = f.bucket();
         b.add_to_resource_policy(iam::PolicyStatement(
             {.actions = {"s3:GetObject"}, .resources = {b.arn_for_objects("*")}}));
         f.app.assembly();
       })},
  };
  for (const auto& [name, message] : cases) {
    INFO(name);
    CHECK_THAT(message, Catch::Contains(cdk_message(name)));
    // The error names the construct.
    CHECK_THAT(message, Catch::Contains("[S/"));
  }
}

TEST_CASE("an encryption key needs kms or dsse encryption", "[s3][errors][kms]") {
  for (const auto& [name, mode] :
       {std::pair{"key_with_s3_managed", s3::BucketEncryption::s3_managed},
        std::pair{"key_with_unencrypted", s3::BucketEncryption::unencrypted}}) {
    const std::string message = message_of([mode = mode] {
      Fixture f;
      auto& key = f.stack.add<kms::Key>("K");
      f.bucket({.encryption = mode, .encryption_key = &key});
    });
    CHECK_THAT(message, Catch::Contains(cdk_message(name)) && Catch::Contains("[S/B]"));
  }
}

TEST_CASE("kms and dsse buckets without a key create their own", "[s3][bucket][kms]") {
  // GIVEN a kms bucket and a dsse bucket without keys
  Fixture f;
  auto& kms_bucket = f.stack.add<s3::Bucket>("K", {.encryption = s3::BucketEncryption::kms});
  auto& dsse_bucket = f.stack.add<s3::Bucket>("D", {.encryption = s3::BucketEncryption::dsse});
  // THEN each has a child "Key", rotated for kms only, and uses it
  auto* kms_key = dynamic_cast<kms::Key*>(kms_bucket.encryption_key());
  auto* dsse_key = dynamic_cast<kms::Key*>(dsse_bucket.encryption_key());
  REQUIRE(kms_key != nullptr);
  REQUIRE(dsse_key != nullptr);
  CHECK(kms_key->node().path() == "S/K/Key");
  const Json resources = f.stack.render_template()["Resources"];
  const Json kms_props = resources[f.stack.get_logical_id(kms_key->resource())]["Properties"];
  CHECK(kms_props["Description"] == "Created by S/K");
  CHECK(kms_props["EnableKeyRotation"] == true);
  CHECK_FALSE(
      resources[f.stack.get_logical_id(dsse_key->resource())]["Properties"].contains(
          "EnableKeyRotation"));
  CHECK(f.properties(dsse_bucket)["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
                                 ["ServerSideEncryptionByDefault"]["SSEAlgorithm"] ==
        "aws:kms:dsse");
}

TEST_CASE("a kms-encrypted log target lets the logging service use its key", "[s3][logs][kms]") {
  Fixture f;
  auto& key = f.stack.add<kms::Key>("K");
  auto& target = f.stack.add<s3::Bucket>("Logs", {.encryption_key = &key});
  f.stack.add<s3::Bucket>("Source", {.server_access_logs_bucket = &target});
  const Json statements = key.policy().render()["Statement"];
  REQUIRE(statements.size() == 2);
  CHECK(statements[1]["Principal"].dump() == R"({"Service":"logging.s3.amazonaws.com"})");
}
