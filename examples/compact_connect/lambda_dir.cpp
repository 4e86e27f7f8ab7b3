#include "lambda_dir.hpp"

#include <algorithm>
#include <cdk/core/errors.hpp>
#include <cstdlib>
#include <string>
#include <system_error>

namespace compact_connect {
namespace fs = std::filesystem;

namespace {

const fs::path kRepoSubdir = fs::path("examples") / "compact_connect" / lambda_subdir;

bool holds_lambda(const fs::path& dir) {
  std::error_code error;
  return fs::is_directory(dir, error) && fs::is_regular_file(dir / "lambda_function.py", error);
}

// Why a candidate that exists was passed over ("" if it doesn't exist): a directory the
// process may not read looks like one without the handler, and the message must tell them apart.
std::string why_not_used(const fs::path& dir) {
  std::error_code error;
  const auto status = fs::status(dir, error);
  if (!fs::exists(status)) return "";
  if (!fs::is_directory(status)) return " (not a directory)";
  const auto handler = fs::status(dir / "lambda_function.py", error);
  if (error && error != std::errc::no_such_file_or_directory) return " (" + error.message() + ")";
  return fs::is_regular_file(handler) ? "" : " (no lambda_function.py in it)";
}

// argv0 as the shell found it: a path with a '/' is relative to the cwd, a bare name came
// from PATH.
fs::path executable_from_argv0(std::string_view argv0) {
  if (argv0.empty()) return {};
  const fs::path given(argv0);
  std::error_code error;
  if (argv0.find('/') != std::string_view::npos) return fs::absolute(given, error);
  const char* path = std::getenv("PATH");
  if (path == nullptr) return {};
  const std::string_view dirs(path);
  std::size_t start = 0;
  while (start <= dirs.size()) {
    auto end = dirs.find(':', start);
    if (end == std::string_view::npos) end = dirs.size();
    const fs::path candidate = fs::path(dirs.substr(start, end - start)) / given;
    if (fs::is_regular_file(candidate, error)) return fs::absolute(candidate, error);
    start = end + 1;
  }
  return {};
}

}  // namespace

std::vector<fs::path> lambda_dir_candidates(const LambdaDirSearch& search) {
  std::vector<fs::path> candidates;
  if (!search.source_dir.empty()) candidates.push_back(search.source_dir / lambda_subdir);
  if (!search.executable.empty()) {
    const fs::path dir = search.executable.parent_path();
    candidates.push_back(dir / lambda_subdir);
    for (fs::path ancestor = dir; !ancestor.empty(); ancestor = ancestor.parent_path()) {
      candidates.push_back(ancestor / kRepoSubdir);
      if (ancestor == ancestor.parent_path()) break;  // the root is its own parent
    }
  }
  if (!search.cwd.empty()) {
    candidates.push_back(search.cwd / lambda_subdir);
    candidates.push_back(search.cwd / kRepoSubdir);
  }
  // The same place reached twice (the binary in the cwd, say) is tried once.
  std::vector<fs::path> unique;
  for (auto& candidate : candidates) {
    const fs::path normal = candidate.lexically_normal();
    if (std::find_if(unique.begin(), unique.end(), [&](const fs::path& seen) {
          return seen.lexically_normal() == normal;
        }) == unique.end())
      unique.push_back(std::move(candidate));
  }
  return unique;
}

fs::path find_lambda_dir(const LambdaDirSearch& search) {
  const auto candidates = lambda_dir_candidates(search);
  for (const auto& candidate : candidates) {
    if (holds_lambda(candidate)) {
      std::error_code error;
      auto canonical = fs::weakly_canonical(fs::absolute(candidate, error), error);
      return error ? fs::absolute(candidate) : canonical;
    }
  }
  std::string tried;
  for (const auto& candidate : candidates)
    tried += "\n      " + candidate.string() + why_not_used(candidate);
  throw cdk::ValidationError(
      "cannot find the export Lambda's code (" + std::string(lambda_subdir) +
          " with lambda_function.py); tried:" + tried +
          "\n    fix: run from examples/compact_connect or the repository root, or copy lambdas/ "
          "beside the binary",
      "");
}

LambdaDirSearch lambda_dir_search(std::string_view argv0) {
  LambdaDirSearch search;
#ifdef COMPACT_CONNECT_SOURCE_DIR
  search.source_dir = COMPACT_CONNECT_SOURCE_DIR;
#endif
  std::error_code error;
  search.executable = fs::read_symlink("/proc/self/exe", error);
  if (error) search.executable = executable_from_argv0(argv0);
  search.cwd = fs::current_path(error);
  if (error) search.cwd.clear();
  return search;
}

fs::path find_lambda_dir(std::string_view argv0) {
  return find_lambda_dir(lambda_dir_search(argv0));
}

}  // namespace compact_connect
