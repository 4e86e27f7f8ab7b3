#pragma once

#include <cdk/core/cloud_assembly.hpp>

namespace cdk {
class App;
}

namespace cdk::detail {

class AssemblyWriter;

/// Synthesizes the App in aws-cdk-lib's phase order (private/synthesis.ts): aspects, prepare
/// (dependencies, references, synthesizer elements), validate all and lock, then render every
/// stack and the assembly files in memory. With a writer, each file is handed to it as soon as
/// it is complete; every file is written when this returns.
CloudAssembly synthesize(App& app, AssemblyWriter* writer = nullptr);

}  // namespace cdk::detail
