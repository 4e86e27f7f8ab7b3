#pragma once

#include <string>

namespace cdk::cloudwatch::detail {

/// A statistic as an alarm renders it: `Statistic` for the five simple ones, else
/// `ExtendedStatistic` (aws-cdk-lib's parseStatisticToFields).
struct StatisticField {
  std::string property;  // "Statistic" or "ExtendedStatistic"
  std::string value;
};

/// aws-cdk-lib's normalizeStatistic(parseStatistic(x)): "avg" -> "Average", "P99" -> "p99",
/// "tm(10%:90%)" -> "TM(10%:90%)"; anything unrecognized is kept as given.
std::string normalize_statistic(const std::string& statistic);

/// True if aws-cdk-lib's parser recognizes the statistic (it warns about the others).
bool is_recognized_statistic(const std::string& statistic);

/// Where and how an alarm renders `statistic`.
StatisticField statistic_field(const std::string& statistic);

}  // namespace cdk::cloudwatch::detail
