#pragma once

// Principal JSON as aws-cdk-lib builds it (aws-iam/lib/private/util.ts mergePrincipal,
// postprocess-policy-document.ts normalizeStatement).

#include <nlohmann/json.hpp>

namespace cdk::iam::detail {

/// The kind under which a bare string principal ("*") travels until rendering.
inline constexpr const char* kLiteralStringKey = "LiteralString";

/// Appends the values of `source` (kind -> value or values) to `target` (kind -> values), kinds
/// in first-seen order. Throws a ValidationError when a literal string principal would be
/// mixed with other kinds.
void merge_principal(nlohmann::ordered_json& target, const nlohmann::ordered_json& source);

/// The rendered Principal: the literal string itself, or kind -> value (a single value as a
/// scalar); discarded (absent) when there is nothing.
nlohmann::ordered_json normalize_principal(const nlohmann::ordered_json& principal);

}  // namespace cdk::iam::detail
