#pragma once

// cdk-nag 2.x suppressions: the `Metadata.cdk_nag.rules_to_suppress` entries that
// NagSuppressions.addResourceSuppressions(ByPath) writes, so real cdk-nag tooling honours them.
#include <string>
#include <vector>

namespace cdk {
class Construct;
class Stack;
}  // namespace cdk

namespace cdk_constructs {

/// One suppressed rule (cdk-nag's NagPackSuppression).
struct NagPackSuppression {
  /// The findings the suppression covers (cdk-nag's `appliesTo`, plain strings). Default: all.
  std::vector<std::string> applies_to{};
  /// The rule id, e.g. "AwsSolutions-S1"; must not name a finding ("[...]"). Required.
  std::string id{};
  /// Why the rule does not apply: at least 10 characters. Required.
  std::string reason{};
};

/// Adds cdk-nag suppressions to resources, as cdk-nag 2.38's NagSuppressions does: to a
/// construct's L1 resource (the construct itself or its "Resource"/"Default" child), duplicates
/// dropped, appended to what is already suppressed.
class NagSuppressions {
 public:
  /// Suppresses `suppressions` on `construct`'s resource (and, with `apply_to_children`, on
  /// every resource below it). A construct without a resource is left as it is, as cdk-nag does.
  /// Throws cdk::ValidationError for a suppression cdk-nag rejects.
  static void add_resource_suppressions(
      cdk::Construct& construct,
      const std::vector<NagPackSuppression>& suppressions,
      bool apply_to_children = false);
  /// The same for the construct of `stack` at `path` ("Stack/A/B" or "Stack/A/B/Resource", a
  /// leading "/" allowed). Throws cdk::ValidationError if no construct has that path.
  static void add_resource_suppressions_by_path(
      cdk::Stack& stack,
      const std::string& path,
      const std::vector<NagPackSuppression>& suppressions,
      bool apply_to_children = false);
};

}  // namespace cdk_constructs
