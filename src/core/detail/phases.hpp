#pragma once

namespace cdk {
class App;
}

// The phases before rendering, each a pass over the tree.
namespace cdk::detail {

/// Runs every aspect once on every construct in its scope, top-down; a construct's inherited
/// aspects run before its own, lower priority first. Repeats until no aspect is left to run,
/// so aspects and constructs added by aspects are handled too (aws-cdk-lib's invokeAspectsV2).
void invoke_aspects(App& app);
/// Turns construct dependencies into DependsOn (same stack) or stack dependencies.
void prepare(App& app);
/// Runs every validation and throws one ValidationError listing all problems as "[path] msg".
void validate(App& app);

}  // namespace cdk::detail
