// s3 grants, following aws-cdk-lib 2.276.0's aws-s3/lib/bucket-grants.ts and perms.ts with a
// bare App's feature flags (@aws-cdk/aws-s3:grantWriteWithoutAcl is always on in v2).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/s3/bucket.hpp>

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace s3 = cdk::s3;
using Json = nlohmann::ordered_json;

namespace {

struct GrantsFixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("S");
  s3::Bucket& bucket = stack.add<s3::Bucket>("B");
  iam::Role& role =
      stack.add<iam::Role>("R", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});

  Json role_statements() { return statements_of(stack, role); }
  Json bucket_arn() { return {{"Fn::GetAtt", {stack.get_logical_id(bucket.resource()), "Arn"}}}; }
  Json objects(const std::string& pattern) {
    return {{"Fn::Join", {"", {bucket_arn(), "/" + pattern}}}};
  }

  static Json statements_of(cdk::Stack& stack, iam::Role& role) {
    REQUIRE(role.default_policy() != nullptr);
    return stack.render_template()["Resources"]
                                  [stack.get_logical_id(role.default_policy()->resource())]
                                  ["Properties"]["PolicyDocument"]["Statement"];
  }
};

}  // namespace

TEST_CASE("grant_read gives aws-cdk-lib's read actions on bucket and objects", "[s3][grants]") {
  // GIVEN a bucket and a role in one stack
  GrantsFixture f;
  // WHEN read is granted
  const auto grant = f.bucket.grant_read(f.role);
  // THEN only the role's policy changes
  CHECK(grant.success());
  CHECK(grant.principal_statement().has_value());
  CHECK_FALSE(grant.resource_statement().has_value());
  CHECK(f.bucket.policy() == nullptr);
  CHECK(f.role_statements() ==
        Json::array({{{"Action", {"s3:GetObject*", "s3:GetBucket*", "s3:List*"}},
                      {"Effect", "Allow"},
                      {"Resource", {f.bucket_arn(), f.objects("*")}}}}));
}

TEST_CASE("grant_write includes the object lock and tagging put actions", "[s3][grants]") {
  GrantsFixture f;
  f.bucket.grant_write(f.role, "in/*");
  CHECK(f.role_statements()[0]["Action"] ==
        Json::array(
            {"s3:DeleteObject*",
             "s3:PutObject",
             "s3:PutObjectLegalHold",
             "s3:PutObjectRetention",
             "s3:PutObjectTagging",
             "s3:PutObjectVersionTagging",
             "s3:Abort*"}));
  CHECK(f.role_statements()[0]["Resource"] == Json::array({f.bucket_arn(), f.objects("in/*")}));
}

TEST_CASE("grant_read_write is read then write", "[s3][grants]") {
  GrantsFixture f;
  f.bucket.grant_read_write(f.role);
  CHECK(f.role_statements()[0]["Action"].size() == 10);
  CHECK(f.role_statements()[0]["Action"][0] == "s3:GetObject*");
  CHECK(f.role_statements()[0]["Action"][3] == "s3:DeleteObject*");
}

TEST_CASE("grant_put and grant_delete apply to objects only", "[s3][grants]") {
  GrantsFixture f;
  f.bucket.grant_put(f.role, "a/*");
  f.bucket.grant_delete(f.role, "b/*");
  const Json statements = f.role_statements();
  CHECK(statements[0]["Action"].size() == 6);
  CHECK(statements[0]["Resource"] == f.objects("a/*"));
  CHECK(statements[1]["Action"] == "s3:DeleteObject*");
  CHECK(statements[1]["Resource"] == f.objects("b/*"));
}

TEST_CASE("a grantee without a policy gets a bucket policy statement", "[s3][grants]") {
  // GIVEN a service principal, which has no policy of its own
  GrantsFixture f;
  // WHEN read is granted
  const auto grant = f.bucket.grant_read(iam::ServicePrincipal("logs.amazonaws.com"));
  // THEN the bucket policy names it
  REQUIRE(f.bucket.policy() != nullptr);
  CHECK(grant.resource_statement().has_value());
  const Json statement = f.bucket.policy()->document().statements().front().to_statement_json();
  CHECK(statement["Principal"].dump() == R"({"Service":"logs.amazonaws.com"})");
  CHECK(grant.dependables() == std::vector<cdk::Construct*>{f.bucket.policy()});
}

TEST_CASE("a grant across stacks of one environment changes only the grantee", "[s3][grants]") {
  GrantsFixture f;
  auto& other = f.app.add<cdk::Stack>("Other");
  auto& remote =
      other.add<iam::Role>("R", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  f.bucket.grant_read_write(remote);
  CHECK(f.bucket.policy() == nullptr);
  f.app.assembly();
  const Json statement = GrantsFixture::statements_of(other, remote)[0];
  CHECK(statement["Resource"][0].contains("Fn::ImportValue"));
}

TEST_CASE("grants on an imported bucket change only the grantee's policy", "[s3][grants]") {
  GrantsFixture f;
  auto& imported = s3::Bucket::from_bucket_name(f.stack, "I", "imported");
  const auto grant = imported.grant_write(f.role);
  CHECK(grant.success());
  CHECK(f.role_statements()[0]["Resource"][1].dump() ==
        R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::imported/*"]]})");
  // A principal without a policy can't be granted anything on it.
  const auto service_grant = imported.grant_read(iam::ServicePrincipal("logs.amazonaws.com"));
  CHECK(service_grant.dependables().empty());
  CHECK(imported.node().children().empty());
}

TEST_CASE("grants on a kms bucket add aws-cdk-lib's key actions", "[s3][grants][kms]") {
  // GIVEN a bucket encrypted with a key of the same stack
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("K");
  auto& bucket = stack.add<s3::Bucket>("B", {.encryption_key = &key});
  auto& role =
      stack.add<iam::Role>("R", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  // WHEN read, write and delete are granted
  bucket.grant_read(role);
  bucket.grant_read_write(role);
  bucket.grant_delete(role);
  // THEN the role's policy has a key statement after read and read-write (none for delete)
  const Json statements = GrantsFixture::statements_of(stack, role);
  REQUIRE(statements.size() == 5);
  const Json key_arn = {{"Fn::GetAtt", {stack.get_logical_id(key.resource()), "Arn"}}};
  CHECK(statements[1] ==
        Json{{"Action", {"kms:Decrypt", "kms:DescribeKey"}}, {"Effect", "Allow"}, {"Resource", key_arn}});
  CHECK(statements[3]["Action"] ==
        Json::array(
            {"kms:Decrypt",
             "kms:DescribeKey",
             "kms:Encrypt",
             "kms:ReEncrypt*",
             "kms:GenerateDataKey*"}));
  CHECK(statements[4]["Action"] == "s3:DeleteObject*");
  // and the key policy is unchanged (the account root already may use the key)
  CHECK(key.policy().statement_count() == 1);
}
