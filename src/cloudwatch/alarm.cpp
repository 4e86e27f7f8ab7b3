#include <fmt/format.h>

#include <cdk/cloudwatch/alarm.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tag_manager.hpp>
#include <cdk/core/token.hpp>
#include <cmath>
#include <cstdint>
#include <regex>
#include <utility>

#include "cloudwatch/statistic.hpp"
#include "core/detail/json_object.hpp"

namespace cdk::cloudwatch {

namespace {

using Json = nlohmann::ordered_json;

// Whole numbers render without a fraction, as JavaScript prints them (1, not 1.0).
Json number(double value) {
  constexpr double kMaxSafeInteger = 9007199254740991.0;
  if (std::floor(value) == value && std::fabs(value) <= kMaxSafeInteger) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

bool is_anomaly_detection(ComparisonOperator op) {
  return op == ComparisonOperator::less_than_lower_or_greater_than_upper_threshold ||
         op == ComparisonOperator::greater_than_upper_threshold ||
         op == ComparisonOperator::less_than_lower_threshold;
}

Json render_dimensions(const Metric& metric) {
  Json dimensions = Json::array();
  for (const auto& dimension : metric.dimensions()) {
    dimensions.push_back({{"Name", dimension.name}, {"Value", dimension.value}});
  }
  return dimensions;
}

// An alarm action list renders only once something was added (aws-cdk-lib drops empty lists).
std::string action_list(const Construct& scope, const std::vector<std::string>& arns) {
  return Lazy::uncached_any(
      scope,
      [&arns]() -> Json {
        if (arns.empty()) return Json(Json::value_t::discarded);
        return Json(arns);
      },
      {.concurrent = true});
}

}  // namespace

std::string to_string(ComparisonOperator op) {
  switch (op) {
    case ComparisonOperator::greater_than_or_equal_to_threshold:
      return "GreaterThanOrEqualToThreshold";
    case ComparisonOperator::greater_than_threshold:
      return "GreaterThanThreshold";
    case ComparisonOperator::less_than_threshold:
      return "LessThanThreshold";
    case ComparisonOperator::less_than_or_equal_to_threshold:
      return "LessThanOrEqualToThreshold";
    case ComparisonOperator::less_than_lower_or_greater_than_upper_threshold:
      return "LessThanLowerOrGreaterThanUpperThreshold";
    case ComparisonOperator::greater_than_upper_threshold:
      return "GreaterThanUpperThreshold";
    case ComparisonOperator::less_than_lower_threshold:
      return "LessThanLowerThreshold";
  }
  throw AssumptionError("unknown cloudwatch::ComparisonOperator", "");
}

std::string to_string(TreatMissingData treatment) {
  switch (treatment) {
    case TreatMissingData::breaching:
      return "breaching";
    case TreatMissingData::not_breaching:
      return "notBreaching";
    case TreatMissingData::ignore:
      return "ignore";
    case TreatMissingData::missing:
      return "missing";
  }
  throw AssumptionError("unknown cloudwatch::TreatMissingData", "");
}

Alarm::Alarm(cdk::Scope scope, AlarmProps props)
    : IAlarm(std::move(scope)), metric_(std::move(props.metric)) {
  const std::string& path = node().path();
  if (is_anomaly_detection(props.comparison_operator)) {
    throw ValidationError(
        fmt::format(
            "comparison_operator {} needs an ANOMALY_DETECTION_BAND() math expression, which cdkpp "
            "does not support (got metric {})\n"
            "    fix: use one of the four fixed-threshold operators",
            to_string(props.comparison_operator),
            metric_.to_string()),
        path);
  }
  if (!props.threshold) {
    throw ValidationError(
        "threshold must be specified for standard alarms (got none)\n    fix: set .threshold",
        path);
  }
  if (props.evaluation_periods < 1) {
    throw ValidationError(
        fmt::format(
            "evaluation_periods must be at least 1 (got {})\n    fix: set .evaluation_periods",
            props.evaluation_periods),
        path);
  }

  const Stack& stack = Stack::of(*this);
  const std::string metric_region = metric_.region();
  const std::string stack_region = stack.region();
  if (!metric_region.empty() && !Token::is_unresolved(stack_region) &&
      metric_region != stack_region) {
    throw ValidationError(
        fmt::format(
            "cannot create an alarm in region '{}' on metric '{}' of region '{}'\n"
            "    fix: create the alarm in a stack of region {}, or drop the metric's region",
            stack_region,
            metric_.to_string(),
            metric_region,
            metric_region),
        path);
  }
  const std::string metric_account = metric_.account();
  const bool requires_account_id = !metric_account.empty() && metric_account != stack.account();

  Json properties = cdk::detail::object_with_room(20);  // room for the keys below
  if (props.actions_enabled) properties["ActionsEnabled"] = *props.actions_enabled;
  properties["AlarmActions"] = action_list(*this, alarm_actions_);
  if (!props.alarm_description.empty()) properties["AlarmDescription"] = props.alarm_description;
  if (!props.alarm_name.empty()) properties["AlarmName"] = props.alarm_name;
  properties["ComparisonOperator"] = to_string(props.comparison_operator);
  if (props.datapoints_to_alarm) properties["DatapointsToAlarm"] = *props.datapoints_to_alarm;

  // A labelled metric or one from another account needs the `Metrics` form (aws-cdk-lib's
  // renderMetric); otherwise the metric's fields go on the alarm itself.
  const bool metrics_form = !metric_.label().empty() || requires_account_id;
  const auto statistic = detail::statistic_field(metric_.statistic());
  if (!metrics_form && !metric_.dimensions_map().empty()) {
    properties["Dimensions"] = render_dimensions(metric_);
  }
  if (!props.evaluate_low_sample_count_percentile.empty()) {
    properties["EvaluateLowSampleCountPercentile"] = props.evaluate_low_sample_count_percentile;
  }
  properties["EvaluationPeriods"] = props.evaluation_periods;
  if (!metrics_form && statistic.property == "ExtendedStatistic") {
    properties["ExtendedStatistic"] = statistic.value;
  }
  properties["InsufficientDataActions"] = action_list(*this, insufficient_data_actions_);
  if (metrics_form) {
    Json metric = Json::object();
    if (!metric_.dimensions_map().empty()) metric["Dimensions"] = render_dimensions(metric_);
    metric["MetricName"] = metric_.metric_name();
    metric["Namespace"] = metric_.namespace_();
    Json stat = {
        {"Metric", metric},
        {"Period", number(metric_.period().to_seconds())},
        {"Stat", metric_.statistic()}};
    if (metric_.unit()) stat["Unit"] = to_string(*metric_.unit());
    Json query = Json::object();
    if (requires_account_id) query["AccountId"] = metric_account;
    query["Id"] = "m1";
    if (!metric_.label().empty()) query["Label"] = metric_.label();
    query["MetricStat"] = std::move(stat);
    query["ReturnData"] = true;
    properties["Metrics"] = Json::array({std::move(query)});
  } else {
    properties["MetricName"] = metric_.metric_name();
    properties["Namespace"] = metric_.namespace_();
  }
  properties["OKActions"] = action_list(*this, ok_actions_);
  if (!metrics_form) {
    properties["Period"] = number(metric_.period().to_seconds());
    if (statistic.property == "Statistic") properties["Statistic"] = statistic.value;
  }
  properties["Threshold"] = number(*props.threshold);
  if (props.treat_missing_data)
    properties["TreatMissingData"] = to_string(*props.treat_missing_data);
  if (!metrics_form && metric_.unit()) properties["Unit"] = to_string(*metric_.unit());

  resource_ = &add<CfnResource>(
      "Resource",
      {
          .properties = std::move(properties),
          .tagging = TagSpec{},
          .type = "AWS::CloudWatch::Alarm",
      });
}

std::string Alarm::alarm_arn() const { return resource_->get_att("Arn"); }

std::string Alarm::alarm_name() const { return resource_->ref(); }

void Alarm::add_alarm_action(IAlarmAction& action) {
  std::string arn = action.bind(*this, *this).alarm_action_arn;
  // EC2 actions stop, terminate, reboot or recover one instance, so the metric must be that
  // instance's (aws-cdk-lib's validateActionArn).
  // The pattern is compiled only when an ARN looks like one: compiling it costs more than the
  // rest of an alarm.
  const auto is_ec2_action = [](const std::string& action_arn) {
    if (action_arn.find(":automate:") == std::string::npos) return false;
    static const std::regex ec2_action(R"(arn:aws[a-z0-9-]*:automate:[a-z|\d|-]+:ec2:[a-z]+)");
    return std::regex_search(action_arn, ec2_action);
  };
  if (is_ec2_action(arn)) {
    const auto dimensions = metric_.dimensions();
    if (dimensions.size() != 1 || dimensions.front().name != "InstanceId") {
      throw ValidationError(
          fmt::format(
              "EC2 alarm action {} needs a per-instance EC2 metric (got metric {} with {} "
              "dimension(s), none of them only InstanceId)\n"
              "    fix: alarm on a metric whose only dimension is InstanceId",
              arn,
              metric_.to_string(),
              dimensions.size()),
          node().path());
    }
  }
  alarm_actions_.push_back(std::move(arn));
}

void Alarm::add_ok_action(IAlarmAction& action) {
  ok_actions_.push_back(action.bind(*this, *this).alarm_action_arn);
}

void Alarm::add_insufficient_data_action(IAlarmAction& action) {
  insufficient_data_actions_.push_back(action.bind(*this, *this).alarm_action_arn);
}

}  // namespace cdk::cloudwatch
