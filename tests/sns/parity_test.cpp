// SNS parity: each scenario of tests/parity/sns.js about topics is built here the same way, and
// every template must equal, byte for byte, what aws-cdk-lib 2.276.0 wrote
// (tests/parity/reference/sns.json). The SnsAction and SnsTopic-target scenarios of the same
// reference are checked in tests/cloudwatch_actions and tests/events_targets.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/kms/key.hpp>
#include <cdk/sns/topic.hpp>
#include <cdk/sns/topic_policy.hpp>
#include <functional>
#include <map>
#include <set>

#include "sns/mission.hpp"
#include "sns/template_parity.hpp"

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace sns = cdk::sns;

namespace {

iam::Role& lambda_role(cdk::Construct& scope, const std::string& id, std::string role_name = "") {
  return scope.add<iam::Role>(
      id,
      {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com"),
       .role_name = std::move(role_name)});
}

void alarm_topic(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  cdk::test::mission_alarm_topic(stack);
  cdk::Tags::of(app).add("project", "compact-connect");
  cdk::Tags::of(app).add("environment", "sandbox");
}

void defaults(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& topic = stack.add<sns::Topic>("Topic");
  stack.add<cdk::CfnOutput>("Arn", {.value = topic.topic_arn()});
  stack.add<cdk::CfnOutput>("Name", {.value = topic.topic_name()});
}

void props(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<sns::Topic>(
      "Named", {.display_name = "My topic", .signature_version = "2", .topic_name = "my-topic"});
  stack.add<sns::Topic>(
      "FifoNamed", {.content_based_deduplication = true, .fifo = true, .topic_name = "orders"});
  stack.add<sns::Topic>(
      "FifoSuffixed",
      {.fifo = true, .message_retention_period_in_days = 7, .topic_name = "orders2.fifo"});
  auto& group = app.add<cdk::Stack>("Group");
  group.add<cdk::Construct>("Inner").add<sns::Topic>("FifoGenerated", {.fifo = true});
}

void topic_policy(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& topic = stack.add<sns::Topic>("Topic", {.enforce_ssl = true});
  topic.add_to_resource_policy(iam::PolicyStatement({
      .actions = {"sns:Subscribe"},
      .principals = {iam::AccountPrincipal("123456789012")},
      .resources = {topic.topic_arn()},
  }));
  auto& plain = stack.add<sns::Topic>("Plain");
  plain.add_to_resource_policy(iam::PolicyStatement({
      .actions = {"sns:Publish"},
      .principals = {iam::ServicePrincipal("s3.amazonaws.com")},
      .resources = {plain.topic_arn()},
      .sid = "Mine",
  }));
  stack.add<sns::TopicPolicy>("Shared", {.enforce_ssl = true, .topics = {&topic, &plain}});
}

void grants_same_stack(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  auto& topic = cdk::test::mission_alarm_topic(stack);
  topic.grant_publish(lambda_role(stack, "Publisher"));
  topic.grant_subscribe(lambda_role(stack, "Subscriber"));
  topic.grant_publish(iam::ServicePrincipal("s3.amazonaws.com"));
  topic.grant_publish(iam::AccountPrincipal("123456789012"));
  auto& plain = stack.add<sns::Topic>("Plain");
  plain.grant_publish(lambda_role(stack, "PlainPublisher"));
}

void grants_cross_stack(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PersistentStack");
  auto& topic = cdk::test::mission_alarm_topic(stack);
  auto& consumer = app.add<cdk::Stack>("ProviderUsersStack");
  topic.grant_publish(lambda_role(consumer, "Publisher"));
}

void grants_cross_account(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>(
      "TopicStack", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& key = stack.add<kms::Key>("Key");
  auto& topic = stack.add<sns::Topic>("Topic", {.master_key = &key, .topic_name = "shared-topic"});
  auto& other = app.add<cdk::Stack>(
      "OtherAccount", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  topic.grant_publish(lambda_role(other, "Role", "publisher-role"));
}

const std::map<std::string, std::function<void(cdk::App&)>>& scenarios() {
  static const std::map<std::string, std::function<void(cdk::App&)>> all = {
      {"alarm_topic", alarm_topic},
      {"defaults", defaults},
      {"props", props},
      {"topic_policy", topic_policy},
      {"grants_same_stack", grants_same_stack},
      {"grants_cross_stack", grants_cross_stack},
      {"grants_cross_account", grants_cross_account},
  };
  return all;
}

}  // namespace

TEST_CASE("every sns parity scenario has a C++ twin", "[sns][parity]") {
  // GIVEN the scenarios aws-cdk-lib 2.276.0 rendered, and the twins checked elsewhere
  const std::set<std::string> elsewhere = {
      "alarm_action_nested", "alarm_action_sibling", "rule_target", "rule_target_cross_stack"};
  // THEN each is built in one place
  std::size_t count = 0;
  for (const auto& item : cdk::test::sns_reference().at("scenarios").items()) {
    INFO(item.key());
    CHECK(scenarios().count(item.key()) + elsewhere.count(item.key()) == 1);
    ++count;
  }
  CHECK(count == scenarios().size() + elsewhere.size());
}

TEST_CASE("sns templates equal aws-cdk-lib 2.276.0's byte for byte", "[sns][parity]") {
  for (const auto& [scenario, build] : scenarios()) {
    SECTION(scenario) {
      // GIVEN the scenario built with cdkpp
      cdk::App app;
      build(app);
      // WHEN it is synthesized, THEN each template is aws-cdk-lib's
      cdk::test::check_sns_scenario(scenario, app);
    }
  }
}
