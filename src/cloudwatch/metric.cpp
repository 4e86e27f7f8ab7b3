#include <fmt/format.h>

#include <cdk/cloudwatch/metric.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cmath>
#include <utility>

#include "cloudwatch/statistic.hpp"

namespace cdk::cloudwatch {

namespace {

constexpr std::size_t kMaxDimensions = 30;
constexpr std::size_t kMaxDimensionLength = 255;

void validate(const MetricProps& props) {
  if (props.metric_name.empty()) {
    throw ValidationError(
        "a metric needs a metric_name (got \"\")\n"
        "    fix: set .metric_name, e.g. \"NumberOfBackupJobsFailed\"",
        "");
  }
  if (props.namespace_.empty()) {
    throw ValidationError(
        fmt::format(
            "metric {} needs a namespace (got \"\")\n    fix: set .namespace_, e.g. \"AWS/Backup\"",
            props.metric_name),
        "");
  }
  const double seconds = props.period.to_seconds();
  if (seconds != 1 && seconds != 5 && seconds != 10 && seconds != 30 &&
      std::fmod(seconds, 60) != 0) {
    throw ValidationError(
        fmt::format(
            "metric {}: 'period' must be 1, 5, 10, 30, or a multiple of 60 seconds (got {} "
            "seconds)\n"
            "    fix: use e.g. cdk::Duration::minutes(1)",
            props.metric_name,
            seconds),
        "");
  }
  if (props.dimensions_map.size() > kMaxDimensions) {
    throw ValidationError(
        fmt::format(
            "metric {}: the maximum number of dimensions is 30 (got {})\n    fix: drop dimensions",
            props.metric_name,
            props.dimensions_map.size()),
        "");
  }
  for (const auto& [name, value] : props.dimensions_map) {
    if (name.empty() || name.size() > kMaxDimensionLength) {
      throw ValidationError(
          fmt::format(
              "metric {}: a dimension name must be 1 to 255 characters (got \"{}\")\n"
              "    fix: shorten or fill in the dimension name",
              props.metric_name,
              name),
          "");
    }
    if (value.empty() || value.size() > kMaxDimensionLength) {
      throw ValidationError(
          fmt::format(
              "metric {}: the value of dimension {} must be 1 to 255 characters (got \"{}\")\n"
              "    fix: give the dimension a value of 1 to 255 characters",
              props.metric_name,
              name,
              value),
          "");
    }
  }
}

}  // namespace

std::string to_string(Unit unit) {
  switch (unit) {
    case Unit::seconds:
      return "Seconds";
    case Unit::microseconds:
      return "Microseconds";
    case Unit::milliseconds:
      return "Milliseconds";
    case Unit::bytes:
      return "Bytes";
    case Unit::kilobytes:
      return "Kilobytes";
    case Unit::megabytes:
      return "Megabytes";
    case Unit::gigabytes:
      return "Gigabytes";
    case Unit::terabytes:
      return "Terabytes";
    case Unit::bits:
      return "Bits";
    case Unit::kilobits:
      return "Kilobits";
    case Unit::megabits:
      return "Megabits";
    case Unit::gigabits:
      return "Gigabits";
    case Unit::terabits:
      return "Terabits";
    case Unit::percent:
      return "Percent";
    case Unit::count:
      return "Count";
    case Unit::bytes_per_second:
      return "Bytes/Second";
    case Unit::kilobytes_per_second:
      return "Kilobytes/Second";
    case Unit::megabytes_per_second:
      return "Megabytes/Second";
    case Unit::gigabytes_per_second:
      return "Gigabytes/Second";
    case Unit::terabytes_per_second:
      return "Terabytes/Second";
    case Unit::bits_per_second:
      return "Bits/Second";
    case Unit::kilobits_per_second:
      return "Kilobits/Second";
    case Unit::megabits_per_second:
      return "Megabits/Second";
    case Unit::gigabits_per_second:
      return "Gigabits/Second";
    case Unit::terabits_per_second:
      return "Terabits/Second";
    case Unit::count_per_second:
      return "Count/Second";
    case Unit::none:
      return "None";
  }
  throw AssumptionError("unknown cloudwatch::Unit", "");
}

Metric::Metric(MetricProps props) : props_(std::move(props)) {
  validate(props_);
  props_.statistic = detail::normalize_statistic(props_.statistic);
}

Metric Metric::with(const MetricOptions& options) const {
  MetricProps props = props_;
  if (options.account) props.account = *options.account;
  if (options.dimensions_map) props.dimensions_map = *options.dimensions_map;
  if (options.label) props.label = *options.label;
  if (options.period) props.period = *options.period;
  if (options.region) props.region = *options.region;
  if (options.statistic) props.statistic = *options.statistic;
  if (options.unit) props.unit = *options.unit;
  Metric copy(std::move(props));
  copy.stack_account_ = stack_account_;
  copy.stack_region_ = stack_region_;
  return copy;
}

Metric Metric::attach_to(const Construct& scope) const {
  const Stack& stack = Stack::of(scope);
  Metric copy = *this;
  const std::string account = stack.account();
  const std::string region = stack.region();
  copy.stack_account_ = Token::is_unresolved(account) ? "" : account;
  copy.stack_region_ = Token::is_unresolved(region) ? "" : region;
  return copy;
}

std::vector<Dimension> Metric::dimensions() const {
  std::vector<Dimension> out;
  out.reserve(props_.dimensions_map.size());
  for (const auto& [name, value] : props_.dimensions_map) out.push_back({name, value});
  return out;
}

std::string Metric::account() const {
  return props_.account.empty() ? stack_account_ : props_.account;
}

std::string Metric::region() const { return props_.region.empty() ? stack_region_ : props_.region; }

std::string Metric::to_string() const {
  return props_.label.empty() ? props_.metric_name : props_.label;
}

}  // namespace cdk::cloudwatch
