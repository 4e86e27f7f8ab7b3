#pragma once

// The synth binary's command line: where to write the cloud assembly and context values, in
// the CDK CLI's spelling (-o, -c key=value). CDK_OUTDIR and CDK_CONTEXT_JSON, which the CDK CLI
// sets when it runs the binary, are read by cdk::App itself.
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace compact_connect {

/// What the command line asked for.
struct CliOptions {
  /// `-c/--context key=value` pairs (repeatable; the last of a key wins), values as strings
  /// like the CDK CLI passes them. For cdk::AppProps::context: CDK_CONTEXT_JSON overrides them
  /// key by key. Default: empty object.
  nlohmann::json context = nlohmann::json::object();
  /// `-o/--output DIR`. Default: empty, so cdk::App uses $CDK_OUTDIR, else "cdk.out".
  std::string outdir{};
};

/// The exit code of every input error: a bad command line here, a bad context value in main
/// (conventional for usage errors, and what a script driving the binary can test for).
inline constexpr int kUsageError = 2;

/// The result of parsing: options to run with, or an exit code when the program is done
/// (--help and --version print to `out` and give 0; a usage error prints to `err`).
struct CliResult {
  /// Set when main should return it right away.
  std::optional<int> exit_code{};
  /// Meaningful when exit_code is unset.
  CliOptions options{};
};

/// Parses argv with CLI11. Never throws for bad input: usage errors become an exit code.
CliResult parse_command_line(
    int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace compact_connect
