// backup::BackupSelection behaviour, following aws-cdk-lib 2.276.0's
// aws-backup/lib/selection.ts and backupable-resources-collector.ts (whole templates are
// compared in parity_test.cpp).
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/backup/backup_plan.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>

namespace backup = cdk::backup;
namespace iam = cdk::iam;
using cdk::assertions::Match;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

struct SelectionFixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("Stack");
  backup::BackupPlan& plan = backup::BackupPlan::daily35_day_retention(stack, "Plan");
  Json selection() {
    return Template::from_stack(stack)
        .find_resources("AWS::Backup::BackupSelection")
        .begin()
        .value()
        .at("Properties")
        .at("BackupSelection");
  }
};

const char* kBackupPolicy = ":iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup";
const char* kRestorePolicy = ":iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores";

}  // namespace

TEST_CASE("a selection without a role creates one with the backup policy", "[backup][selection]") {
  SelectionFixture f;
  auto& selection = f.plan.add_selection("Sel", {.resources = {backup::BackupResource::from_arn("arn:aws:s3:::b")}});
  CHECK(dynamic_cast<iam::Role&>(selection.grant_principal()).node().path() == "Stack/Plan/Sel/Role");
  const Json role = Template::from_stack(f.stack).find_resources("AWS::IAM::Role").begin().value();
  CHECK(role.at("Properties").at("ManagedPolicyArns").size() == 1);
  CHECK(role.at("Properties").at("ManagedPolicyArns").dump().find(kBackupPolicy) != std::string::npos);
  CHECK(f.selection().at("SelectionName") == "Sel");
  CHECK(f.selection().at("Resources").dump() == R"(["arn:aws:s3:::b"])");
  CHECK_FALSE(f.selection().contains("ListOfTags"));
}

TEST_CASE("allow_restores and disable_default_backup_policy choose the managed policies", "[backup][selection]") {
  SelectionFixture f;
  f.plan.add_selection(
      "Sel",
      {.allow_restores = true,
       .disable_default_backup_policy = true,
       .resources = {backup::BackupResource::from_tag("k", "v")}});
  const std::string arns = Template::from_stack(f.stack)
                               .find_resources("AWS::IAM::Role")
                               .begin()
                               .value()
                               .at("Properties")
                               .at("ManagedPolicyArns")
                               .dump();
  CHECK(arns.find(kRestorePolicy) != std::string::npos);
  CHECK(arns.find(kBackupPolicy) == std::string::npos);
}

TEST_CASE("a given role gets the managed policies, once each", "[backup][selection]") {
  SelectionFixture f;
  auto& role = f.stack.add<iam::Role>(
      "Role",
      {.assumed_by = iam::ServicePrincipal("backup.amazonaws.com"),
       .managed_policies = {iam::ManagedPolicy::from_aws_managed_policy_name(
           "service-role/AWSBackupServiceRolePolicyForBackup")}});
  f.plan.add_selection(
      "Sel", {.allow_restores = true, .resources = {backup::BackupResource::from_tag("k", "v")}, .role = &role});
  Template::from_stack(f.stack).resource_count_is("AWS::IAM::Role", 1);
  const Json arns = Template::from_stack(f.stack)
                        .find_resources("AWS::IAM::Role")
                        .begin()
                        .value()
                        .at("Properties")
                        .at("ManagedPolicyArns");
  CHECK(arns.size() == 2);
  CHECK(f.selection().at("IamRoleArn") == Json{{"Fn::GetAtt", {"Role1ABCC5F0", "Arn"}}});
}

TEST_CASE("a selection with nothing selected leaves both lists out", "[backup][selection]") {
  SelectionFixture f;
  f.plan.add_selection("Sel", {.backup_selection_name = "named"});
  CHECK(f.selection().at("SelectionName") == "named");
  CHECK_FALSE(f.selection().contains("Resources"));
  CHECK_FALSE(f.selection().contains("ListOfTags"));
}

TEST_CASE("tags and resources added after construction render", "[backup][selection]") {
  SelectionFixture f;
  auto& selection = f.plan.add_selection("Sel", {});
  selection.add_resource(backup::BackupResource::from_tag("stage", "prod"));
  selection.add_resource(backup::BackupResource::from_arn("arn:aws:s3:::later"));
  CHECK(
      f.selection().at("ListOfTags").dump() ==
      R"([{"ConditionKey":"stage","ConditionType":"STRINGEQUALS","ConditionValue":"prod"}])");
  CHECK(f.selection().at("Resources").dump() == R"(["arn:aws:s3:::later"])");
}

TEST_CASE("from_construct finds the backupable resources below a construct", "[backup][selection]") {
  SelectionFixture f;
  auto& data = f.stack.add<cdk::Construct>("Data");
  data.add<cdk::CfnResource>("Table", {.type = "AWS::DynamoDB::Table"});
  data.add<cdk::CfnResource>("Instance", {.type = "AWS::EC2::Instance"});
  data.add<cdk::CfnResource>("Volume", {.type = "AWS::EC2::Volume"});
  data.add<cdk::CfnResource>("Cluster", {.type = "AWS::RDS::DBCluster"});
  data.add<cdk::CfnResource>("Db", {.type = "AWS::RDS::DBInstance"});
  data.add<cdk::CfnResource>(
      "ClusterDb", {.properties = {{"DBClusterIdentifier", "c"}}, .type = "AWS::RDS::DBInstance"});
  data.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  f.plan.add_selection("Sel", {.resources = {backup::BackupResource::from_construct(data)}});
  const std::string resources = f.selection().at("Resources").dump();
  CHECK(f.selection().at("Resources").size() == 5);
  for (const char* part : {":dynamodb:", ":table/", ":ec2:", ":instance/", ":volume/", ":rds:", ":cluster:", ":db:"}) {
    INFO(part);
    CHECK(resources.find(part) != std::string::npos);
  }
  CHECK(resources.find("DataClusterDb") == std::string::npos);
  CHECK(resources.find("DataQueue") == std::string::npos);
}

TEST_CASE("a selection without a plan is an error", "[backup][selection][errors]") {
  SelectionFixture f;
  CHECK_THROWS_WITH(
      f.stack.add<backup::BackupSelection>("Sel", {}),
      Catch::Contains("backup_plan is required") && Catch::Contains("[Stack/Sel]"));
}
