// CloudWatch alarms checked against aws-cdk-lib 2.276.0: each scenario is the C++ twin of one in
// tests/parity/cloudwatch.js, and its whole template (key order included) must equal the one
// aws-cdk-lib synthesized (tests/parity/reference/cloudwatch.json). The error scenarios check
// that cdkpp rejects the same inputs; the texts are cdkpp's own.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/cloudwatch/alarm.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/parity_reference.hpp"
#include "core/parity_templates.hpp"

namespace cw = cdk::cloudwatch;
using Json = nlohmann::ordered_json;

namespace {

// An alarm action as cloudwatch_actions::SnsAction will bind: the ARN is whatever it gives.
class FakeAction : public cw::IAlarmAction {
 public:
  explicit FakeAction(std::string arn) : arn_(std::move(arn)) {}
  cw::AlarmActionConfig bind(cdk::Construct& /*scope*/, cw::IAlarm& /*alarm*/) override {
    return {.alarm_action_arn = arn_};
  }

 private:
  std::string arn_;
};

cw::Metric backup_metric() {
  return cw::Metric({
      .metric_name = "NumberOfBackupJobsFailed",
      .namespace_ = "AWS/Backup",
      .period = cdk::Duration::days(1),
      .statistic = "Sum",
  });
}

cdk::Stack& backup_alarm(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("BackupStack");
  auto& topic = stack.add<cdk::CfnResource>("AlarmTopic", {.type = "AWS::SNS::Topic"});
  auto& alarm = stack.add<cw::Alarm>(
      "BackupJobFailureAlarm",
      {
          .alarm_description = "One or more AWS Backup jobs failed",
          .comparison_operator = cw::ComparisonOperator::greater_than_or_equal_to_threshold,
          .evaluation_periods = 1,
          .metric = backup_metric(),
          .threshold = 1,
          .treat_missing_data = cw::TreatMissingData::not_breaching,
      });
  FakeAction action(topic.ref());
  alarm.add_alarm_action(action);
  return stack;
}

cdk::Stack& defaults(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("DefaultsStack");
  stack.add<cw::Alarm>(
      "Alarm",
      {
          .evaluation_periods = 3,
          .metric = cw::Metric({.metric_name = "Latency", .namespace_ = "Custom"}),
          .threshold = 2.5,
      });
  return stack;
}

cdk::Stack& dimensions(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("DimensionsStack");
  auto& fn = stack.add<cdk::CfnResource>("Function", {.type = "AWS::Lambda::Function"});
  auto& alarm = stack.add<cw::Alarm>(
      "Alarm",
      {
          .actions_enabled = false,
          .alarm_name = "duration-alarm",
          .comparison_operator = cw::ComparisonOperator::less_than_threshold,
          .datapoints_to_alarm = 3,
          .evaluation_periods = 5,
          .metric = cw::Metric({
              .dimensions_map =
                  {{"Resource", "live"}, {"FunctionName", fn.ref()}, {"Alias", "live"}},
              .metric_name = "Duration",
              .namespace_ = "AWS/Lambda",
              .period = cdk::Duration::minutes(1),
              .statistic = "p99",
              .unit = cw::Unit::milliseconds,
          }),
          .threshold = 1000,
          .treat_missing_data = cw::TreatMissingData::breaching,
      });
  FakeAction ok("arn:aws:sns:us-east-1:111111111111:ok");
  FakeAction nodata("arn:aws:sns:us-east-1:111111111111:nodata");
  FakeAction a("arn:aws:sns:us-east-1:111111111111:a");
  FakeAction b("arn:aws:sns:us-east-1:111111111111:b");
  alarm.add_ok_action(ok);
  alarm.add_insufficient_data_action(nodata);
  alarm.add_alarm_action(a);
  alarm.add_alarm_action(b);
  return stack;
}

cdk::Stack& statistics(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("StatisticsStack");
  const std::vector<std::string> stats = {
      "avg", "n", "MAXIMUM", "min", "P99.9", "tm(10%:90%)", "iqm", "wm99", "PR(:300)", "foo"};
  for (std::size_t i = 0; i < stats.size(); ++i) {
    stack.add<cw::Alarm>(
        "Alarm" + std::to_string(i),
        {
            .comparison_operator = i % 2 == 0
                                       ? cw::ComparisonOperator::greater_than_threshold
                                       : cw::ComparisonOperator::less_than_or_equal_to_threshold,
            .evaluation_periods = 1,
            .metric =
                cw::Metric({.metric_name = "M", .namespace_ = "Custom", .statistic = stats[i]}),
            .threshold = 0,
            .treat_missing_data =
                i % 2 == 0 ? cw::TreatMissingData::ignore : cw::TreatMissingData::missing,
        });
  }
  return stack;
}

cdk::Stack& metrics_form(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>(
      "MetricsFormStack",
      {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  stack.add<cw::Alarm>(
      "Labelled",
      {
          .evaluation_periods = 1,
          .metric = cw::Metric({
              .dimensions_map = {{"Service", "api"}},
              .label = "Error count",
              .metric_name = "Errors",
              .namespace_ = "Custom",
              .statistic = "Sum",
              .unit = cw::Unit::count,
          }),
          .threshold = 1,
      });
  stack.add<cw::Alarm>(
      "OtherAccount",
      {
          .evaluation_periods = 1,
          .metric = cw::Metric(
              {.account = "222222222222",
               .metric_name = "Errors",
               .namespace_ = "Custom",
               .statistic = "p90"}),
          .threshold = 1,
      });
  stack.add<cw::Alarm>(
      "SameAccount",
      {
          .evaluation_periods = 1,
          .metric = cw::Metric(
              {.account = "111111111111",
               .metric_name = "Errors",
               .namespace_ = "Custom",
               .region = "us-east-1"}),
          .threshold = 1,
      });
  return stack;
}

cdk::Stack& with_changes(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("WithStack");
  const cw::Metric base(
      {.dimensions_map = {{"Api", "a"}}, .metric_name = "Requests", .namespace_ = "Custom"});
  stack.add<cw::Alarm>(
      "Changed",
      {
          .evaluation_periods = 2,
          .metric = base.with({
              .dimensions_map = std::map<std::string, std::string>{{"Api", "b"}, {"Stage", "prod"}},
              .period = cdk::Duration::hours(1),
              .statistic = "Sum",
              .unit = cw::Unit::count,
          }),
          .threshold = 10,
      });
  stack.add<cw::Alarm>(
      "Unchanged", {.evaluation_periods = 2, .metric = base.with({}), .threshold = 10});
  return stack;
}

cdk::Stack& tags_and_attributes(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("TaggedStack");
  auto& alarm = stack.add<cw::Alarm>(
      "Alarm", {.evaluation_periods = 1, .metric = backup_metric(), .threshold = 1});
  auto& named = stack.add<cw::Alarm>(
      "Named",
      {.alarm_name = "named-alarm",
       .evaluation_periods = 1,
       .metric = backup_metric(),
       .threshold = 1});
  cdk::Tags::of(stack).add("project", "compact-connect");
  cdk::Tags::of(alarm).add("environment", "sandbox");
  stack.add<cdk::CfnOutput>("AlarmArn", {.value = alarm.alarm_arn()});
  stack.add<cdk::CfnOutput>("AlarmName", {.value = alarm.alarm_name()});
  stack.add<cdk::CfnOutput>("NamedArn", {.value = named.alarm_arn()});
  stack.add<cdk::CfnOutput>("NamedName", {.value = named.alarm_name()});
  return stack;
}

const std::map<std::string, std::function<cdk::Stack&(cdk::App&)>>& scenarios() {
  static const std::map<std::string, std::function<cdk::Stack&(cdk::App&)>> all = {
      {"backup_alarm", backup_alarm},
      {"defaults", defaults},
      {"dimensions", dimensions},
      {"statistics", statistics},
      {"metrics_form", metrics_form},
      {"with_changes", with_changes},
      {"tags_and_attributes", tags_and_attributes},
  };
  return all;
}

// One alarm on metric N/M in stack S, as the error scenarios of cloudwatch.js build it.
Json alarm_in(
    std::optional<cdk::Environment> env,
    cw::MetricProps metric_props,
    const std::function<void(cw::AlarmProps&)>& change = nullptr) {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S", {.env = std::move(env)});
  metric_props.metric_name = "M";
  metric_props.namespace_ = "N";
  cw::AlarmProps props{
      .evaluation_periods = 1, .metric = cw::Metric(std::move(metric_props)), .threshold = 1};
  if (change) change(props);
  stack.add<cw::Alarm>("Alarm", std::move(props));
  return cdk::assertions::Template::from_stack(stack).to_json();
}

}  // namespace

TEST_CASE("alarm templates equal aws-cdk-lib's", "[cloudwatch][parity]") {
  const Json reference = cdk::test::parity_reference("cloudwatch.json");
  REQUIRE(reference["templates"].size() == scenarios().size());
  for (const auto& [name, build] : scenarios()) {
    SECTION(name) {
      // GIVEN the scenario built with cdkpp
      cdk::App app;
      auto& stack = build(app);
      // WHEN it is synthesized
      // THEN the template is aws-cdk-lib's, key order included
      cdk::test::check_templates_equal_reference({&stack}, reference["templates"][name]);
    }
  }
}

TEST_CASE("a 10-second period is allowed, as in aws-cdk-lib", "[cloudwatch][parity]") {
  const Json reference = cdk::test::parity_reference("cloudwatch.json");
  const Json ours = alarm_in(std::nullopt, {.period = cdk::Duration::seconds(10)});
  CHECK(ours.dump(1) == reference["errors"]["period_allowed_10s"]["value"].dump(1));
}

TEST_CASE(
    "alarm inputs aws-cdk-lib rejects are rejected with a clear message",
    "[cloudwatch][parity][errors]") {
  const Json reference = cdk::test::parity_reference("cloudwatch.json");
  const Json& errors = reference["errors"];
  std::map<std::string, std::string> dims31;
  for (int i = 0; i < 31; ++i) dims31["D" + std::to_string(i)] = "v";
  const cdk::Environment us_east_1{.account = "111111111111", .region = "us-east-1"};

  // Every case aws-cdk-lib rejects (the reference holds its messages).
  for (const char* name :
       {"period_not_allowed",
        "too_many_dimensions",
        "empty_dimension_value",
        "empty_dimension_name",
        "region_mismatch",
        "anomaly_operator",
        "threshold_missing",
        "ec2_action_without_instance"}) {
    REQUIRE(errors[name].contains("error"));
  }
  CHECK_THROWS_WITH(
      alarm_in(std::nullopt, {.period = cdk::Duration::seconds(45)}),
      Catch::Contains(
          "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds (got 45 seconds)"));
  CHECK_THROWS_WITH(
      alarm_in(std::nullopt, {.dimensions_map = dims31}),
      Catch::Contains("the maximum number of dimensions is 30 (got 31)"));
  CHECK_THROWS_WITH(
      alarm_in(std::nullopt, {.dimensions_map = {{"A", ""}}}),
      Catch::Contains("the value of dimension A must be 1 to 255 characters"));
  CHECK_THROWS_WITH(
      alarm_in(std::nullopt, {.dimensions_map = {{"", "x"}}}),
      Catch::Contains("a dimension name must be 1 to 255 characters"));
  CHECK_THROWS_WITH(
      alarm_in(us_east_1, {.region = "us-west-2"}),
      Catch::Contains(
          "cannot create an alarm in region 'us-east-1' on metric 'M' of region 'us-west-2'") &&
          Catch::Contains("[S/Alarm]"));
  CHECK_THROWS_WITH(
      alarm_in(
          std::nullopt,
          {},
          [](cw::AlarmProps& props) {
            props.comparison_operator =
                cw::ComparisonOperator::less_than_lower_or_greater_than_upper_threshold;
          }),
      Catch::Contains(
          "LessThanLowerOrGreaterThanUpperThreshold needs an ANOMALY_DETECTION_BAND()") &&
          Catch::Contains("[S/Alarm]"));
  CHECK_THROWS_WITH(
      alarm_in(std::nullopt, {}, [](cw::AlarmProps& props) { props.threshold.reset(); }),
      Catch::Contains("threshold must be specified for standard alarms") &&
          Catch::Contains("[S/Alarm]"));
  CHECK_THROWS_WITH(
      [] {
        cdk::App app;
        auto& stack = app.add<cdk::Stack>("S");
        auto& alarm = stack.add<cw::Alarm>(
            "Alarm",
            {.evaluation_periods = 1,
             .metric = cw::Metric({.metric_name = "M", .namespace_ = "N"}),
             .threshold = 1});
        FakeAction stop("arn:aws:automate:us-east-1:ec2:stop");
        alarm.add_alarm_action(stop);
      }(),
      Catch::Contains(
          "EC2 alarm action arn:aws:automate:us-east-1:ec2:stop needs a per-instance EC2 metric") &&
          Catch::Contains("[S/Alarm]"));
}
