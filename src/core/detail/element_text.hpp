#pragma once

#include <cdk/core/token.hpp>

#include "core/detail/template_text.hpp"

namespace cdk {
class CfnElement;
class CfnResource;
}

namespace cdk::detail {

/// `element`'s fragment, rendered in `context`, as text: fragment_text(element.render(context))
/// in every case. A plain CfnResource (the L1 of nearly every resource) is written straight
/// from its properties, tokens resolved on the way, without the resolved copy of its JSON.
FragmentText render_fragment_text(const CfnElement& element, ResolveContext& context);

/// The logical IDs of the resources `resource` has a DependsOn on, in aws-cdk-lib's order
/// (by construct path, compared as JavaScript's localeCompare does).
nlohmann::ordered_json dependency_logical_ids(const CfnResource& resource);

}  // namespace cdk::detail
