#include "cli.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#ifndef CDKPP_VERSION
#error "CDKPP_VERSION must be defined by the build"
#endif

namespace compact_connect {

CliResult parse_command_line(
    int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  const std::string program = argc > 0 && argv[0] != nullptr
                                  ? std::filesystem::path(argv[0]).filename().string()
                                  : "compact_connect_synth";
  CLI::App app(
      "Synthesizes the CompactConnect Cognito-backup app into a CDK cloud assembly.\n"
      "Context keys: environment_name (sandbox), backup_enabled (true), account and region\n"
      "(unset), provider_stacks (1). CDK_CONTEXT_JSON and CDK_OUTDIR are honoured as the CDK\n"
      "CLI sets them; CDK_CONTEXT_JSON overrides -c key by key.",
      program);
  app.set_version_flag("--version", program + " (cdkpp " CDKPP_VERSION ")");

  CliResult result;
  std::vector<std::string> pairs;
  app.add_option(
         "-o,--output",
         result.options.outdir,
         "Directory of the cloud assembly (default: $CDK_OUTDIR, else cdk.out)")
      ->type_name("DIR")
      ->check(CLI::Validator(
          [](const std::string& directory) {
            // An empty value would mean "not given", and replace ./cdk.out unasked.
            return directory.empty() ? std::string("the output directory is empty (write -o DIR)")
                                     : std::string();
          },
          ""));
  app.add_option("-c,--context", pairs, "A context value; repeat for several")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](const std::string& pair) {
            auto equals = pair.find('=');
            return equals == std::string::npos || equals == 0
                       ? "'" + pair + "' is not key=value (write -c key=value)"
                       : std::string();
          },
          ""));  // no description: the type name already says KEY=VALUE

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11 prints the message; its own exit codes (105, 109, ...) say which check failed,
    // which the message already says.
    const int code = app.exit(error, out, err);
    result.exit_code = code == 0 ? 0 : kUsageError;  // 0: --help or --version
    return result;
  }
  for (const auto& pair : pairs) {
    auto equals = pair.find('=');
    result.options.context[pair.substr(0, equals)] = pair.substr(equals + 1);
  }
  return result;
}

}  // namespace compact_connect
