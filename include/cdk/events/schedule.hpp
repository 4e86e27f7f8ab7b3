#pragma once

#include <cdk/core/duration.hpp>
#include <optional>
#include <string>

namespace cdk::events {

/// The fields of a cron expression (aws-cdk-lib's CronOptions); each is a cron field as text
/// ("0", "*/5", "MON-FRI", "L"...). Unset fields default as in aws-cdk-lib: minute, hour, month
/// and year to "*", day to "*" (or "?" when week_day is set), week_day to "?".
struct CronOptions {
  std::optional<std::string> day{};
  std::optional<std::string> hour{};
  /// Default: "*" (every minute; aws-cdk-lib warns about that).
  std::optional<std::string> minute{};
  std::optional<std::string> month{};
  /// Day of the week; can't be combined with `day`.
  std::optional<std::string> week_day{};
  std::optional<std::string> year{};
};

/// When a rule runs (aws-cdk-lib's events `Schedule`): a value holding the expression.
class Schedule {
 public:
  /// `cron(minute hour day month week_day year)`; throws cdk::ValidationError if both day and
  /// week_day are set. `cron({.hour = "2", .minute = "0"})` is "cron(0 2 * * ? *)".
  static Schedule cron(const CronOptions& options);
  /// `rate(N unit)` in the largest whole unit of days, hours, minutes: "rate(1 day)",
  /// "rate(90 minutes)". Throws for 0 and for durations that are not whole minutes.
  static Schedule rate(const Duration& duration);
  /// Any expression EventBridge accepts, used as given.
  static Schedule expression(std::string expression);

  /// The ScheduleExpression as rendered.
  const std::string& expression_string() const noexcept { return expression_; }

 private:
  explicit Schedule(std::string expression) : expression_(std::move(expression)) {}
  std::string expression_;
};

}  // namespace cdk::events
