#include <cdk/core/cfn_element.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>

#include "core/detail/speculation.hpp"

namespace cdk {

CfnElement::CfnElement(Scope scope) : Construct(std::move(scope)), stack_(Stack::of(*this)) {
  node().element_ = this;
}

const CfnElement* CfnElement::as_element(const Construct& construct) noexcept {
  return construct.node().element_;
}

const std::string& CfnElement::logical_id() const {
  if (!logical_id_) {
    // A stack may allocate IDs its own way (a subclass): only on the synthesizing thread.
    detail::refuse_while_speculating();
    logical_id_ = stack_.allocate_logical_id(*this);
  }
  return *logical_id_;
}

void CfnElement::override_logical_id(std::string logical_id) {
  if (logical_id.empty()) {
    throw ValidationError(
        "override_logical_id got an empty logical ID\n"
        "    fix: pass an alphanumeric logical ID",
        node().path());
  }
  logical_id_ = std::move(logical_id);
}

nlohmann::ordered_json CfnElement::render(ResolveContext& context) const {
  return context.resolve(to_cloudformation());
}

}  // namespace cdk
