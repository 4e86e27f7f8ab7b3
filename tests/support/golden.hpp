#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cdk::test {

/// What a golden comparison found; nothing is reported to Catch yet.
struct GoldenReport {
  std::vector<std::string> failures{};  ///< one message per missing, differing or stale file
  std::vector<std::string> updated{};   ///< files written or deleted (update mode only)
};

/// Directory relative golden paths are resolved against. Default: CDKPP_SOURCE_DIR/tests/golden/
std::filesystem::path golden_root();

/// Replaces golden_root() and returns the previous root; for the support library's own tests.
std::filesystem::path set_golden_root(std::filesystem::path root);

/// Compares one file (or rewrites it when CDKPP_UPDATE_GOLDEN=1) without reporting to Catch.
GoldenReport compare_golden(const std::filesystem::path& golden_file, std::string_view actual);

/// Compares a whole directory (relative path -> content); golden files not produced are stale.
GoldenReport compare_golden_dir(
    const std::filesystem::path& golden_dir,
    const std::map<std::string, std::string>& actual_files);

/// Catch check: FAILs with a unified diff, or WARNs about rewritten files in update mode.
void check_golden(const std::filesystem::path& golden_file, std::string_view actual);

/// Catch check of a directory: one FAIL lists every differing, missing and stale file.
void check_golden_dir(
    const std::filesystem::path& golden_dir,
    const std::map<std::string, std::string>& actual_files);

}  // namespace cdk::test
