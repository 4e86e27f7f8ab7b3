#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace cdk::events::detail {

/// Merges `source` into `destination` as aws-cdk-lib's mergeEventPattern: arrays are
/// concatenated keeping the first of equal elements, objects merged field by field. Throws
/// cdk::ValidationError (with `path`) for a field that is neither, or whose type differs.
void merge_event_pattern(
    nlohmann::ordered_json& destination,
    const nlohmann::ordered_json& source,
    const std::string& path);

/// The EventPattern property: discarded when empty, "detailType" renamed "detail-type" in place.
nlohmann::ordered_json render_event_pattern(const nlohmann::ordered_json& pattern);

}  // namespace cdk::events::detail
