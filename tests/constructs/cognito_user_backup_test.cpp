// CognitoUserBackup in a test stack, in the spirit of CompactConnect's own construct tests:
// each child's security-relevant properties, asserted on the synthesized template. The
// expected shapes are aws-cdk-lib 2.276.0's (the whole app is compared byte for byte by
// tests/parity/compact_connect/compare.sh).
// g++ 12 at -O2 warns that the empty props' std::optional members "may be used uninitialized"
// (a known false positive of GCC 12 with optional members of aggregates; g++ 13 is silent).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/sns/topic.hpp>
#include <cdk_constructs/access_logs_bucket.hpp>
#include <cdk_constructs/backup_infrastructure_stack.hpp>
#include <cdk_constructs/cognito_user_backup.hpp>

using cdk::assertions::Match;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

const char* const k_pool_id = "us-east-1_TestPool";

struct BackupFixture {
  cdk::App app{};
  cdk::Stack& stack = app.add<cdk::Stack>("TestStack");
  cdk::kms::Key& key = stack.add<cdk::kms::Key>("Key", {.enable_key_rotation = true});
  cdk::sns::Topic& topic = stack.add<cdk::sns::Topic>("Topic", {.master_key = &key});
  cdk_constructs::AccessLogsBucket& logs_bucket =
      stack.add<cdk_constructs::AccessLogsBucket>("AccessLogs", {});
  cdk_constructs::BackupInfrastructureStack& infra =
      stack.add<cdk_constructs::BackupInfrastructureStack>(
          "BackupInfra", {.alarm_topic = &topic, .environment_name = "test"});
  cdk_constructs::CognitoUserBackup& backup = stack.add<cdk_constructs::CognitoUserBackup>(
      "UserPoolBackup",
      {
          .access_logs_bucket = &logs_bucket,
          .alarm_topic = &topic,
          .backup_infrastructure_stack = &infra,
          .encryption_key = &key,
          .export_lambda_code_dir = CDKPP_SOURCE_DIR "/examples/compact_connect/lambdas/cognito-backup",
          .removal_policy = cdk::RemovalPolicy::destroy,
          .user_pool_id = k_pool_id,
          .user_pool_type = "provider",
      });

  std::string id_of(cdk::CfnResource& resource) const { return stack.get_logical_id(resource); }
  Template tmpl() const { return Template::from_stack(stack); }
};

Json cfn_ref(const std::string& logical_id) { return Json{{"Ref", logical_id}}; }
Json arn_of(const std::string& logical_id) {
  return Json{{"Fn::GetAtt", Json::array({logical_id, "Arn"})}};
}

}  // namespace

TEST_CASE("the backup bucket is KMS-encrypted, versioned, logged and private", "[constructs][backup]") {
  BackupFixture f;
  const auto bucket = f.id_of(f.backup.backup_bucket().resource());
  const auto key = f.id_of(f.key.resource());
  f.tmpl().has_resource_properties(
      "AWS::S3::Bucket",
      {{"BucketEncryption",
        {{"ServerSideEncryptionConfiguration",
          Json::array({{{"ServerSideEncryptionByDefault",
                         {{"KMSMasterKeyID", arn_of(key)}, {"SSEAlgorithm", "aws:kms"}}}}})}}},
       {"LifecycleConfiguration",
        {{"Rules",
          Json::array({{{"Id", "MinimizeVersioningCosts"},
                        {"NoncurrentVersionExpiration", {{"NoncurrentDays", 1}}},
                        {"Status", "Enabled"}}})}}},
       {"LoggingConfiguration",
        {{"DestinationBucketName", cfn_ref(f.id_of(f.logs_bucket.resource()))},
         {"LogFilePrefix", Match::any_value()}}},
       {"OwnershipControls",
        {{"Rules", Json::array({{{"ObjectOwnership", "BucketOwnerEnforced"}}})}}},
       {"PublicAccessBlockConfiguration",
        {{"BlockPublicAcls", true},
         {"BlockPublicPolicy", true},
         {"IgnorePublicAcls", true},
         {"RestrictPublicBuckets", true}}},
       {"VersioningConfiguration", {{"Status", "Enabled"}}}});
  // TLS only: the bucket policy denies aws:SecureTransport false
  f.tmpl().has_resource_properties(
      "AWS::S3::BucketPolicy",
      {{"Bucket", cfn_ref(bucket)},
       {"PolicyDocument",
        {{"Statement",
          Match::array_with(Json::array({Match::object_like(
              {{"Condition", {{"Bool", {{"aws:SecureTransport", "false"}}}}},
               {"Effect", "Deny"}})}))}}}});
}

TEST_CASE("the export Lambda runs python3.12 for up to 15 minutes with 512 MB", "[constructs][backup]") {
  BackupFixture f;
  f.tmpl().has_resource_properties(
      "AWS::Lambda::Function",
      {{"Description", "Export user pool data for backup purposes"},
       {"Handler", "lambda_function.lambda_handler"},
       {"LoggingConfig", {{"LogGroup", Match::any_value()}}},
       {"MemorySize", 512},
       {"Runtime", "python3.12"},
       {"Timeout", 900}});
  f.tmpl().has_resource_properties("AWS::Logs::LogGroup", {{"RetentionInDays", 365}});
}

