#pragma once

#include <cdk/core/cloud_assembly.hpp>

namespace cdk {
class App;
}

namespace cdk::detail {

/// Synthesizes the App in aws-cdk-lib's phase order (private/synthesis.ts): aspects, prepare
/// (dependencies, references, synthesizer elements), validate all and lock, then render every
/// stack and the assembly files in memory.
CloudAssembly synthesize(App& app);

}  // namespace cdk::detail
