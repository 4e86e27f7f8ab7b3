#pragma once

#include <cstdint>

namespace cdk::backup::detail {

/// A whole number of days, hours or minutes as CloudFormation wants it (the durations are
/// checked to be whole before they get here).
inline std::int64_t whole(double value) { return static_cast<std::int64_t>(value); }

}  // namespace cdk::backup::detail
