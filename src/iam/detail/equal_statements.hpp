#pragma once

#include <nlohmann/json.hpp>
#include <vector>

namespace cdk::iam::detail {

/// Drops each statement equal to an earlier one in what it allows: same effect, sid and
/// conditions, and the same sets of actions, resources and principals (and their Not* forms),
/// whatever their order. aws-cdk-lib does this to a role's DefaultPolicy when it checks the
/// policy's size (PolicyDocument._splitDocument, merging only equal statements unless the
/// minimizePolicies flag is on), so a key granted twice with reordered actions appears once,
/// in the first statement's order. Statements are compared unresolved.
std::vector<nlohmann::ordered_json> drop_equal_statements(
    std::vector<nlohmann::ordered_json> statements);

}  // namespace cdk::iam::detail
