// The synth binary's command line (CLI11): -o/--output, repeatable -c/--context key=value,
// --help and --version; usage errors become an exit code, never an exception.
#include "cli.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Parsed {
  compact_connect::CliResult result;
  std::string out;
  std::string err;
};

Parsed parse(std::vector<const char*> arguments) {
  arguments.insert(arguments.begin(), "./compact_connect_synth");
  std::ostringstream out;
  std::ostringstream err;
  auto result = compact_connect::parse_command_line(
      static_cast<int>(arguments.size()), arguments.data(), out, err);
  return {std::move(result), out.str(), err.str()};
}

}  // namespace

TEST_CASE("no arguments leave outdir and context to cdk::App", "[compact_connect][cli]") {
  const auto parsed = parse({});
  CHECK_FALSE(parsed.result.exit_code);
  CHECK(parsed.result.options.outdir.empty());
  CHECK(parsed.result.options.context == nlohmann::json::object());
}

TEST_CASE(
    "the -o and repeated -c options give the output directory and string context values",
    "[compact_connect][cli]") {
  // WHEN
  const auto parsed = parse(
      {"-o",
       "out",
       "-c",
       "environment_name=prod",
       "--context",
       "provider_stacks=3",
       "-c",
       "environment_name=dev"});
  // THEN the last value of a key wins and values stay strings, as the CDK CLI passes them
  REQUIRE_FALSE(parsed.result.exit_code);
  CHECK(parsed.result.options.outdir == "out");
  CHECK(
      parsed.result.options.context ==
      nlohmann::json({{"environment_name", "dev"}, {"provider_stacks", "3"}}));
}

TEST_CASE(
    "the long forms --output=DIR and --context=k=v are accepted, values holding '=' too", "[compact_connect][cli]") {
  const auto parsed =
      parse({"--output=cdk.out.test", "--context=backup_enabled=false", "-c", "note=a=b"});
  REQUIRE_FALSE(parsed.result.exit_code);
  CHECK(parsed.result.options.outdir == "cdk.out.test");
  CHECK(
      parsed.result.options.context ==
      nlohmann::json({{"backup_enabled", "false"}, {"note", "a=b"}}));
}

TEST_CASE("an empty value is kept as the empty string", "[compact_connect][cli]") {
  const auto parsed = parse({"-c", "environment_name="});
  REQUIRE_FALSE(parsed.result.exit_code);
  CHECK(parsed.result.options.context == nlohmann::json({{"environment_name", ""}}));
}

TEST_CASE("the --help option prints the options and exits 0", "[compact_connect][cli]") {
  const auto parsed = parse({"--help"});
  REQUIRE(parsed.result.exit_code == 0);
  CHECK_THAT(
      parsed.out,
      Catch::Contains("-o,--output DIR") && Catch::Contains("-c,--context KEY=VALUE") &&
          Catch::Contains("CDK_CONTEXT_JSON") && Catch::Contains("--version"));
  CHECK(parsed.err.empty());
}

TEST_CASE("the --version option prints the program and cdkpp version and exits 0", "[compact_connect][cli]") {
  const auto parsed = parse({"--version"});
  REQUIRE(parsed.result.exit_code == 0);
  CHECK_THAT(
      parsed.out, Catch::StartsWith("compact_connect_synth (cdkpp ") && Catch::Contains("."));
}

TEST_CASE(
    "a context argument without key=value is a usage error", "[compact_connect][cli][errors]") {
  const char* bad = GENERATE("environment_name", "=prod");
  const auto parsed = parse({"-c", bad});
  REQUIRE(parsed.result.exit_code);
  CHECK(*parsed.result.exit_code == compact_connect::kUsageError);
  CHECK_THAT(parsed.err, Catch::Contains("is not key=value"));
}

TEST_CASE(
    "unknown options, a missing value and stray arguments are usage errors",
    "[compact_connect][cli][errors]") {
  const auto unknown = parse({"--bogus"});
  REQUIRE(unknown.result.exit_code);
  CHECK(*unknown.result.exit_code == compact_connect::kUsageError);
  CHECK_THAT(unknown.err, Catch::Contains("--bogus"));

  const auto missing = parse({"-c"});
  REQUIRE(missing.result.exit_code);
  CHECK(*missing.result.exit_code == compact_connect::kUsageError);

  // One pair per -c, as the CDK CLI's own -c takes one: the second pair is a stray argument.
  const auto stray = parse({"-c", "a=b", "c=d"});
  REQUIRE(stray.result.exit_code);
  CHECK(*stray.result.exit_code == compact_connect::kUsageError);
  CHECK_THAT(stray.err, Catch::Contains("c=d"));
}

TEST_CASE("an empty output directory is a usage error", "[compact_connect][cli][errors]") {
  // GIVEN -o "" (an unset variable in a script): taken as "not given", it would replace
  // ./cdk.out or $CDK_OUTDIR unasked
  const auto parsed = parse({"-o", ""});
  // THEN
  REQUIRE(parsed.result.exit_code);
  CHECK(*parsed.result.exit_code == compact_connect::kUsageError);
  CHECK_THAT(parsed.err, Catch::Contains("output directory is empty"));
}
