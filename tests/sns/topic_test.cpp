// sns::Topic and TopicPolicy as aws-cdk-lib 2.276.0's topic.ts, topic-base.ts and policy.ts
// (whole templates are compared with aws-cdk-lib's in parity_test.cpp): props, the enforceSSL
// statement, the topic policy, grants and each error.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/sns/topic.hpp>
#include <string>

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace sns = cdk::sns;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

TEST_CASE("a bare topic has no properties, no policy, and Ref/GetAtt attributes", "[sns][topic]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN
  auto& topic = stack.add<sns::Topic>("Topic");
  // THEN
  CHECK(
      app.assembly().template_json(stack)["Resources"]["TopicBFC7AF6E"].dump() ==
      R"({"Type":"AWS::SNS::Topic"})");
  CHECK(topic.policy() == nullptr);
  CHECK(topic.master_key() == nullptr);
  CHECK_FALSE(topic.fifo());
  CHECK(stack.resolve(Json(topic.topic_arn())).dump() == R"({"Ref":"TopicBFC7AF6E"})");
  CHECK(
      stack.resolve(Json(topic.topic_name())).dump() ==
      R"({"Fn::GetAtt":["TopicBFC7AF6E","TopicName"]})");
}

TEST_CASE(
    "enforce_ssl adds the TopicPolicy with aws-cdk-lib's deny statement", "[sns][topic][policy]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN
  auto& topic = stack.add<sns::Topic>("Topic", {.enforce_ssl = true});
  // THEN
  REQUIRE(topic.policy() != nullptr);
  CHECK(topic.policy()->node().path() == "S/Topic/Policy");
  CHECK(
      app.assembly().template_json(stack)["Resources"]["TopicPolicyA1747468"].dump() ==
      R"({"Type":"AWS::SNS::TopicPolicy","Properties":{"PolicyDocument":{"Statement":[{"Action":"sns:Publish",)"
      R"("Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":"*","Resource":{"Ref":"TopicBFC7AF6E"},)"
      R"("Sid":"AllowPublishThroughSSLOnly"}],"Version":"2012-10-17"},"Topics":[{"Ref":"TopicBFC7AF6E"}]}})");
}

TEST_CASE(
    "a master key encrypts the topic and publishers get its actions", "[sns][topic][grants]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("Key");
  auto& topic = stack.add<sns::Topic>("Topic", {.master_key = &key});
  auto& role = stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda")});
  // WHEN
  const auto grant = topic.grant_publish(role);
  // THEN
  CHECK(grant.success());
  CHECK(topic.master_key() == &key);
  Template::from_stack(stack).has_resource_properties(
      "AWS::SNS::Topic", {{"KmsMasterKeyId", {{"Fn::GetAtt", {"Key961B73FD", "Arn"}}}}});
  const auto t = app.assembly().template_json(stack);
  CHECK(
      t["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"]
          .dump() ==
      R"([{"Action":"sns:Publish","Effect":"Allow","Resource":{"Ref":"TopicBFC7AF6E"}},)"
      R"({"Action":["kms:Decrypt","kms:GenerateDataKey*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["Key961B73FD","Arn"]}}])");
  CHECK(topic.policy() == nullptr);
}

TEST_CASE(
    "a service publisher lands in the topic policy and the key policy", "[sns][topic][grants]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& key = stack.add<kms::Key>("Key");
  auto& topic = stack.add<sns::Topic>("Topic", {.master_key = &key});
  // WHEN
  topic.grant_publish(iam::ServicePrincipal("events.amazonaws.com"));
  topic.grant_subscribe(iam::ServicePrincipal("s3.amazonaws.com"));
  // THEN
  REQUIRE(topic.policy() != nullptr);
  CHECK(topic.policy()->document().statement_count() == 2);
  CHECK(key.policy().statement_count() == 2);  // the default one and the publisher's
  const auto statements = app.assembly().template_json(
      stack)["Resources"]["TopicPolicyA1747468"]["Properties"]["PolicyDocument"]["Statement"];
  CHECK(statements[0]["Sid"] == "0");
  CHECK(statements[1]["Sid"] == "1");
  CHECK(statements[1]["Action"] == "sns:Subscribe");
}

