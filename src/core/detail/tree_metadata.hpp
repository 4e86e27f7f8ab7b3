#pragma once

#include <string>

namespace cdk {
class App;
}

namespace cdk::detail {

/// tree.json: the construct tree as the CDK CLI and console read it, with each node's nearest
/// aws-cdk-lib class as its fqn.
/// As compact JSON text.
std::string tree_metadata(const App& app);

}  // namespace cdk::detail
