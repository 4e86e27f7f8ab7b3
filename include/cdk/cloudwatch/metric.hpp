#pragma once

#include <cdk/core/duration.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cdk {
class Construct;
}

namespace cdk::cloudwatch {

/// The unit of a metric's values (aws-cdk-lib's `Unit`); an alarm only looks at data points
/// published with this unit.
enum class Unit {
  seconds,
  microseconds,
  milliseconds,
  bytes,
  kilobytes,
  megabytes,
  gigabytes,
  terabytes,
  bits,
  kilobits,
  megabits,
  gigabits,
  terabits,
  percent,
  count,
  bytes_per_second,
  kilobytes_per_second,
  megabytes_per_second,
  gigabytes_per_second,
  terabytes_per_second,
  bits_per_second,
  kilobits_per_second,
  megabits_per_second,
  gigabits_per_second,
  terabits_per_second,
  count_per_second,
  none,
};

/// The CloudWatch name of a unit: "Milliseconds", "Bytes/Second", "None"...
std::string to_string(Unit unit);

/// One dimension of a metric.
struct Dimension {
  std::string name{};
  std::string value{};
};

/// Props of a Metric (aws-cdk-lib's MetricProps).
struct MetricProps {
  /// The account the metric comes from. Default: the account of the stack it is attached to.
  std::string account{};
  /// Dimension name -> value (rendered sorted by name, as aws-cdk-lib sorts them). At most 30;
  /// names and values 1 to 255 characters. Default: none.
  std::map<std::string, std::string> dimensions_map{};
  /// A label for graphs; an alarm on a labelled metric renders the `Metrics` form. Default: none.
  std::string label{};
  /// The metric's name, e.g. "NumberOfBackupJobsFailed". Required.
  std::string metric_name{};
  /// The metric's namespace, e.g. "AWS/Backup" (`namespace` is a C++ keyword). Required.
  std::string namespace_{};
  /// The aggregation period: 1, 5, 10, 30 seconds or a multiple of 60. Default: 5 minutes.
  Duration period = Duration::minutes(5);
  /// The region the metric comes from. Default: the region of the stack it is attached to.
  std::string region{};
  /// "Average", "Sum", "SampleCount", "Minimum", "Maximum", their short forms ("avg", "n"...),
  /// percentiles ("p99", "p99.9") and the other extended statistics ("tm90", "TM(10%:90%)",
  /// "IQM"...); normalized as aws-cdk-lib does. Default: "Average".
  std::string statistic = "Average";
  /// Only data points with this unit. Default: all units.
  std::optional<Unit> unit{};
};

/// Changes for Metric::with (aws-cdk-lib's MetricOptions); unset members keep their value.
struct MetricOptions {
  std::optional<std::string> account{};
  std::optional<std::map<std::string, std::string>> dimensions_map{};
  std::optional<std::string> label{};
  std::optional<Duration> period{};
  std::optional<std::string> region{};
  std::optional<std::string> statistic{};
  std::optional<Unit> unit{};
};

/// A CloudWatch metric: a value, checked when made (aws-cdk-lib's `Metric`).
class Metric {
 public:
  /// Throws cdk::ValidationError for a bad period, dimension or a missing name or namespace.
  explicit Metric(MetricProps props);

  /// A copy with the given changes (aws-cdk-lib's `with`).
  Metric with(const MetricOptions& options) const;
  /// A copy that takes the account and region of `scope`'s stack where the metric gives none
  /// (aws-cdk-lib's `attachTo`; tokens, i.e. environment-agnostic stacks, are ignored).
  Metric attach_to(const Construct& scope) const;

  const std::string& metric_name() const noexcept { return props_.metric_name; }
  const std::string& namespace_() const noexcept { return props_.namespace_; }
  const Duration& period() const noexcept { return props_.period; }
  /// The statistic, normalized ("avg" -> "Average", "P99" -> "p99").
  const std::string& statistic() const noexcept { return props_.statistic; }
  const std::string& label() const noexcept { return props_.label; }
  const std::optional<Unit>& unit() const noexcept { return props_.unit; }
  /// The dimensions sorted by name.
  std::vector<Dimension> dimensions() const;
  const std::map<std::string, std::string>& dimensions_map() const noexcept {
    return props_.dimensions_map;
  }
  /// The account given, else the attached stack's, else "".
  std::string account() const;
  /// The region given, else the attached stack's, else "".
  std::string region() const;
  /// The label, else the metric name (aws-cdk-lib's toString).
  std::string to_string() const;

 private:
  MetricProps props_;
  std::string stack_account_{};
  std::string stack_region_{};
};

}  // namespace cdk::cloudwatch
