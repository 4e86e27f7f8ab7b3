#pragma once

#include <vector>

namespace cdk {
class App;
class CfnElement;
}

// Cross-stack references, resolved during preparation as aws-cdk-lib's private/refs.ts does:
// every Ref/GetAtt used in a stack other than its target's becomes an export and an
// Fn::ImportValue (top-level stacks), a parameter (parent -> nested), or an output read with
// Fn::GetAtt [..., Outputs.X] (nested -> parent), with aws-cdk-lib's names.
namespace cdk::detail {

/// Finds every reference that crosses stacks and gives it the value it renders as in its
/// consuming stack; adds the stack dependencies the references imply. Renders every element on
/// the way, on all cores (render_ahead), and keeps the texts for the templates.
void resolve_references(App& app);

/// Allocates the logical IDs of `elements` on this thread, in order, before they render ahead:
/// the stack allocates them, and a stack may be the user's code. An ID that fails is met
/// again, in order, where its element renders (rendering ahead refuses an ID not allocated).
void allocate_logical_ids(const std::vector<const CfnElement*>& elements);

}  // namespace cdk::detail
