#include "support/golden.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace fs = std::filesystem;
using cdk::test::check_golden;
using cdk::test::check_golden_dir;
using cdk::test::compare_golden;
using cdk::test::compare_golden_dir;

namespace {

// Points golden_root() at a fresh temporary directory for one test, then restores it.
class TempGoldenRoot {
 public:
  TempGoldenRoot()
      // The pid keeps parallel ctest processes apart; the counter keeps roots in one test apart.
      : dir_(
            fs::temp_directory_path() /
            ("cdk_golden_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++))),
        previous_(cdk::test::set_golden_root(dir_)) {
    fs::create_directories(dir_);
  }
  TempGoldenRoot(const TempGoldenRoot&) = delete;
  TempGoldenRoot& operator=(const TempGoldenRoot&) = delete;
  TempGoldenRoot(TempGoldenRoot&&) = delete;
  TempGoldenRoot& operator=(TempGoldenRoot&&) = delete;
  ~TempGoldenRoot() {
    cdk::test::set_golden_root(previous_);
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  const fs::path& dir() const { return dir_; }

 private:
  static inline int counter_ = 0;
  fs::path dir_;
  fs::path previous_;
};

// Sets CDKPP_UPDATE_GOLDEN for one test (nullopt unsets it) so a developer's own setting of
// the variable cannot change what these tests see.
class ScopedUpdateMode {
 public:
  explicit ScopedUpdateMode(std::optional<std::string> value) {
    if (const char* old = std::getenv(kName)) previous_ = old;
    apply(value);
  }
  ScopedUpdateMode(const ScopedUpdateMode&) = delete;
  ScopedUpdateMode& operator=(const ScopedUpdateMode&) = delete;
  ScopedUpdateMode(ScopedUpdateMode&&) = delete;
  ScopedUpdateMode& operator=(ScopedUpdateMode&&) = delete;
  ~ScopedUpdateMode() { apply(previous_); }

 private:
  static constexpr const char* kName = "CDKPP_UPDATE_GOLDEN";
  static void apply(const std::optional<std::string>& value) {
    if (value) {
      setenv(kName, value->c_str(), 1);
    } else {
      unsetenv(kName);
    }
  }
  std::optional<std::string> previous_{};
};

void write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("golden_root defaults to tests/golden in the source tree", "[support][golden]") {
  CHECK(cdk::test::golden_root() == fs::path(CDKPP_SOURCE_DIR) / "tests" / "golden");
}

TEST_CASE("a matching golden file passes", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::nullopt);
  write(root.dir() / "sandbox" / "manifest.json", "{\n \"version\": 1\n}\n");
  // WHEN
  const auto report = compare_golden("sandbox/manifest.json", "{\n \"version\": 1\n}\n");
  // THEN
  CHECK(report.failures.empty());
  CHECK(report.updated.empty());
  check_golden("sandbox/manifest.json", "{\n \"version\": 1\n}\n");
}

TEST_CASE("a differing golden file fails with a unified diff", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::nullopt);
  write(root.dir() / "sandbox" / "t.json", "a\nold\nc\n");
  // WHEN
  const auto report = compare_golden("sandbox/t.json", "a\nnew\nc\n");
  // THEN the diff is labelled with the path under golden/ and left untouched on disk
  REQUIRE(report.failures.size() == 1);
  CHECK(
      report.failures[0] ==
      "golden/sandbox/t.json: differs from the actual output\n"
      "--- golden/sandbox/t.json\n+++ actual\n@@ -1,3 +1,3 @@\n a\n-old\n+new\n c\n");
  CHECK(read(root.dir() / "sandbox" / "t.json") == "a\nold\nc\n");
}

TEST_CASE("a missing golden file fails and says how to create it", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::nullopt);
  // WHEN
  const auto report = compare_golden("prod/missing.json", "{}\n");
  // THEN
  REQUIRE(report.failures.size() == 1);
  CHECK_THAT(
      report.failures[0],
      Catch::StartsWith("golden/prod/missing.json: golden file does not exist"));
  CHECK_THAT(report.failures[0], Catch::Contains("CDKPP_UPDATE_GOLDEN=1 ctest -R golden"));
  CHECK_FALSE(fs::exists(root.dir() / "prod" / "missing.json"));
}

TEST_CASE("a trailing newline difference is a mismatch", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::nullopt);
  write(root.dir() / "t.txt", "x\n");
  // WHEN
  const auto report = compare_golden("t.txt", "x");
  // THEN
  REQUIRE(report.failures.size() == 1);
  CHECK_THAT(report.failures[0], Catch::EndsWith("-x\n+x\n\\ No newline at end of file\n"));
}

