#pragma once

#include <cdk/core/token.hpp>
#include <optional>
#include <string>

#include "core/detail/cloudformation_lang.hpp"

// Raw overrides (CfnResource::add_override) are merged into the rendered resource the way
// aws-cdk-lib's deepMerge does: objects merge key by key, an undefined value deletes the key,
// and an object left empty by deletions disappears. JavaScript arrays are objects too, so
// "Properties.List.1" replaces element 1 of List rather than turning List into an object.
namespace cdk::detail {

/// Resolves the tokens in an override tree, keeping undefined leaves (they mean "delete").
Json resolve_overrides(const Json& overrides, ResolveContext& context);
/// Merges `source` into `target` in place.
void deep_merge(Json& target, const Json& source);

/// The array index a JavaScript property key denotes ("0", "17"; not "01", "-1", "1.5"), which
/// is also when JavaScript lists the key before the others of an object, in numeric order.
std::optional<std::size_t> js_array_index(const std::string& key);
/// Sets object[key] = value where JavaScript would put a new key: integer-like keys in numeric
/// order before every other key, the others in insertion order.
void js_object_set(Json& object, const std::string& key, Json value);

}  // namespace cdk::detail
