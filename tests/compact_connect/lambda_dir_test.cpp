// Finding lambdas/cognito-backup from the source dir compiled in, from the executable's place
// (beside it, or a build tree inside the checkout) and from the working directory.
#include "lambda_dir.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cdk/core/errors.hpp>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using compact_connect::find_lambda_dir;
using compact_connect::LambdaDirSearch;

namespace {

// A scratch directory removed at the end of the test; unique per process and test.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("cdkpp-lambda-dir-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(path_);
    path_ = fs::canonical(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const noexcept { return path_; }

 private:
  fs::path path_;
};

// Creates `dir` holding a lambda_function.py and returns it.
fs::path make_lambda(const fs::path& dir) {
  fs::create_directories(dir);
  std::ofstream(dir / "lambda_function.py")
      << "def lambda_handler(event, context):\n    return {}\n";
  return dir;
}

const fs::path kInRepo = fs::path("examples") / "compact_connect" / "lambdas" / "cognito-backup";

}  // namespace

TEST_CASE("the source dir compiled in comes first", "[compact_connect][lambda_dir]") {
  // GIVEN a lambda in every searched place
  TempDir tmp;
  const auto from_source = make_lambda(tmp.path() / "src" / "lambdas" / "cognito-backup");
  make_lambda(tmp.path() / "bin" / "lambdas" / "cognito-backup");
  make_lambda(tmp.path() / "cwd" / "lambdas" / "cognito-backup");
  // WHEN / THEN
  CHECK(
      find_lambda_dir(LambdaDirSearch{
          .cwd = tmp.path() / "cwd",
          .executable = tmp.path() / "bin" / "compact_connect_synth",
          .source_dir = tmp.path() / "src",
      }) == from_source);
}

TEST_CASE(
    "a moved checkout falls back to lambdas/ beside the executable",
    "[compact_connect][lambda_dir]") {
  TempDir tmp;
  const auto beside = make_lambda(tmp.path() / "bin" / "lambdas" / "cognito-backup");
  make_lambda(tmp.path() / "cwd" / "lambdas" / "cognito-backup");
  CHECK(
      find_lambda_dir(LambdaDirSearch{
          .cwd = tmp.path() / "cwd",
          .executable = tmp.path() / "bin" / "compact_connect_synth",
          .source_dir = tmp.path() / "gone",
      }) == beside);
}

TEST_CASE(
    "a binary in a build tree inside the checkout finds the example's lambda",
    "[compact_connect][lambda_dir]") {
  TempDir tmp;
  const auto in_repo = make_lambda(tmp.path() / "repo" / kInRepo);
  const auto binary = tmp.path() / "repo" / "build" / "dev" / "examples" / "compact_connect" /
                      "compact_connect_synth";
  CHECK(find_lambda_dir(LambdaDirSearch{.executable = binary}) == in_repo);
}

TEST_CASE(
    "the working directory is tried last: the example dir, then the repository root",
    "[compact_connect][lambda_dir]") {
  TempDir tmp;
  const auto in_repo = make_lambda(tmp.path() / "repo" / kInRepo);
  CHECK(
      find_lambda_dir(
          LambdaDirSearch{.cwd = tmp.path() / "repo" / "examples" / "compact_connect"}) == in_repo);
  CHECK(find_lambda_dir(LambdaDirSearch{.cwd = tmp.path() / "repo"}) == in_repo);
}

TEST_CASE("a directory without lambda_function.py is skipped", "[compact_connect][lambda_dir]") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "src" / "lambdas" / "cognito-backup");
  const auto cwd_lambda = make_lambda(tmp.path() / "cwd" / "lambdas" / "cognito-backup");
  CHECK(
      find_lambda_dir(LambdaDirSearch{
          .cwd = tmp.path() / "cwd", .source_dir = tmp.path() / "src"}) == cwd_lambda);
}

TEST_CASE("the result is absolute and canonical", "[compact_connect][lambda_dir]") {
  TempDir tmp;
  const auto lambda = make_lambda(tmp.path() / "x" / "lambdas" / "cognito-backup");
  CHECK(
      find_lambda_dir(LambdaDirSearch{.source_dir = tmp.path() / "x" / "." / ".." / "x"}) ==
      lambda);
}

TEST_CASE(
    "candidates are listed source dir, executable, then cwd", "[compact_connect][lambda_dir]") {
  const auto candidates = compact_connect::lambda_dir_candidates(LambdaDirSearch{
      .cwd = "/w",
      .executable = "/a/b/synth",
      .source_dir = "/s",
  });
  const std::vector<fs::path> expected = {
      "/s/lambdas/cognito-backup",
      "/a/b/lambdas/cognito-backup",
      fs::path("/a/b") / kInRepo,
      fs::path("/a") / kInRepo,
      fs::path("/") / kInRepo,
      "/w/lambdas/cognito-backup",
      fs::path("/w") / kInRepo,
  };
  CHECK(candidates == expected);
}

TEST_CASE(
    "nothing found is an error listing every place tried",
    "[compact_connect][lambda_dir][errors]") {
  TempDir tmp;
  const LambdaDirSearch search{.cwd = tmp.path() / "cwd", .source_dir = tmp.path() / "src"};
  CHECK_THROWS_AS(find_lambda_dir(search), cdk::ValidationError);
  CHECK_THROWS_WITH(
      find_lambda_dir(search),
      Catch::Contains("cannot find the export Lambda's code") &&
          Catch::Contains((tmp.path() / "src" / "lambdas" / "cognito-backup").string()) &&
          Catch::Contains((tmp.path() / "cwd" / kInRepo).string()) && Catch::Contains("fix:"));
}

TEST_CASE("this process's search finds the checkout's lambda", "[compact_connect][lambda_dir]") {
  // GIVEN the test binary (built with the example's source dir compiled into the library)
  const auto search = compact_connect::lambda_dir_search("compact_connect_tests");
  // THEN
  CHECK(search.executable == fs::read_symlink("/proc/self/exe"));
  CHECK(search.cwd == fs::current_path());
  const auto expected = fs::canonical(fs::path(CDKPP_SOURCE_DIR) / kInRepo);
  CHECK(search.source_dir / "lambdas" / "cognito-backup" == fs::path(CDKPP_SOURCE_DIR) / kInRepo);
  CHECK(find_lambda_dir("compact_connect_tests") == expected);
  CHECK(fs::exists(expected / "lambda_function.py"));
}
