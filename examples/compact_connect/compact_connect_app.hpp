#pragma once

// The whole CompactConnect app of example-app.md on a cdk::App: used by the synth binary, the
// golden tests and the benchmark, so all three build the same tree.
#include <cdk/core/app.hpp>
#include <filesystem>

#include "app_config.hpp"

namespace compact_connect {

/// Reads and checks the context of `app` (throws ContextError), then adds the app-wide tags,
/// PersistentStack and the provider stacks. `lambda_dir` is the export Lambda's code.
/// Returns the configuration it built from.
AppConfig build_compact_connect(cdk::App& app, const std::filesystem::path& lambda_dir);

}  // namespace compact_connect
