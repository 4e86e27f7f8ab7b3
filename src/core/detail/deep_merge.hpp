#pragma once

#include <cdk/core/token.hpp>

#include "core/detail/cloudformation_lang.hpp"

// Raw overrides (CfnResource::add_override) are merged into the rendered resource the way
// aws-cdk-lib's deepMerge does: objects merge key by key, an undefined value deletes the key,
// and an object left empty by deletions disappears.
namespace cdk::detail {

/// Resolves the tokens in an override tree, keeping undefined leaves (they mean "delete").
Json resolve_overrides(const Json& overrides, ResolveContext& context);
/// Merges `source` into `target` in place.
void deep_merge(Json& target, const Json& source);

}  // namespace cdk::detail
