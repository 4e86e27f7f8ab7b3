#pragma once

#include <string>

namespace cdk {

/// A length of time with its unit, as aws-cdk-lib's Duration: conversions to a coarser unit
/// must come out whole unless asked otherwise (`Duration::minutes(90).to_hours()` throws).
class Duration {
 public:
  /// The units, finest first.
  enum class Unit { millis, seconds, minutes, hours, days };

  static Duration millis(double amount) { return {amount, Unit::millis}; }
  static Duration seconds(double amount) { return {amount, Unit::seconds}; }
  static Duration minutes(double amount) { return {amount, Unit::minutes}; }
  static Duration hours(double amount) { return {amount, Unit::hours}; }
  static Duration days(double amount) { return {amount, Unit::days}; }

  /// Converts to a unit; `integral` (the default) requires a whole result.
  double to_milliseconds(bool integral = true) const { return to(Unit::millis, integral); }
  double to_seconds(bool integral = true) const { return to(Unit::seconds, integral); }
  double to_minutes(bool integral = true) const { return to(Unit::minutes, integral); }
  double to_hours(bool integral = true) const { return to(Unit::hours, integral); }
  double to_days(bool integral = true) const { return to(Unit::days, integral); }

  /// The amount in the unit it was made with.
  double amount() const noexcept { return amount_; }
  Unit unit() const noexcept { return unit_; }
  /// "90 minutes", as aws-cdk-lib's toString-like messages write it.
  std::string to_human_string() const;
  /// ISO 8601 ("PT1H30M"), as aws-cdk-lib's toIsoString.
  std::string to_iso_string() const;

  friend bool operator==(const Duration& a, const Duration& b) {
    return a.to_milliseconds(false) == b.to_milliseconds(false);
  }

 private:
  Duration(double amount, Unit unit);
  double to(Unit target, bool integral) const;

  double amount_;
  Unit unit_;
};

}  // namespace cdk
