#include <cdk/core/duration.hpp>
#include <cdk/core/errors.hpp>
#include <cmath>
#include <fmt/format.h>

#include "core/detail/cloudformation_lang.hpp"

namespace cdk {
namespace {

double millis_in(Duration::Unit unit) {
  switch (unit) {
    case Duration::Unit::millis: return 1;
    case Duration::Unit::seconds: return 1000;
    case Duration::Unit::minutes: return 60'000;
    case Duration::Unit::hours: return 3'600'000;
    case Duration::Unit::days: return 86'400'000;
  }
  return 1;
}

const char* unit_name(Duration::Unit unit) {
  switch (unit) {
    case Duration::Unit::millis: return "millis";
    case Duration::Unit::seconds: return "seconds";
    case Duration::Unit::minutes: return "minutes";
    case Duration::Unit::hours: return "hours";
    case Duration::Unit::days: return "days";
  }
  return "";
}

std::string amount_text(double amount) { return detail::number_text(nlohmann::ordered_json(amount)); }

}  // namespace

Duration::Duration(double amount, Unit unit) : amount_(amount), unit_(unit) {
  if (amount < 0 || !std::isfinite(amount)) {
    throw ValidationError(
        fmt::format("durations can't be negative or infinite (got {} {})\n    fix: pass a non-negative amount",
                    amount_text(amount), unit_name(unit)),
        "");
  }
}

double Duration::to(Unit target, bool integral) const {
  if (target == unit_) {
    if (integral && std::floor(amount_) != amount_) {
      throw ValidationError(
          fmt::format("{} must be a whole number of {}\n    fix: use a whole number, or a finer unit",
                      amount_text(amount_), unit_name(target)),
          "");
    }
    return amount_;
  }
  const double value = amount_ * millis_in(unit_) / millis_in(target);
  if (integral && std::floor(value) != value) {
    throw ValidationError(
        fmt::format("'{} {}' cannot be converted into a whole number of {}\n"
                    "    fix: use an amount that is a whole number of {}",
                    amount_text(amount_), unit_name(unit_), unit_name(target), unit_name(target)),
        "");
  }
  return value;
}

std::string Duration::to_human_string() const { return amount_text(amount_) + " " + unit_name(unit_); }

std::string Duration::to_iso_string() const {
  if (amount_ == 0) return "PT0S";
  double millis = to_milliseconds(false);
  std::string out = "P";
  const double days = std::floor(millis / 86'400'000);
  millis -= days * 86'400'000;
  if (days > 0) out += amount_text(days) + "D";
  if (millis == 0) return out;
  out += "T";
  const double hours = std::floor(millis / 3'600'000);
  millis -= hours * 3'600'000;
  const double minutes = std::floor(millis / 60'000);
  millis -= minutes * 60'000;
  if (hours > 0) out += amount_text(hours) + "H";
  if (minutes > 0) out += amount_text(minutes) + "M";
  if (millis > 0) out += amount_text(millis / 1000) + "S";
  return out;
}

}  // namespace cdk
