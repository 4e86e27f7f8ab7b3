// compact_connect_synth: synthesizes the CompactConnect app of example-app.md.
//   compact_connect_synth [-o DIR] [-c key=value]...
// The CDK CLI runs it with CDK_OUTDIR and CDK_CONTEXT_JSON set (see cdk.json beside it).
// Exit codes: 0 written; 2 bad command line or context value (nothing written); 1 any other
// error (nothing written either: the assembly is replaced only when synthesis succeeds).
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <exception>
#include <iostream>

#include "app_config.hpp"
#include "cli.hpp"
#include "compact_connect_app.hpp"
#include "lambda_dir.hpp"

int main(int argc, char** argv) {
  const auto cli = compact_connect::parse_command_line(argc, argv, std::cout, std::cerr);
  if (cli.exit_code) return *cli.exit_code;
  try {
    // Never destroyed: the process ends right after synthesis, and the OS takes the memory back
    // at once where destroying the constructs one by one takes a tenth of the run. Reachable
    // from a static, so LeakSanitizer does not count it as a leak.
    static cdk::App* app = nullptr;
    try {
      app = new cdk::App({.context = cli.options.context, .outdir = cli.options.outdir});
    } catch (const cdk::ValidationError& error) {  // CDK_CONTEXT_JSON unreadable: bad context
      std::cerr << "error: " << error.what() << '\n';
      return compact_connect::kUsageError;
    }
    compact_connect::build_compact_connect(*app, compact_connect::find_lambda_dir(argv[0]));
    app->synth();
    return 0;
  } catch (const compact_connect::ContextError& error) {
    std::cerr << "error: " << error.what() << '\n';
    return compact_connect::kUsageError;
  } catch (const std::exception& error) {
    std::cerr << "error: " << error.what() << '\n';
    return 1;
  }
}
