// cloudwatch::Alarm as aws-cdk-lib 2.276.0's Alarm: rendering details, actions, attributes and
// the checks cdkpp adds. Whole-template parity is in parity_test.cpp.
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/cloudwatch/alarm.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>

namespace cw = cdk::cloudwatch;
using Json = nlohmann::ordered_json;
using cdk::assertions::Match;
using cdk::assertions::Template;

namespace {

class RecordingAction : public cw::IAlarmAction {
 public:
  explicit RecordingAction(std::string arn) : arn_(std::move(arn)) {}
  cw::AlarmActionConfig bind(cdk::Construct& scope, cw::IAlarm& alarm) override {
    scope_ = &scope;
    alarm_ = &alarm;
    return {.alarm_action_arn = arn_};
  }
  cdk::Construct* scope_ = nullptr;
  cw::IAlarm* alarm_ = nullptr;

 private:
  std::string arn_;
};

cw::Metric errors_metric() {
  return cw::Metric({.metric_name = "Errors", .namespace_ = "AWS/Lambda", .statistic = "Sum"});
}

}  // namespace

TEST_CASE("the example app's backup alarm renders its metric inline", "[cloudwatch][alarm]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  // WHEN
  stack.add<cw::Alarm>(
      "BackupJobFailureAlarm",
      {
          .alarm_description = "One or more AWS Backup jobs failed",
          .evaluation_periods = 1,
          .metric = cw::Metric({
              .metric_name = "NumberOfBackupJobsFailed",
              .namespace_ = "AWS/Backup",
              .period = cdk::Duration::days(1),
              .statistic = "Sum",
          }),
          .threshold = 1,
          .treat_missing_data = cw::TreatMissingData::not_breaching,
      });
  // THEN
  Template::from_stack(stack).has_resource_properties(
      "AWS::CloudWatch::Alarm",
      Match::exact({
          {"AlarmDescription", "One or more AWS Backup jobs failed"},
          {"ComparisonOperator", "GreaterThanOrEqualToThreshold"},
          {"EvaluationPeriods", 1},
          {"MetricName", "NumberOfBackupJobsFailed"},
          {"Namespace", "AWS/Backup"},
          {"Period", 86400},
          {"Statistic", "Sum"},
          {"Threshold", 1},
          {"TreatMissingData", "notBreaching"},
      }));
}

TEST_CASE("actions are bound with the alarm as scope and render in order", "[cloudwatch][alarm]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& alarm = stack.add<cw::Alarm>(
      "Alarm", {.evaluation_periods = 1, .metric = errors_metric(), .threshold = 1});
  RecordingAction first("arn:1");
  RecordingAction second("arn:2");
  // WHEN (actions added after the alarm was created still render)
  alarm.add_alarm_action(first);
  alarm.add_alarm_action(second);
  alarm.add_ok_action(first);
  // THEN
  CHECK(first.scope_ == &alarm);
  CHECK(first.alarm_ == &alarm);
  CHECK(alarm.alarm_action_arns() == std::vector<std::string>{"arn:1", "arn:2"});
  const Json props =
      Template::from_stack(stack).to_json()["Resources"].begin().value()["Properties"];
  CHECK(props["AlarmActions"].dump() == R"(["arn:1","arn:2"])");
  CHECK(props["OKActions"].dump() == R"(["arn:1"])");
  CHECK_FALSE(props.contains("InsufficientDataActions"));
}

TEST_CASE("an EC2 action is accepted on a per-instance metric", "[cloudwatch][alarm]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& alarm = stack.add<cw::Alarm>(
      "Alarm",
      {
          .evaluation_periods = 1,
          .metric = cw::Metric(
              {.dimensions_map = {{"InstanceId", "i-123"}},
               .metric_name = "CPUUtilization",
               .namespace_ = "AWS/EC2"}),
          .threshold = 90,
      });
  RecordingAction reboot("arn:aws:automate:us-east-1:ec2:reboot");
  // WHEN / THEN
  CHECK_NOTHROW(alarm.add_alarm_action(reboot));
  // OK and INSUFFICIENT_DATA actions are not checked, as in aws-cdk-lib.
  RecordingAction stop("arn:aws:automate:us-east-1:ec2:stop");
  auto& other = stack.add<cw::Alarm>(
      "Other", {.evaluation_periods = 1, .metric = errors_metric(), .threshold = 1});
  CHECK_NOTHROW(other.add_ok_action(stop));
}

