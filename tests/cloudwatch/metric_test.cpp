// cloudwatch::Metric as aws-cdk-lib 2.276.0's Metric: defaults, statistic normalization,
// `with`, `attach_to` and validation.
#include <catch2/catch.hpp>
#include <cdk/cloudwatch/metric.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>

#include "cloudwatch/statistic.hpp"

namespace cw = cdk::cloudwatch;

TEST_CASE("a metric defaults to Average over 5 minutes", "[cloudwatch][metric]") {
  // GIVEN / WHEN
  const cw::Metric metric({.metric_name = "Errors", .namespace_ = "AWS/Lambda"});
  // THEN
  CHECK(metric.statistic() == "Average");
  CHECK(metric.period().to_seconds() == 300);
  CHECK_FALSE(metric.unit().has_value());
  CHECK(metric.dimensions().empty());
  CHECK(metric.account().empty());
  CHECK(metric.region().empty());
  CHECK(metric.to_string() == "Errors");
}

TEST_CASE("statistics are normalized as aws-cdk-lib normalizes them", "[cloudwatch][metric]") {
  const auto [given, normalized, property] = GENERATE(table<std::string, std::string, std::string>({
      {"Average", "Average", "Statistic"},
      {"avg", "Average", "Statistic"},
      {"SUM", "Sum", "Statistic"},
      {"n", "SampleCount", "Statistic"},
      {"samplecount", "SampleCount", "Statistic"},
      {"min", "Minimum", "Statistic"},
      {"Maximum", "Maximum", "Statistic"},
      {"p99", "p99", "ExtendedStatistic"},
      {"P99.9", "p99.9", "ExtendedStatistic"},
      {"p100", "p100", "ExtendedStatistic"},
      {"TM90", "tm90", "ExtendedStatistic"},
      {"wm(10%:90%)", "WM(10%:90%)", "ExtendedStatistic"},
      {"tm(10%:90%)", "TM(10%:90%)", "ExtendedStatistic"},
      {"PR(:300)", "PR(:300)", "ExtendedStatistic"},
      {"tc(10:)", "TC(10:)", "ExtendedStatistic"},
      {"iqm", "IQM", "ExtendedStatistic"},
      // Not recognized (aws-cdk-lib warns): kept as given.
      {"p101", "p101", "ExtendedStatistic"},
      {"tm(10%:90)", "tm(10%:90)", "ExtendedStatistic"},
      {"tm(:)", "tm(:)", "ExtendedStatistic"},
      {"foo", "foo", "ExtendedStatistic"},
  }));
  // WHEN
  const cw::Metric metric({.metric_name = "M", .namespace_ = "N", .statistic = given});
  // THEN
  INFO(given);
  CHECK(metric.statistic() == normalized);
  CHECK(cw::detail::statistic_field(metric.statistic()).property == property);
}

TEST_CASE(
    "percentile and range statistics are recognized by their exact shape", "[cloudwatch][metric]") {
  // aws-cdk-lib 2.276.0 (stats.ts): /^<prefix>(\d+(?:\.\d+)?)$/i with a value from 0 to 100,
  // and /^<PREFIX>\(([^)]+)\)$/i with valid bounds.
  const auto [statistic, recognized] = GENERATE(table<std::string, bool>({
      {"p99", true},         {"P99", true},         {"p99.5", true},       {"p0", true},
      {"p100", true},        {"p100.0", true},      {"p100.1", false},     {"p99.", false},
      {"p.5", false},        {"p", false},          {"p-1", false},        {"p+1", false},
      {"p 99", false},       {"p99 ", false},       {"p99a", false},       {"p9.9.9", false},
      {"pp99", false},       {"tm99", true},        {"Tm0.5", true},       {"wm5", true},
      {"tc0", true},         {"ts100", true},       {"xp99", false},       {"pÙ©", false},
      {"TM(10%:90%)", true}, {"tm(10%:90%)", true}, {"Tm(10%:90%)", true}, {"TM(10%:90%", false},
      {"TM10%:90%)", false}, {"TM()", false},       {"TM(1:2))", false},   {"TM((1:2)", false},
      {"TM(1:2)x", false},   {"xTM(1:2)", false},   {"PR(:300)", true},    {"pr(:300)", true},
      {"TS(1:2)", true},     {"TS(1:2:3)", true},   {"TS (1:2)", false},   {"TS(1:2) ", false},
  }));
  INFO(statistic);
  CHECK(cw::detail::is_recognized_statistic(statistic) == recognized);
}

TEST_CASE("unrecognized statistics are told apart", "[cloudwatch][metric]") {
  CHECK(cw::detail::is_recognized_statistic("p99"));
  CHECK(cw::detail::is_recognized_statistic("TS(1:2)"));
  CHECK_FALSE(cw::detail::is_recognized_statistic("p101"));
  CHECK_FALSE(cw::detail::is_recognized_statistic("Median"));
}

