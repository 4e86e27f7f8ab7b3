#include "golden.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <stdexcept>
#include <utility>

#include "unified_diff.hpp"

namespace cdk::test {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUpdateHint =
    "If the new output is intended, run: CDKPP_UPDATE_GOLDEN=1 ctest -R golden\n"
    "(this creates or rewrites the golden files; review their diff like code)";

fs::path& root_storage() {
  static fs::path root = fs::path(CDKPP_SOURCE_DIR) / "tests" / "golden";
  return root;
}

// Read on every call, so a test can switch update mode with setenv/unsetenv.
bool update_mode() {
  const char* value = std::getenv("CDKPP_UPDATE_GOLDEN");
  return value != nullptr && std::string_view(value) == "1";
}

fs::path resolve(const fs::path& path) { return path.is_absolute() ? path : golden_root() / path; }

// Messages name files relative to the golden root: absolute paths differ between checkouts.
std::string label_for(const fs::path& file) {
  const auto relative =
      file.lexically_normal().lexically_relative(golden_root().lexically_normal());
  if (relative.empty() || *relative.begin() == "..") return file.generic_string();
  return "golden/" + relative.generic_string();
}

// Binary mode and no newline handling: the golden file must hold exactly the bytes produced.
std::optional<std::string> read_file(const fs::path& path) {
  if (!fs::is_regular_file(path)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read golden file " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& path, std::string_view content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write golden file " + path.string());
}

void compare_file(const fs::path& path, std::string_view actual, GoldenReport& report) {
  const auto label = label_for(path);
  const auto expected = read_file(path);
  if (expected == actual) return;
  if (update_mode()) {
    write_file(path, actual);
    report.updated.push_back(label);
  } else if (!expected) {
    report.failures.push_back(
        label + ": golden file does not exist (expected at " + path.string() +
        ")\ncreate it with: CDKPP_UPDATE_GOLDEN=1 ctest -R golden");
  } else {
    report.failures.push_back(
        label + ": differs from the actual output\n" +
        unified_diff(*expected, actual, label, "actual"));
  }
}

// A key like "../x" or "/x" would make update mode write outside the golden directory.
bool is_safe_relative(const fs::path& path) {
  if (path.empty() || path.is_absolute()) return false;
  return std::none_of(path.begin(), path.end(), [](const fs::path& part) { return part == ".."; });
}

std::vector<fs::path> list_files(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path().lexically_relative(dir));
  }
  std::sort(files.begin(), files.end());  // directory order is unspecified; reports must not be
  return files;
}

void report_to_catch(const GoldenReport& report, std::string_view what) {
  for (const auto& file : report.updated) WARN("updated golden file " << file);
  if (report.failures.empty()) {
    SUCCEED(what << " matches");
    return;
  }
  std::string message;
  for (const auto& failure : report.failures) message += failure + "\n";
  FAIL(message << kUpdateHint);
}

}  // namespace

fs::path golden_root() { return root_storage(); }

fs::path set_golden_root(fs::path root) { return std::exchange(root_storage(), std::move(root)); }

GoldenReport compare_golden(const fs::path& golden_file, std::string_view actual) {
  GoldenReport report;
  compare_file(resolve(golden_file), actual, report);
  return report;
}

GoldenReport compare_golden_dir(
    const fs::path& golden_dir, const std::map<std::string, std::string>& actual_files) {
  GoldenReport report;
  const auto dir = resolve(golden_dir);
  std::set<fs::path> produced;
  for (const auto& [name, content] : actual_files) {
    const auto relative = fs::path(name).lexically_normal();
    if (!is_safe_relative(relative)) {
      report.failures.push_back(
          "invalid golden file name \"" + name + "\": use a relative path inside the directory");
      continue;
    }
    produced.insert(relative);
    compare_file(dir / relative, content, report);
  }
  for (const auto& relative : list_files(dir)) {
    if (produced.count(relative) != 0) continue;
    const auto label = label_for(dir / relative);
    if (update_mode()) {
      fs::remove(dir / relative);
      report.updated.push_back(label + " (deleted: not produced any more)");
    } else {
      report.failures.push_back("unexpected golden file " + label + ": not produced any more");
    }
  }
  return report;
}

void check_golden(const fs::path& golden_file, std::string_view actual) {
  report_to_catch(compare_golden(golden_file, actual), label_for(resolve(golden_file)));
}

void check_golden_dir(
    const fs::path& golden_dir, const std::map<std::string, std::string>& actual_files) {
  report_to_catch(compare_golden_dir(golden_dir, actual_files), label_for(resolve(golden_dir)));
}

}  // namespace cdk::test