TEST_CASE("alarm attributes are the resource's Arn and Ref", "[cloudwatch][alarm]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& alarm = stack.add<cw::Alarm>(
      "Alarm", {.evaluation_periods = 1, .metric = errors_metric(), .threshold = 1});
  CHECK(stack.resolve(alarm.alarm_arn()).dump() == R"({"Fn::GetAtt":["Alarm7103F465","Arn"]})");
  CHECK(stack.resolve(alarm.alarm_name()).dump() == R"({"Ref":"Alarm7103F465"})");
  CHECK(alarm.resource().cfn_resource_type() == "AWS::CloudWatch::Alarm");
}

TEST_CASE("an alarm in a nested stack can notify a topic of its parent", "[cloudwatch][alarm]") {
  // GIVEN the example app's shape: the alarm in BackupInfrastructureStack, the topic in its parent
  cdk::App app;
  auto& parent = app.add<cdk::Stack>("PersistentStack");
  auto& topic = parent.add<cdk::CfnResource>("AlarmTopic", {.type = "AWS::SNS::Topic"});
  auto& nested = parent.add<cdk::NestedStack>("BackupInfrastructureStack");
  auto& alarm = nested.add<cw::Alarm>(
      "Alarm", {.evaluation_periods = 1, .metric = errors_metric(), .threshold = 1});
  RecordingAction action(topic.ref());
  // WHEN
  alarm.add_alarm_action(action);
  // THEN the nested template takes the ARN as a parameter
  const Json props =
      Template::from_stack(nested).to_json()["Resources"].begin().value()["Properties"];
  REQUIRE(props["AlarmActions"].size() == 1);
  CHECK(props["AlarmActions"][0].contains("Ref"));
}

TEST_CASE(
    "the comparison operators and missing-data treatments render as CloudFormation names",
    "[cloudwatch][alarm]") {
  CHECK(cw::to_string(cw::ComparisonOperator::greater_than_threshold) == "GreaterThanThreshold");
  CHECK(
      cw::to_string(cw::ComparisonOperator::less_than_or_equal_to_threshold) ==
      "LessThanOrEqualToThreshold");
  CHECK(
      cw::to_string(cw::ComparisonOperator::less_than_lower_threshold) == "LessThanLowerThreshold");
  CHECK(cw::to_string(cw::TreatMissingData::not_breaching) == "notBreaching");
  CHECK(cw::to_string(cw::TreatMissingData::ignore) == "ignore");
}

TEST_CASE("evaluate_low_sample_count_percentile renders when set", "[cloudwatch][alarm]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<cw::Alarm>(
      "Alarm",
      {
          .evaluate_low_sample_count_percentile = "ignore",
          .evaluation_periods = 1,
          .metric = errors_metric().with({.statistic = "p95"}),
          .threshold = 1,
      });
  Template::from_stack(stack).has_resource_properties(
      "AWS::CloudWatch::Alarm",
      {{"EvaluateLowSampleCountPercentile", "ignore"}, {"ExtendedStatistic", "p95"}});
}

TEST_CASE("evaluation_periods must be at least 1", "[cloudwatch][alarm][errors]") {
  // cdkpp's check: aws-cdk-lib's TypeScript makes the prop required and would render 0.
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  CHECK_THROWS_WITH(
      stack.add<cw::Alarm>("Alarm", {.metric = errors_metric(), .threshold = 1}),
      Catch::Contains("evaluation_periods must be at least 1 (got 0)") &&
          Catch::Contains("[Stack/Alarm]"));
  // THEN the failed id is free again
  CHECK_NOTHROW(stack.add<cw::Alarm>(
      "Alarm", {.evaluation_periods = 1, .metric = errors_metric(), .threshold = 1}));
}

TEST_CASE(
    "a metric of a region-agnostic stack's alarm may name any region", "[cloudwatch][alarm]") {
  // aws-cdk-lib only rejects a region mismatch when the stack's region is known.
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  CHECK_NOTHROW(stack.add<cw::Alarm>(
      "Alarm",
      {.evaluation_periods = 1,
       .metric = errors_metric().with({.region = "us-west-2"}),
       .threshold = 1}));
}
