#pragma once

// Finds the export Lambda's code (lambdas/cognito-backup) wherever the synth binary runs from,
// so the asset, and with it the asset hash in the templates, is the same from any directory.
#include <filesystem>
#include <string_view>
#include <vector>

namespace compact_connect {

/// The Lambda's directory relative to the example's source directory.
inline constexpr std::string_view lambda_subdir = "lambdas/cognito-backup";

/// Where find_lambda_dir looks; an empty path skips that place.
struct LambdaDirSearch {
  /// The working directory: `<cwd>/lambdas/cognito-backup`, then
  /// `<cwd>/examples/compact_connect/lambdas/cognito-backup` (the repository root).
  std::filesystem::path cwd{};
  /// The binary: `<its dir>/lambdas/cognito-backup` (copied beside it), then
  /// `<ancestor>/examples/compact_connect/lambdas/cognito-backup` for each ancestor of its
  /// directory (a build tree inside the checkout).
  std::filesystem::path executable{};
  /// The example's source directory as known at build time: `<it>/lambdas/cognito-backup`.
  std::filesystem::path source_dir{};
};

/// The places find_lambda_dir tries, in order: source_dir, executable, cwd.
std::vector<std::filesystem::path> lambda_dir_candidates(const LambdaDirSearch& search);

/// The first candidate that is a directory holding lambda_function.py, made absolute and
/// canonical. Throws cdk::ValidationError listing every place tried when there is none.
std::filesystem::path find_lambda_dir(const LambdaDirSearch& search);

/// The search of this process: the source directory compiled in, the running executable
/// (/proc/self/exe, else argv0 resolved against the cwd and PATH) and the current directory.
LambdaDirSearch lambda_dir_search(std::string_view argv0);

/// find_lambda_dir(lambda_dir_search(argv0)).
std::filesystem::path find_lambda_dir(std::string_view argv0);

}  // namespace compact_connect
