#include <algorithm>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/iam/policy.hpp>
#include <cdk/iam/role.hpp>
#include <typeinfo>

#include "core/detail/speculation.hpp"
#include "iam/detail/policy_resource.hpp"

namespace cdk::iam {
namespace {

using Json = nlohmann::ordered_json;

// aws-cdk-lib's generatePolicyName: the last 128 characters of the logical ID.
constexpr std::size_t kMaxPolicyNameLength = 128;

}  // namespace

namespace detail {

bool PolicyResource::should_synthesize() const {
  const auto* policy = dynamic_cast<const Policy*>(node().scope());
  return policy == nullptr || policy->should_synthesize();
}

Json PolicyResource::to_cloudformation() const {
  return should_synthesize() ? CfnResource::to_cloudformation() : Json::object();
}

Json PolicyResource::render(cdk::ResolveContext& context) const {
  return should_synthesize() ? CfnResource::render(context) : Json::object();
}

}  // namespace detail

Policy::Policy(cdk::Scope scope, PolicyProps props)
    : cdk::Construct(std::move(scope)), document_(std::move(props.document)), force_(props.force) {
  if (!props.policy_name.empty()) {
    policy_name_ = props.policy_name;
  } else {
    policy_name_ = cdk::Lazy::string(
        *this,
        [this] {
          const std::string& logical_id = resource_->logical_id();
          return logical_id.size() > kMaxPolicyNameLength
                     ? logical_id.substr(logical_id.size() - kMaxPolicyNameLength)
                     : logical_id;
        },
        {.concurrent = true});
  }
  Json properties = Json::object();
  properties["PolicyDocument"] = document_.to_json(*this);
  properties["PolicyName"] = policy_name_;
  properties["Roles"] = cdk::Lazy::uncached_any(
      *this,
      [this] {
        if (roles_.empty()) return Json(Json::value_t::discarded);
        Json names = Json::array();
        for (const IRole* role : roles_) {
          // Another IRole's role_name() is the user's code: not run while rendering ahead.
          if (typeid(*role) != typeid(Role)) cdk::detail::refuse_while_speculating();
          names.push_back(role->role_name());
        }
        return names;
      },
      {.concurrent = true});
  resource_ = &add<detail::PolicyResource>(
      "Resource", {.properties = std::move(properties), .type = "AWS::IAM::Policy"});

  for (IRole* role : props.roles) {
    if (role == nullptr) {
      throw cdk::ValidationError(
          "roles holds a null role pointer\n    fix: pass the roles to attach, e.g. .roles = "
          "{&role}",
          node().path());
    }
    attach_to_role(*role);
  }
  add_statements(props.statements);
  node().add_validation([this] { return validate_policy(); });
}

void Policy::add_statements(const std::vector<PolicyStatement>& statements) {
  document_.add_statements(statements);
}

void Policy::add_statements(const PolicyStatement& statement) {
  document_.add_statements(statement);
}

void Policy::attach_to_role(IRole& role) {
  const std::string arn = role.role_arn();
  if (std::any_of(
          roles_.begin(), roles_.end(), [&arn](const IRole* r) { return r->role_arn() == arn; }))
    return;
  roles_.push_back(&role);
  role.attach_inline_policy(*this);
}

std::string Policy::policy_name() {
  reference_taken_ = true;
  return policy_name_;
}

bool Policy::should_synthesize() const noexcept {
  return force_ || reference_taken_ || (!document_.is_empty() && is_attached());
}

std::vector<std::string> Policy::validate_policy() const {
  std::vector<std::string> errors;
  if (document_.is_empty()) {
    if (force_)
      errors.emplace_back(
          "Policy created with force=true is empty. You must add statements to the policy");
    if (!force_ && reference_taken_) {
      errors.emplace_back(
          "This Policy has been referenced by a resource, so it must contain at least one "
          "statement.");
    }
  }
  if (!is_attached()) {
    if (force_) {
      errors.emplace_back(
          "Policy created with force=true must be attached to at least one principal: user, group "
          "or role");
    }
    if (!force_ && reference_taken_) {
      errors.emplace_back(
          "This Policy has been referenced by a resource, so it must be attached to at least one "
          "user, group or role.");
    }
  }
  auto identity = document_.validate_for_identity_policy();
  errors.insert(errors.end(), identity.begin(), identity.end());
  return errors;
}

}  // namespace cdk::iam
