#pragma once

#include <cdk/core/token.hpp>

#include "core/detail/cloudformation_lang.hpp"

namespace cdk::detail {

class TokenMap;

/// Replaces every token marker in `value` by its CloudFormation value (private/resolve.ts):
/// a string that is one marker becomes the token's value; a string mixing markers and text
/// becomes a minimal Fn::Join; a list holding a list marker becomes the list value; undefined
/// values are dropped from objects and arrays.
/// `value` is taken by value and resolved where it is: parts without tokens are not copied.
Json resolve(Json&& value, ResolveContext& context, const TokenMap& tokens);

/// The token map of the App that owns `scope`.
const TokenMap& token_map_of(const Construct& scope);

}  // namespace cdk::detail
