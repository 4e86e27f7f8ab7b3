#pragma once

#include <cdk/core/construct.hpp>

namespace cdk::detail {

/// Throws ValidationError (on `source`'s path) unless `target` is in the same construct tree
/// as `source`: a dependency on another App's construct can't be rendered, and would point
/// into that App's memory once it is gone.
void require_same_app(const Construct& source, const Construct& target);

}  // namespace cdk::detail
