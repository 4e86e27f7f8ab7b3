#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/nested_stack.hpp>

#include "core/detail/app_state.hpp"
#include "core/detail/uniqueid.hpp"

namespace cdk {
namespace {

using Json = nlohmann::ordered_json;

Stack& parent_stack_of(const Construct& nested) {
  const Construct* scope = nested.node().scope();
  if (scope == nullptr) {
    throw ValidationError(
        "a NestedStack must be created inside a Stack\n    fix: add it under a stack or one of its constructs",
        nested.node().path());
  }
  try {
    return Stack::of(*scope);
  } catch (const ValidationError&) {
    throw ValidationError(
        "a NestedStack must be created inside a Stack\n    fix: add it under a stack or one of its constructs",
        nested.node().path());
  }
}

// The AWS::CloudFormation::Stack resource goes beside the nested stack, under
// "<id>.NestedStack/<id>.NestedStackResource", which fixes its logical ID as aws-cdk-lib does.
CfnResource& add_stack_resource(NestedStack& nested, const NestedStackProps& props) {
  Construct& scope = *nested.node().scope();
  const std::string& id = nested.node().id();
  auto& holder = scope.add<Construct>(id + ".NestedStack");
  Json properties = Json::object();
  if (!props.notification_arns.empty()) properties["NotificationARNs"] = props.notification_arns;
  // Uncached: reference resolution adds parameters after the first rendering.
  properties["Parameters"] = Lazy::uncached_any(
      nested,
      [&nested]() -> Json {
        if (nested.parameters().empty()) return Json(Json::value_t::discarded);
        Json out = Json::object();
        for (const auto& [name, value] : nested.parameters()) out[name] = value;
        return out;
      },
      {.concurrent = true});
  properties["TemplateURL"] = "";  // replaced by the template asset's URL during synthesis
  if (props.timeout_minutes > 0) properties["TimeoutInMinutes"] = props.timeout_minutes;
  auto& resource = holder.add<CfnResource>(
      id + ".NestedStackResource",
      {.properties = std::move(properties), .tagging = TagSpec{}, .type = "AWS::CloudFormation::Stack"});
  resource.apply_removal_policy(props.removal_policy);
  return resource;
}

// Synthesis keeps each element's rendering from reference resolution for the template
// (AppState::prerendered). The nested stack's resource renders differently once a parameter or
// its template URL changes (both are set by synthesis after or during that pass), so a kept
// rendering of it is dropped where it changes.
void forget_prerendered(const CfnResource& resource) { App::of(resource).state().prerendered.erase(&resource); }

}  // namespace

NestedStack::NestedStack(Scope scope, NestedStackProps props)
    : Stack(std::move(scope), StackProps{.description = props.description}, Stack::NestedTag{}),
      parent_(parent_stack_of(*this)),
      parameters_(std::move(props.parameters)),
      resource_(add_stack_resource(*this, props)) {}

std::string NestedStack::template_file() const {
  std::vector<std::string> components;
  for (Construct* scope : node().scopes()) {
    if (scope->node().scope() != nullptr) components.push_back(scope->node().id());
  }
  return detail::make_unique_id(components) + ".nested.template.json";
}

void NestedStack::set_parameter(const std::string& name, std::string value) {
  parameters_[name] = std::move(value);
  forget_prerendered(resource_);
}

FileAssetLocation NestedStack::add_file_asset(const FileAssetSource& asset) {
  return parent_.add_file_asset(asset);
}

void NestedStack::set_template_url(std::string url) {
  resource_.properties()["TemplateURL"] = std::move(url);
  forget_prerendered(resource_);
}

}  // namespace cdk
