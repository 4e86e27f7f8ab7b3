#include "cloudwatch/statistic.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <string_view>

#include "core/detail/ascii.hpp"

namespace cdk::cloudwatch::detail {

namespace {

enum class Kind { simple, extended, single, range, unparseable };

struct Parsed {
  Kind kind = Kind::unparseable;
  std::string value;  // the canonical name for simple/extended statistics
};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return text;
}

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(std::toupper(c));
  });
  return text;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\n\r\f\v");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\n\r\f\v");
  return text.substr(first, last - first + 1);
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

// /^\d+(?:\.\d+)?$/: "12" or "12.5".
bool is_decimal(std::string_view text) {
  const auto digits_from = [text](std::size_t at) {
    while (at < text.size() && cdk::detail::is_ascii_digit(text[at])) ++at;
    return at;
  };
  const std::size_t integer_end = digits_from(0);
  if (integer_end == 0) return false;
  if (integer_end == text.size()) return true;
  if (text[integer_end] != '.') return false;
  const std::size_t fraction_end = digits_from(integer_end + 1);
  return fraction_end > integer_end + 1 && fraction_end == text.size();
}

// "p99", "tm90.5": a prefix and a number from 0 to 100. aws-cdk-lib matches
// /^<prefix>(\d+(?:\.\d+)?)$/i; these checks are by hand because std::regex would be compiled
// for each statistic and prefix, which costs more than the rest of an alarm.
bool single_statistic(const std::string& stat, const std::string& prefix) {
  if (!starts_with_ignoring_case(stat, prefix)) return false;
  const std::string number = stat.substr(prefix.size());
  if (!is_decimal(number)) return false;
  const double value = std::strtod(number.c_str(), nullptr);
  return value >= 0 && value <= 100;
}

// JavaScript's parseFloat: the longest leading decimal number, NaN if there is none.
std::optional<double> parse_float(const std::string& text) {
  static const std::regex number(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)");
  std::smatch match;
  if (!std::regex_search(text, match, number)) return std::nullopt;
  return std::strtod(match[0].str().c_str(), nullptr);
}

// "TM(10%:90%)", "PR(:300)": a prefix and a range, both bounds of the same kind
// (aws-cdk-lib: /^<prefix>\(([^)]+)\)$/i).
bool pair_statistic(const std::string& stat, const std::string& prefix) {
  if (!starts_with_ignoring_case(stat, prefix)) return false;
  const std::string_view parenthesized = std::string_view(stat).substr(prefix.size());
  if (parenthesized.size() < 3 || parenthesized.front() != '(' || parenthesized.back() != ')')
    return false;
  const std::string inside(parenthesized.substr(1, parenthesized.size() - 2));
  if (inside.find(')') != std::string::npos) return false;
  const auto colon = inside.find(':');
  if (colon == std::string::npos) return false;
  const std::string lhs = inside.substr(0, colon);
  std::string rhs = inside.substr(colon + 1);
  if (const auto second = rhs.find(':'); second != std::string::npos) rhs.resize(second);

  struct Bound {
    bool present = false;
    bool fail = false;
    bool percent = false;
  };
  const auto parse_bound = [](std::string text) {
    text = trim(text);
    Bound bound;
    if (text.empty()) return bound;
    bound.present = true;
    bound.percent = text.back() == '%';
    std::string number = text;
    if (bound.percent) number.pop_back();
    const auto value = parse_float(number);
    bound.fail = !value || *value < 0 || (bound.percent && *value > 100);
    return bound;
  };
  const Bound low = parse_bound(lhs);
  const Bound high = parse_bound(rhs);
  if (low.fail || high.fail) return false;
  if (!low.present && !high.present) return false;
  if (low.present && high.present && low.percent != high.percent) return false;
  return true;
}

Parsed parse(const std::string& stat) {
  static const std::map<std::string, std::string, std::less<>> simple = {
      {"average", "Average"},
      {"avg", "Average"},
      {"minimum", "Minimum"},
      {"min", "Minimum"},
      {"maximum", "Maximum"},
      {"max", "Maximum"},
      {"samplecount", "SampleCount"},
      {"n", "SampleCount"},
      {"sum", "Sum"},
  };
  const std::string lowered = lower(stat);
  if (const auto it = simple.find(lowered); it != simple.end()) return {Kind::simple, it->second};
  if (lowered == "iqm") return {Kind::extended, "IQM"};
  for (const char* prefix : {"p", "tm", "wm", "tc", "ts"}) {
    if (single_statistic(stat, prefix)) return {Kind::single, lowered};
  }
  for (const char* prefix : {"PR", "TM", "WM", "TC", "TS"}) {
    if (pair_statistic(stat, prefix)) return {Kind::range, upper(stat)};
  }
  return {Kind::unparseable, stat};
}

}  // namespace

std::string normalize_statistic(const std::string& statistic) { return parse(statistic).value; }

bool is_recognized_statistic(const std::string& statistic) {
  return parse(statistic).kind != Kind::unparseable;
}

StatisticField statistic_field(const std::string& statistic) {
  const Parsed parsed = parse(statistic);
  if (parsed.kind == Kind::simple) return {"Statistic", parsed.value};
  return {"ExtendedStatistic", parsed.value};
}

}  // namespace cdk::cloudwatch::detail
