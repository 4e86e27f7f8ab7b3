#pragma once

#include <cdk/core/token.hpp>
#include <string>

#include "core/detail/cloudformation_lang.hpp"

namespace cdk::detail {

class TokenMap;

/// Replaces every token marker in `value` by its CloudFormation value (private/resolve.ts):
/// a string that is one marker becomes the token's value; a string mixing markers and text
/// becomes a minimal Fn::Join; a list holding a list marker becomes the list value; undefined
/// values are dropped from objects and arrays.
/// `value` is taken by value and resolved where it is: parts without tokens are not copied.
Json resolve(Json&& value, ResolveContext& context, const TokenMap& tokens);

/// Appends `value` resolved, as append_json_text(out, resolve(copy of value), indent, depth)
/// writes it, without building the resolved copy: only what tokens resolve to becomes JSON.
/// Returns false, having appended nothing, when the value resolves to undefined (which
/// resolve() drops from objects and arrays).
bool append_resolved_text(
    std::string& out,
    const Json& value,
    ResolveContext& context,
    const TokenMap& tokens,
    int indent,
    int depth);

/// The token map of the App that owns `scope`.
const TokenMap& token_map_of(const Construct& scope);

}  // namespace cdk::detail
