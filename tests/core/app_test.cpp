// The App: context and output directory as the CDK CLI passes them (CDK_CONTEXT_JSON,
// CDK_OUTDIR, -c key=value), following aws-cdk-lib 2.276.0's app.ts.
#include <stdlib.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <filesystem>
#include <fstream>

namespace {

// Sets an environment variable for one test and restores the old state afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("the output directory defaults to cdk.out, then CDK_OUTDIR, then the props", "[core][app]") {
  CHECK(cdk::App().outdir() == "cdk.out");
  ScopedEnv outdir("CDK_OUTDIR", "/tmp/from-cli");
  CHECK(cdk::App().outdir() == "/tmp/from-cli");
  CHECK(cdk::App({.outdir = "explicit"}).outdir() == "explicit");
}

TEST_CASE("CDK_CONTEXT_JSON overrides the context given in the props, key by key", "[core][app]") {
  // GIVEN
  ScopedEnv context("CDK_CONTEXT_JSON", R"({"environment_name": "prod", "backup_enabled": false})");
  // WHEN
  cdk::App app({.context = {{"environment_name", "sandbox"}, {"provider_stacks", "3"}}});
  // THEN
  CHECK(*app.node().try_get_context("environment_name") == "prod");
  CHECK(*app.node().try_get_context("backup_enabled") == false);
  CHECK(*app.node().try_get_context("provider_stacks") == "3");
}

TEST_CASE("malformed CDK_CONTEXT_JSON is a clear error", "[core][app][errors]") {
  ScopedEnv context("CDK_CONTEXT_JSON", "{not json");
  CHECK_THROWS_WITH(cdk::App(), Catch::Contains("CDK_CONTEXT_JSON is not valid JSON"));
  ScopedEnv array("CDK_CONTEXT_JSON", "[1, 2]");
  CHECK_THROWS_WITH(cdk::App(), Catch::Contains("must hold a JSON object"));
}

TEST_CASE(
    "CDK_CONTEXT_JSON with a number out of range or nested too deep is a clear error",
    "[core][app][errors]") {
  // GIVEN a number no double holds (nlohmann reports it as out_of_range, not parse_error)
  ScopedEnv huge("CDK_CONTEXT_JSON", R"({"provider_stacks": 1e400})");
  CHECK_THROWS_WITH(
      cdk::App(),
      Catch::Contains("CDK_CONTEXT_JSON holds a number no double can hold") &&
          Catch::Contains("1e400") && Catch::Contains("fix: write the number"));
  // GIVEN values nested deeper than 512 levels, which copying into the tree would take as
  // deep a recursion (5,000 levels overflowed the stack under AddressSanitizer)
  const auto nested = [](int depth) {
    return R"({"x": )" + std::string(static_cast<std::size_t>(depth), '[') +
           std::string(static_cast<std::size_t>(depth), ']') + "}";
  };
  {
    ScopedEnv deep("CDK_CONTEXT_JSON", nested(20000).c_str());
    CHECK_THROWS_WITH(
        cdk::App(),
        Catch::Contains("CDK_CONTEXT_JSON nests JSON deeper than 512 levels") &&
            Catch::Contains("fix:"));
  }
  // THEN nesting up to the limit is context like any other
  ScopedEnv deep_enough("CDK_CONTEXT_JSON", nested(500).c_str());
  cdk::App app;
  CHECK(app.node().try_get_context("x")->is_array());
}

// The CDK CLI moves context that does not fit in the environment to a file and names it in
// CONTEXT_OVERFLOW_LOCATION_ENV.
class ContextFile {
 public:
  // One name per process: ctest runs test cases side by side.
  explicit ContextFile(const std::string& text)
      : path_(
            std::filesystem::temp_directory_path() /
            ("cdkpp-context-overflow-" + std::to_string(::getpid()) + ".json")) {
    std::ofstream(path_) << text;
  }
  ~ContextFile() { std::filesystem::remove(path_); }
  ContextFile(const ContextFile&) = delete;
  ContextFile& operator=(const ContextFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

TEST_CASE(
    "context comes from the CLI's overflow file too, which wins over CDK_CONTEXT_JSON",
    "[core][app]") {
  // GIVEN (aws-cdk-lib 2.276.0's App.loadContext spreads the file after CDK_CONTEXT_JSON)
  ContextFile file(R"({"environment_name": "from-file", "provider_stacks": 2})");
  ScopedEnv location("CONTEXT_OVERFLOW_LOCATION_ENV", file.path().c_str());
  ScopedEnv context(
      "CDK_CONTEXT_JSON", R"({"environment_name": "from-env", "backup_enabled": false})");
  // WHEN
  cdk::App app({.context = {{"provider_stacks", "3"}, {"account", "123456789012"}}});
  // THEN
  CHECK(*app.node().try_get_context("environment_name") == "from-file");
  CHECK(*app.node().try_get_context("provider_stacks") == 2);
  CHECK(*app.node().try_get_context("backup_enabled") == false);
  CHECK(*app.node().try_get_context("account") == "123456789012");
}

TEST_CASE("an unreadable or malformed overflow file is a clear error", "[core][app][errors]") {
  SECTION("missing") {
    ScopedEnv location("CONTEXT_OVERFLOW_LOCATION_ENV", "/nonexistent/cdkpp/context.json");
    CHECK_THROWS_WITH(
        cdk::App(),
        Catch::Contains("cannot read the context file '/nonexistent/cdkpp/context.json'") &&
            Catch::Contains("fix: "));
  }
  SECTION("not JSON") {
    ContextFile file("{not json");
    ScopedEnv location("CONTEXT_OVERFLOW_LOCATION_ENV", file.path().c_str());
    CHECK_THROWS_WITH(cdk::App(), Catch::Contains("is not valid JSON") && Catch::Contains("fix: "));
  }
  SECTION("not an object") {
    ContextFile file("[1, 2]");
    ScopedEnv location("CONTEXT_OVERFLOW_LOCATION_ENV", file.path().c_str());
    CHECK_THROWS_WITH(cdk::App(), Catch::Contains("must hold a JSON object"));
  }
}

TEST_CASE("context_from_arguments reads -c and --context pairs as strings", "[core][app]") {
  // GIVEN
  const char* argv[] = {"synth", "-c", "environment_name=prod", "--context", "a=b=c", "--context=x=", "-cy=1", "other"};
  // WHEN
  auto context = cdk::App::context_from_arguments(8, argv);
  // THEN
  CHECK(context.dump() == R"({"a":"b=c","environment_name":"prod","x":"","y":"1"})");
}

TEST_CASE("context_from_arguments rejects a pair without '='", "[core][app][errors]") {
  const char* missing_value[] = {"synth", "-c"};
  CHECK_THROWS_WITH(cdk::App::context_from_arguments(2, missing_value), Catch::Contains("needs a key=value"));
  const char* no_equals[] = {"synth", "-c", "flag"};
  CHECK_THROWS_WITH(cdk::App::context_from_arguments(3, no_equals), Catch::Contains("'flag' is not key=value"));
}

TEST_CASE("context props must be a JSON object", "[core][app][errors]") {
  CHECK_THROWS_WITH(cdk::App({.context = nlohmann::json::array()}), Catch::Contains("must be a JSON object"));
}
