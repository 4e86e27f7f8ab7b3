#pragma once

namespace cdk {

/// What CloudFormation does with a resource removed from the template or replaced.
enum class RemovalPolicy {
  destroy,                       ///< Delete the resource.
  retain,                        ///< Keep the resource, orphaned.
  snapshot,                      ///< Keep a snapshot, then delete (where supported).
  retain_on_update_or_delete,    ///< Keep on update and delete, but delete on failed create.
};

}  // namespace cdk
