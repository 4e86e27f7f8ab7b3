#pragma once

#include <optional>
#include <vector>

#include "core/detail/speculation.hpp"
#include "core/detail/template_text.hpp"

namespace cdk {
class CfnElement;
}

namespace cdk::detail {

/// An element rendered ahead: its text, and the references to other stacks it was rendered
/// with, which the synthesizing thread must still prepare (in this order).
struct RenderedAhead {
  FragmentText text;
  std::vector<DeferredReference> deferred;
};

/// Renders `elements` on this thread and on helper threads at once, speculating (see
/// speculation.hpp), with the replacements `oracle` knows. Returns, for each element, what
/// render_fragment_text gives (in its own stack), or nothing where the rendering was refused or
/// failed: those must be rendered again on this thread, in order. Their logical IDs must be
/// known already (the stack allocates them, and a stack may be the user's code).
std::vector<std::optional<RenderedAhead>> render_ahead(
    const std::vector<const CfnElement*>& elements, const ReplacementOracle& oracle);

}  // namespace cdk::detail
