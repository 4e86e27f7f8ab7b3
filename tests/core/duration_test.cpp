// cdk::Duration against aws-cdk-lib 2.276.0's duration.ts rules: conversions to a coarser unit
// must be whole unless integral is off.
#include <catch2/catch.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/errors.hpp>

TEST_CASE("durations convert between units", "[core][duration]") {
  CHECK(cdk::Duration::days(730).to_days() == 730);
  CHECK(cdk::Duration::minutes(15).to_seconds() == 900);
  CHECK(cdk::Duration::days(1).to_seconds() == 86400);
  CHECK(cdk::Duration::hours(36).to_days(false) == 1.5);
  CHECK(cdk::Duration::minutes(90) == cdk::Duration::seconds(5400));
}

TEST_CASE("a conversion that is not whole is an error", "[core][duration][errors]") {
  CHECK_THROWS_WITH(cdk::Duration::minutes(90).to_hours(),
                    Catch::Contains("'90 minutes' cannot be converted into a whole number of hours"));
  CHECK_THROWS_WITH(cdk::Duration::days(-1), Catch::Contains("can't be negative"));
  CHECK_THROWS_WITH(cdk::Duration::days(1.5).to_days(), Catch::Contains("1.5 must be a whole number of days"));
  CHECK(cdk::Duration::days(1.5).to_days(false) == 1.5);
}

TEST_CASE("durations render as ISO 8601 and as text", "[core][duration]") {
  CHECK(cdk::Duration::minutes(90).to_iso_string() == "PT1H30M");
  CHECK(cdk::Duration::days(2).to_iso_string() == "P2D");
  CHECK(cdk::Duration::seconds(0).to_iso_string() == "PT0S");
  CHECK(cdk::Duration::days(180).to_human_string() == "180 days");
}
