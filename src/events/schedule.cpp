#include <fmt/format.h>

#include <cdk/core/errors.hpp>
#include <cdk/events/schedule.hpp>
#include <cmath>
#include <cstdint>
#include <optional>

namespace cdk::events {

namespace {

std::string make_rate(double interval, const char* singular) {
  const auto whole = static_cast<std::int64_t>(interval);
  if (whole == 1) return fmt::format("rate(1 {})", singular);
  return fmt::format("rate({} {}s)", whole, singular);
}

// A rate in this unit if the duration is a whole, non-zero number of it.
std::optional<std::string> maybe_rate(double interval, const char* singular) {
  if (interval == 0 || std::floor(interval) != interval) return std::nullopt;
  return make_rate(interval, singular);
}

}  // namespace

Schedule Schedule::cron(const CronOptions& options) {
  if (options.day && options.week_day) {
    throw ValidationError(
        fmt::format(
            "a cron schedule can't have both day and week_day (got day \"{}\", week_day \"{}\")\n"
            "    fix: set at most one of .day and .week_day",
            *options.day,
            *options.week_day),
        "");
  }
  const std::string minute = options.minute.value_or("*");
  const std::string hour = options.hour.value_or("*");
  const std::string month = options.month.value_or("*");
  const std::string year = options.year.value_or("*");
  const std::string day = options.day.value_or(options.week_day ? "?" : "*");
  const std::string week_day = options.week_day.value_or("?");
  return Schedule(fmt::format("cron({} {} {} {} {} {})", minute, hour, day, month, week_day, year));
}

Schedule Schedule::rate(const Duration& duration) {
  // Whole minutes first, as aws-cdk-lib checks: rates are at least a minute.
  const double minutes = duration.to_minutes();
  if (minutes == 0) {
    throw ValidationError(
        "a rate schedule can't be 0 (got " + duration.to_human_string() +
            ")\n    fix: use a rate of at least 1 minute",
        "");
  }
  if (auto rate = maybe_rate(duration.to_days(false), "day")) return Schedule(*rate);
  if (auto rate = maybe_rate(duration.to_hours(false), "hour")) return Schedule(*rate);
  return Schedule(make_rate(minutes, "minute"));
}

Schedule Schedule::expression(std::string expression) { return Schedule(std::move(expression)); }

}  // namespace cdk::events