TEST_CASE("topic props render under their CloudFormation names", "[sns][topic]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN
  stack.add<sns::Topic>(
      "Topic",
      {
          .content_based_deduplication = true,
          .display_name = std::string(100, 'd'),
          .fifo = true,
          .message_retention_period_in_days = 365,
          .signature_version = "1",
          .topic_name = "t",
      });
  stack.add<sns::Topic>("Generated", {.fifo = true});
  // THEN
  const auto t = app.assembly().template_json(stack);
  CHECK(
      t["Resources"]["TopicBFC7AF6E"]["Properties"].dump() ==
      R"({"ArchivePolicy":{"MessageRetentionPeriod":365},"ContentBasedDeduplication":true,"DisplayName":")" +
          std::string(100, 'd') +
          R"(","FifoTopic":true,"SignatureVersion":"1","TopicName":"t.fifo"})");
  // aws-cdk-lib's Names.uniqueResourceName: stack name, ids, hash of "S/Generated"
  CHECK(
      t["Resources"]["Generated4DF44E21"]["Properties"]["TopicName"] ==
      "S-Generated-1BC9E304.fifo");
}

TEST_CASE("topic prop errors carry aws-cdk-lib's messages", "[sns][topic][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  using Catch::Contains;
  CHECK_THROWS_WITH(
      stack.add<sns::Topic>("A", {.content_based_deduplication = true}),
      Contains("Content based deduplication can only be enabled for FIFO SNS topics.") &&
          Contains("S/A"));
  CHECK_THROWS_WITH(
      stack.add<sns::Topic>("B", {.message_retention_period_in_days = 3}),
      Contains("`messageRetentionPeriodInDays` is only valid for FIFO SNS topics."));
  CHECK_THROWS_WITH(
      stack.add<sns::Topic>("C", {.fifo = true, .message_retention_period_in_days = 366}),
      Contains("`messageRetentionPeriodInDays` must be an integer between 1 and 365"));
  CHECK_THROWS_WITH(
      stack.add<sns::Topic>("D", {.fifo = true, .message_retention_period_in_days = 0}),
      Contains("`messageRetentionPeriodInDays` must be an integer between 1 and 365"));
  CHECK_THROWS_WITH(
      stack.add<sns::Topic>("E", {.signature_version = "3"}),
      Contains("signatureVersion must be \"1\" or \"2\", received: \"3\""));
  CHECK_THROWS_WITH(
      stack.add<sns::Topic>("F", {.display_name = std::string(101, 'x')}),
      Contains("displayName must be less than or equal to 100 characters, got 101"));
  // JavaScript lengths: a character beyond U+FFFF counts twice, as in aws-cdk-lib.
  std::string emoji;
  for (int i = 0; i < 51; ++i) emoji += "\xF0\x9F\x98\x80";  // U+1F600
  CHECK_THROWS_WITH(
      stack.add<sns::Topic>("G", {.display_name = emoji}),
      Contains("displayName must be less than or equal to 100 characters, got 102"));
  emoji.resize(emoji.size() - 4);
  CHECK_NOTHROW(stack.add<sns::Topic>("H", {.display_name = emoji}));
}

TEST_CASE(
    "a topic policy statement without a principal fails at synthesis", "[sns][topic][errors]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& topic = stack.add<sns::Topic>("T");
  // WHEN
  const auto result = topic.add_to_resource_policy(
      iam::PolicyStatement({.actions = {"sns:Publish"}, .resources = {"*"}}));
  // THEN (aws-cdk-lib 2.276.0: "[S/T] A PolicyStatement used in a resource-based policy must
  // specify at least one IAM principal.")
  CHECK(result.statement_added);
  CHECK(result.policy_dependable == topic.policy());
  CHECK_THROWS_WITH(
      app.synth(),
      Catch::Contains("S/T") && Catch::Contains("A PolicyStatement used in a resource-based policy "
                                                "must specify at least one IAM principal."));
}

TEST_CASE("a topic used by another account needs a topic name", "[sns][topic][errors]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>(
      "A", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& topic = stack.add<sns::Topic>("T");
  auto& other = app.add<cdk::Stack>(
      "B", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  auto& role = other.add<iam::Role>(
      "Role", {.assumed_by = iam::ServicePrincipal("lambda"), .role_name = "r"});
  // WHEN
  topic.grant_publish(role);
  // THEN
  CHECK_THROWS_WITH(app.synth(), Catch::Contains("needs a name known before deployment"));
}
