#pragma once

#include <string>

namespace cdk {
class Construct;
}

namespace cdk::backup::detail {

/// aws-cdk-lib's Names.uniqueId: the logical-ID algorithm over the full path, stack included.
std::string node_unique_id(const Construct& construct);

}  // namespace cdk::backup::detail
