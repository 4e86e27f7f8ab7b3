// events::Schedule as aws-cdk-lib 2.276.0's events Schedule (the values themselves are compared
// with aws-cdk-lib's in parity_test.cpp).
#include <catch2/catch.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/events/schedule.hpp>

namespace events = cdk::events;
using cdk::Duration;

TEST_CASE("the example app's daily cron renders as in aws-cdk-lib", "[events][schedule]") {
  // GIVEN / WHEN
  const auto schedule = events::Schedule::cron({.hour = "2", .minute = "0"});
  // THEN
  CHECK(schedule.expression_string() == "cron(0 2 * * ? *)");
}

TEST_CASE("cron puts '?' in the day field when a week day is given", "[events][schedule]") {
  CHECK(events::Schedule::cron({.week_day = "SUN"}).expression_string() == "cron(* * ? * SUN *)");
  CHECK(events::Schedule::cron({.day = "15"}).expression_string() == "cron(* * 15 * ? *)");
}

TEST_CASE("cron rejects day together with week_day", "[events][schedule][errors]") {
  CHECK_THROWS_WITH(
      events::Schedule::cron({.day = "1", .week_day = "MON"}),
      Catch::Contains("can't have both day and week_day (got day \"1\", week_day \"MON\")") &&
          Catch::Contains("fix:"));
}

TEST_CASE("rates use the largest whole unit, singular for 1", "[events][schedule]") {
  CHECK(events::Schedule::rate(Duration::minutes(1)).expression_string() == "rate(1 minute)");
  CHECK(events::Schedule::rate(Duration::minutes(120)).expression_string() == "rate(2 hours)");
  CHECK(events::Schedule::rate(Duration::hours(48)).expression_string() == "rate(2 days)");
  CHECK(events::Schedule::rate(Duration::hours(25)).expression_string() == "rate(25 hours)");
  CHECK(events::Schedule::rate(Duration::days(7)).expression_string() == "rate(7 days)");
}

TEST_CASE("rates must be a whole, non-zero number of minutes", "[events][schedule][errors]") {
  CHECK_THROWS_WITH(
      events::Schedule::rate(Duration::minutes(0)), Catch::Contains("can't be 0 (got 0 minutes)"));
  CHECK_THROWS_WITH(
      events::Schedule::rate(Duration::seconds(90)),
      Catch::Contains("cannot be converted into a whole number of minutes"));
}

TEST_CASE("an expression is used as given", "[events][schedule]") {
  CHECK(
      events::Schedule::expression("at(2030-01-01T00:00:00)").expression_string() ==
      "at(2030-01-01T00:00:00)");
}
