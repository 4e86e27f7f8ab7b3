#include "core/detail/cfn_reference.hpp"

#include <fmt/format.h>

#include <cdk/core/cfn_element.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>

#include "core/detail/json_object.hpp"
#include "core/detail/speculation.hpp"

namespace cdk::detail {

CfnReference::CfnReference(const CfnElement& target, std::string attribute)
    : target_(target), attribute_(std::move(attribute)) {}

nlohmann::ordered_json CfnReference::intrinsic() const {
  if (attribute_.empty()) return object_of("Ref", target_.logical_id());
  return object_of("Fn::GetAtt", nlohmann::ordered_json::array({target_.logical_id(), attribute_}));
}

nlohmann::ordered_json CfnReference::resolve(ResolveContext& context) const {
  const Stack& consumer = context.stack();
  if (&consumer == &target_.stack()) return intrinsic();
  auto it = replacements_.find(&consumer);
  if (it != replacements_.end()) return it->second;
  // Preparing a reference changes both stacks: ahead of time only a known one is rendered.
  if (speculating()) return defer_reference(*this, consumer);
  if (const auto* prepare = context.reference_preparer()) return (*prepare)(*this, consumer);
  throw SynthesisError(
      fmt::format(
          "{} of {} is used in stack '{}', but it belongs to stack '{}' and no cross-stack "
          "reference was prepared for it\n"
          "    fix: use the value only in its own stack",
          attribute_.empty() ? "Ref" : "attribute " + attribute_, target_.node().path(),
          consumer.node().path(), target_.stack().node().path()),
      context.scope().node().path());
}

std::string CfnReference::display_hint() const {
  return target_.node().id() + "." + (attribute_.empty() ? "Ref" : attribute_);
}

const std::string* CfnReference::replacement_in(const Stack& consumer) const {
  auto it = replacements_.find(&consumer);
  return it != replacements_.end() ? &it->second : nullptr;
}

void CfnReference::set_replacement(const Stack& consumer, std::string replacement) const {
  refuse_while_speculating();
  replacements_[&consumer] = std::move(replacement);
}

}  // namespace cdk::detail

namespace cdk::detail {

nlohmann::ordered_json LogicalIdToken::resolve(ResolveContext& /*context*/) const {
  return element_.logical_id();
}

std::string LogicalIdToken::display_hint() const { return element_.node().id() + ".LogicalID"; }

}  // namespace cdk::detail
