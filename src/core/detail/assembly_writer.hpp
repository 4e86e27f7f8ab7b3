#pragma once

#include <cdk/core/cloud_assembly.hpp>

namespace cdk::detail {

/// Writes the assembly to its directory atomically: everything goes to a sibling temporary
/// directory first, which then replaces the old one, so a failure leaves the old assembly whole.
void write_assembly(const CloudAssembly& assembly);

}  // namespace cdk::detail
