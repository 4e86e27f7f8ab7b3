#pragma once

#include <optional>

namespace cdk {

/// What CloudFormation does with a resource removed from the template or replaced.
enum class RemovalPolicy {
  destroy,                       ///< Delete the resource.
  retain,                        ///< Keep the resource, orphaned.
  snapshot,                      ///< Keep a snapshot, then delete (where supported).
  retain_on_update_or_delete,    ///< Keep on update and delete, but delete on failed create.
};

/// Options of CfnResource::apply_removal_policy.
struct RemovalPolicyOptions {
  /// Whether UpdateReplacePolicy is set too. Default: true.
  bool apply_to_update_replace_policy = true;
  /// The policy used when none is given. Default: RemovalPolicy::retain.
  std::optional<RemovalPolicy> default_policy{};
};

}  // namespace cdk