TEST_CASE("dimensions are listed sorted by name", "[cloudwatch][metric]") {
  // GIVEN
  const cw::Metric metric(
      {.dimensions_map = {{"b", "2"}, {"a", "1"}, {"C", "3"}},
       .metric_name = "M",
       .namespace_ = "N"});
  // WHEN
  const auto dimensions = metric.dimensions();
  // THEN (byte order, as JavaScript's sort orders ASCII keys)
  REQUIRE(dimensions.size() == 3);
  CHECK(dimensions[0].name == "C");
  CHECK(dimensions[1].name == "a");
  CHECK(dimensions[2].value == "2");
}

TEST_CASE("with() copies the metric with changes and keeps the rest", "[cloudwatch][metric]") {
  // GIVEN
  const cw::Metric base(
      {.dimensions_map = {{"Api", "a"}},
       .label = "requests",
       .metric_name = "Requests",
       .namespace_ = "Custom"});
  // WHEN
  const cw::Metric changed =
      base.with({.period = cdk::Duration::hours(1), .statistic = "avg", .unit = cw::Unit::count});
  const cw::Metric same = base.with({});
  // THEN
  CHECK(changed.period().to_seconds() == 3600);
  CHECK(changed.statistic() == "Average");
  CHECK(changed.unit() == cw::Unit::count);
  CHECK(changed.dimensions_map() == base.dimensions_map());
  CHECK(changed.label() == "requests");
  CHECK(same.period().to_seconds() == 300);
  CHECK(base.statistic() == "Average");
}

TEST_CASE("with() validates the changed metric", "[cloudwatch][metric][errors]") {
  const cw::Metric base({.metric_name = "M", .namespace_ = "N"});
  CHECK_THROWS_AS(base.with({.period = cdk::Duration::seconds(7)}), cdk::ValidationError);
}

TEST_CASE("attach_to takes a concrete stack's account and region only", "[cloudwatch][metric]") {
  // GIVEN
  cdk::App app;
  auto& concrete = app.add<cdk::Stack>(
      "Concrete", {.env = cdk::Environment{.account = "111111111111", .region = "eu-west-1"}});
  auto& agnostic = app.add<cdk::Stack>("Agnostic");
  const cw::Metric metric({.metric_name = "M", .namespace_ = "N"});
  const cw::Metric own({.account = "222222222222", .metric_name = "M", .namespace_ = "N"});
  // WHEN / THEN
  CHECK(metric.attach_to(concrete).account() == "111111111111");
  CHECK(metric.attach_to(concrete).region() == "eu-west-1");
  CHECK(metric.attach_to(agnostic).account().empty());
  CHECK(own.attach_to(concrete).account() == "222222222222");
  CHECK(metric.attach_to(concrete).with({.statistic = "Sum"}).region() == "eu-west-1");
}

TEST_CASE("units render with CloudWatch's names", "[cloudwatch][metric]") {
  CHECK(cw::to_string(cw::Unit::milliseconds) == "Milliseconds");
  CHECK(cw::to_string(cw::Unit::bytes_per_second) == "Bytes/Second");
  CHECK(cw::to_string(cw::Unit::count_per_second) == "Count/Second");
  CHECK(cw::to_string(cw::Unit::none) == "None");
}

TEST_CASE("a metric without a name or namespace is rejected", "[cloudwatch][metric][errors]") {
  CHECK_THROWS_WITH(cw::Metric({.namespace_ = "N"}), Catch::Contains("needs a metric_name"));
  CHECK_THROWS_WITH(
      cw::Metric({.metric_name = "M"}), Catch::Contains("metric M needs a namespace"));
}

TEST_CASE(
    "metric periods must be 1, 5, 10, 30 seconds or whole minutes",
    "[cloudwatch][metric][errors]") {
  for (double seconds : {1.0, 5.0, 10.0, 30.0, 60.0, 120.0, 86400.0}) {
    CHECK_NOTHROW(cw::Metric(
        {.metric_name = "M", .namespace_ = "N", .period = cdk::Duration::seconds(seconds)}));
  }
  CHECK_THROWS_WITH(
      cw::Metric({.metric_name = "M", .namespace_ = "N", .period = cdk::Duration::seconds(90)}),
      Catch::Contains("(got 90 seconds)") && Catch::Contains("fix:"));
  // Not whole seconds: Duration refuses the conversion, as aws-cdk-lib's toSeconds() does.
  CHECK_THROWS_AS(
      cw::Metric({.metric_name = "M", .namespace_ = "N", .period = cdk::Duration::millis(1500)}),
      cdk::ValidationError);
}

TEST_CASE("dimension names and values are 1 to 255 characters", "[cloudwatch][metric][errors]") {
  CHECK_THROWS_WITH(
      cw::Metric(
          {.dimensions_map = {{std::string(256, 'n'), "v"}},
           .metric_name = "M",
           .namespace_ = "N"}),
      Catch::Contains("a dimension name must be 1 to 255 characters"));
  CHECK_THROWS_WITH(
      cw::Metric(
          {.dimensions_map = {{"n", std::string(256, 'v')}},
           .metric_name = "M",
           .namespace_ = "N"}),
      Catch::Contains("the value of dimension n must be 1 to 255 characters"));
  CHECK_NOTHROW(cw::Metric(
      {.dimensions_map = {{"n", std::string(255, 'v')}}, .metric_name = "M", .namespace_ = "N"}));
}