TEST_CASE("update mode writes new and changed golden files byte for byte", "[support][golden]") {
  // GIVEN one stale and one missing file
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::string("1"));
  write(root.dir() / "env" / "old.json", "old\n");
  // WHEN
  const auto changed = compare_golden("env/old.json", "new\r\nno final newline");
  const auto created = compare_golden("env/deep/new.json", "created\n");
  const auto unchanged = compare_golden("env/deep/new.json", "created\n");
  // THEN
  CHECK(changed.failures.empty());
  CHECK(changed.updated == std::vector<std::string>{"golden/env/old.json"});
  CHECK(created.updated == std::vector<std::string>{"golden/env/deep/new.json"});
  CHECK(unchanged.updated.empty());
  CHECK(read(root.dir() / "env" / "old.json") == "new\r\nno final newline");
  CHECK(read(root.dir() / "env" / "deep" / "new.json") == "created\n");
}

TEST_CASE("update mode is only on when the variable is 1", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::string("0"));
  // WHEN
  const auto report = compare_golden("t.json", "{}\n");
  // THEN
  CHECK(report.failures.size() == 1);
  CHECK_FALSE(fs::exists(root.dir() / "t.json"));
}

TEST_CASE("an absolute golden path is used as is", "[support][golden]") {
  // GIVEN a file outside the golden root
  TempGoldenRoot root;
  TempGoldenRoot other;  // the inner root is now `other`; `root` holds the file
  ScopedUpdateMode mode(std::nullopt);
  write(root.dir() / "abs.txt", "same\n");
  // THEN
  CHECK(compare_golden(root.dir() / "abs.txt", "same\n").failures.empty());
}

TEST_CASE("check_golden updates and warns in update mode", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::string("1"));
  // WHEN
  check_golden("w.json", "{}\n");
  // THEN
  CHECK(read(root.dir() / "w.json") == "{}\n");
}

TEST_CASE("check_golden fails the running test on a mismatch", "[support][golden][!shouldfail]") {
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::nullopt);
  write(root.dir() / "f.json", "expected\n");
  check_golden("f.json", "actual\n");
}

TEST_CASE("a golden directory reports every difference at once", "[support][golden]") {
  // GIVEN a golden dir with one matching, one differing and one stale file
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::nullopt);
  write(root.dir() / "sandbox" / "a.json", "same\n");
  write(root.dir() / "sandbox" / "b.json", "old\n");
  write(root.dir() / "sandbox" / "nested" / "stale.json", "gone\n");
  // WHEN the actual output also has a file the golden dir lacks
  const auto report = compare_golden_dir(
      "sandbox", {{"a.json", "same\n"}, {"b.json", "new\n"}, {"c.json", "added\n"}});
  // THEN all three problems are listed, in path order, and nothing is written
  REQUIRE(report.failures.size() == 3);
  CHECK(
      report.failures[0] ==
      "golden/sandbox/b.json: differs from the actual output\n"
      "--- golden/sandbox/b.json\n+++ actual\n@@ -1 +1 @@\n-old\n+new\n");
  CHECK_THAT(
      report.failures[1], Catch::StartsWith("golden/sandbox/c.json: golden file does not exist"));
  CHECK(
      report.failures[2] ==
      "unexpected golden file golden/sandbox/nested/stale.json: not produced any more");
  CHECK(report.updated.empty());
  CHECK(fs::exists(root.dir() / "sandbox" / "nested" / "stale.json"));
}

TEST_CASE("update mode rewrites a golden directory and deletes stale files", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  write(root.dir() / "prod" / "b.json", "old\n");
  write(root.dir() / "prod" / "stale.json", "gone\n");
  const std::map<std::string, std::string> actual{{"b.json", "new\n"}, {"sub/c.json", "c\n"}};
  // WHEN
  {
    ScopedUpdateMode mode(std::string("1"));
    check_golden_dir("prod", actual);
  }
  // THEN the directory now matches exactly
  ScopedUpdateMode mode(std::nullopt);
  CHECK(compare_golden_dir("prod", actual).failures.empty());
  CHECK_FALSE(fs::exists(root.dir() / "prod" / "stale.json"));
  CHECK(read(root.dir() / "prod" / "sub" / "c.json") == "c\n");
}

TEST_CASE("update mode reports deleted stale files", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::string("1"));
  write(root.dir() / "d" / "stale.json", "gone\n");
  // WHEN
  const auto report = compare_golden_dir("d", {});
  // THEN
  CHECK(
      report.updated ==
      std::vector<std::string>{"golden/d/stale.json (deleted: not produced any more)"});
}

TEST_CASE("a golden directory rejects file names that escape it", "[support][golden]") {
  // GIVEN
  TempGoldenRoot root;
  ScopedUpdateMode mode(std::string("1"));
  // WHEN
  const auto report = compare_golden_dir("d", {{"../escape.json", "x\n"}});
  // THEN
  REQUIRE(report.failures.size() == 1);
  CHECK_THAT(report.failures[0], Catch::StartsWith("invalid golden file name \"../escape.json\""));
  CHECK_FALSE(fs::exists(root.dir() / "escape.json"));
}
