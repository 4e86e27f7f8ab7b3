#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/core/token.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace cdk {

class Stack;

/// An element of a CloudFormation template (resource, parameter, output, condition, mapping,
/// rule): it has a logical ID and contributes a fragment to its stack's template.
class CfnElement : public Construct {
 public:
  explicit CfnElement(Scope scope);

  /// `construct` as a CfnElement, or null if it is not one (aws-cdk-lib's isCfnElement).
  static const CfnElement* as_element(const Construct& construct) noexcept;

  /// The logical ID: the override if one was set, else allocated from the construct path the
  /// way aws-cdk-lib does (see Stack::allocate_logical_id).
  const std::string& logical_id() const;
  /// Replaces the allocated logical ID, e.g. to keep the ID of an existing resource.
  void override_logical_id(std::string logical_id);

  /// The stack whose template holds this element.
  Stack& stack() const noexcept { return stack_; }

  /// The template fragment of this element (e.g. {"Resources": {id: {...}}}), tokens unresolved.
  virtual nlohmann::ordered_json to_cloudformation() const = 0;
  /// The fragment with tokens resolved for `context`'s stack, as it goes into the template.
  virtual nlohmann::ordered_json render(ResolveContext& context) const;
  /// Whether render() may run on another thread than the synthesizing one, beside other
  /// elements' (it must only read, apart from what refuses on such a thread: registering
  /// tokens, resolving tokens that do not resolve concurrently). Default: false; true for
  /// CfnResource, CfnOutput, CfnParameter and CfnRule themselves and the library's own
  /// subclasses.
  virtual bool renders_concurrently() const noexcept { return false; }

 private:
  Stack& stack_;
  mutable std::optional<std::string> logical_id_;
};

}  // namespace cdk