TEST_CASE("the export Lambda may list the pool, write the bucket and use the key", "[constructs][backup]") {
  BackupFixture f;
  const auto bucket = f.id_of(f.backup.backup_bucket().resource());
  const auto key = f.id_of(f.key.resource());
  f.tmpl().has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement",
          Match::array_with(Json::array({
              // the pool ARN built with format_arn
              {{"Action", Json::array({"cognito-idp:ListUsers", "cognito-idp:DescribeUserPool"})},
               {"Effect", "Allow"},
               {"Resource",
                {{"Fn::Join",
                  Json::array(
                      {"",
                       Json::array(
                           {"arn:",
                            cfn_ref("AWS::Partition"),
                            ":cognito-idp:",
                            cfn_ref("AWS::Region"),
                            ":",
                            cfn_ref("AWS::AccountId"),
                            std::string(":userpool/") + k_pool_id})})}}}},
              // grant_write on the bucket and its objects
              {{"Action", Match::array_with(Json::array({"s3:DeleteObject*", "s3:PutObject"}))},
               {"Effect", "Allow"},
               {"Resource",
                Json::array(
                    {arn_of(bucket),
                     {{"Fn::Join",
                       Json::array({"", Json::array({arn_of(bucket), "/*"})})}}})}},
              // the key, once: grant_write's key grant and grant_encrypt_decrypt allow the same,
              // and aws-cdk-lib keeps the first of equal statements in a DefaultPolicy
              {{"Action",
                Json::array(
                    {"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt"})},
               {"Effect", "Allow"},
               {"Resource", arn_of(key)}},
          }))}}}});
  // and the wildcard finding is suppressed for cdk-nag on that policy
  const auto& role = dynamic_cast<cdk::iam::Role&>(f.backup.export_function().role());
  const auto policy_id = f.id_of(role.default_policy()->resource());
  const Json template_json = f.tmpl().to_json();
  const auto& metadata = template_json.at("Resources").at(policy_id).at("Metadata");
  CHECK(metadata.at("cdk_nag").at("rules_to_suppress").at(0).at("id") == "AwsSolutions-IAM5");
}

TEST_CASE("the daily rule passes the pool, the bucket and the pool type", "[constructs][backup]") {
  BackupFixture f;
  const auto bucket = f.id_of(f.backup.backup_bucket().resource());
  f.tmpl().has_resource_properties(
      "AWS::Events::Rule",
      {{"Description", "Daily schedule for user pool backup export"},
       {"ScheduleExpression", "cron(0 2 * * ? *)"},
       {"State", "ENABLED"},
       {"Targets",
        Json::array(
            {{{"Arn", arn_of(f.id_of(f.backup.export_function().resource()))},
              {"Id", "Target0"},
              {"Input",
               {{"Fn::Join",
                 Json::array(
                     {"",
                      Json::array(
                          {std::string("{\"user_pool_id\":\"") + k_pool_id +
                               "\",\"backup_bucket_name\":\"",
                           cfn_ref(bucket),
                           "\",\"user_pool_type\":\"provider\"}"})})}}}}})}});
  f.tmpl().has_resource_properties(
      "AWS::Lambda::Permission",
      {{"Action", "lambda:InvokeFunction"}, {"Principal", "events.amazonaws.com"}});
}

TEST_CASE("a failed export raises an alarm on the alarm topic", "[constructs][backup]") {
  BackupFixture f;
  f.tmpl().has_resource_properties(
      "AWS::CloudWatch::Alarm",
      {{"AlarmActions", Json::array({cfn_ref(f.id_of(f.topic.resource()))})},
       {"AlarmDescription",
        "User pool backup export Lambda has failed. User data backup may be incomplete."},
       {"ComparisonOperator", "GreaterThanOrEqualToThreshold"},
       {"Dimensions",
        Json::array(
            {{{"Name", "FunctionName"},
              {"Value", cfn_ref(f.id_of(f.backup.export_function().resource()))}}})},
       {"EvaluationPeriods", 1},
       {"MetricName", "Errors"},
       {"Namespace", "AWS/Lambda"},
       {"Threshold", 1},
       {"TreatMissingData", "notBreaching"}});
}

TEST_CASE("the bucket is backed up daily at 03:00 and copied to the backup account", "[constructs][backup]") {
  BackupFixture f;
  auto& plan = f.backup.backup_plan();
  const auto plan_json = f.tmpl().to_json()["Resources"][f.id_of(plan.backup_plan().resource())];
  const auto& rule = plan_json["Properties"]["BackupPlan"]["BackupPlanRule"][0];
  CHECK(rule["ScheduleExpression"] == "cron(0 3 * * ? *)");
  CHECK(rule["Lifecycle"] == Json{{"DeleteAfterDays", 730}, {"MoveToColdStorageAfterDays", 30}});
  REQUIRE(rule["CopyActions"].size() == 1);
  CHECK(rule["CopyActions"][0]["Lifecycle"] ==
        Json{{"DeleteAfterDays", 730}, {"MoveToColdStorageAfterDays", 30}});
  CHECK(rule["CopyActions"][0]["DestinationBackupVaultArn"].dump().find("111122223333") !=
        std::string::npos);
  // the selection names the bucket ARN and the backup service role
  const auto selection =
      f.tmpl().to_json()["Resources"][f.id_of(plan.backup_selection().resource())]["Properties"];
  CHECK(selection["BackupSelection"]["Resources"].dump().find(
            f.id_of(f.backup.backup_bucket().resource())) != std::string::npos);
  CHECK(selection["BackupSelection"]["IamRoleArn"].dump().find("BackupServiceRole") !=
        std::string::npos);
}

TEST_CASE("CognitoUserBackup rejects missing props and unknown pool types", "[constructs][backup]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Bad");
  CHECK_THROWS_WITH(
      stack.add<cdk_constructs::CognitoUserBackup>("Backup", {}),
      Catch::Contains("CognitoUserBackup needs access_logs_bucket") && Catch::Contains("Bad/Backup"));
}
