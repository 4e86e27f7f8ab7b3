#include <algorithm>
#include <cdk/core/construct.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/grant.hpp>

#include "iam/detail/tokens.hpp"

namespace cdk::iam {
namespace {

std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) out += (i > 0 ? "," : "") + values[i];
  return out;
}

cdk::Construct* as_construct(IResourceWithPolicy& resource) {
  return dynamic_cast<cdk::Construct*>(&resource);
}

IResourceWithPolicy& require_resource(IResourceWithPolicy* resource, const char* function) {
  if (resource != nullptr) return *resource;
  throw ValidationError(
      std::string("Grant::") + function +
          " needs the resource whose policy may take the statement (got .resource = nullptr)\n" +
          "    fix: set .resource to the bucket, key or topic, or use Grant::add_to_principal",
      "");
}

// The dependable of a resource-policy statement: the policy construct, else the resource.
cdk::Construct* resource_dependable(
    const AddToResourcePolicyResult& result, IResourceWithPolicy& resource) {
  if (!result.statement_added) return nullptr;
  return result.policy_dependable != nullptr ? result.policy_dependable : as_construct(resource);
}

}  // namespace

std::string IResourceWithPolicy::env_account() const {
  const auto* construct = dynamic_cast<const cdk::Construct*>(this);
  if (construct == nullptr) {
    throw AssumptionError(
        "an IResourceWithPolicy that is not a cdk::Construct must override env_account()", "");
  }
  return cdk::Stack::of(*construct).account();
}

Grant::Grant(
    PrincipalRef grantee, std::vector<std::string> actions, std::vector<std::string> resource_arns)
    : grantee_(std::move(grantee)),
      actions_(std::move(actions)),
      resource_arns_(std::move(resource_arns)) {}

Grant Grant::add_to_principal(const GrantOnPrincipalOptions& options) {
  Grant grant(options.grantee, options.actions, options.resource_arns);
  PolicyStatement statement({
      .actions = options.actions,
      .conditions = options.conditions,
      .resources = options.resource_arns,
  });
  PrincipalRef principal = options.grantee;
  const auto added = principal.add_to_principal_policy(statement);
  if (!added.statement_added) return grant;
  if (added.policy_dependable == nullptr) {
    throw AssumptionError(
        "Contract violation: when Principal returns statement_added=true, it should return a "
        "dependable "
        "(" +
            principal.to_string() + ")",
        "");
  }
  grant.principal_statement_ = statement;
  grant.principal_statements_.push_back(statement);
  grant.dependables_.push_back(added.policy_dependable);
  return grant;
}

Grant Grant::add_to_principal_or_resource(const GrantWithResourceOptions& options) {
  IResourceWithPolicy& resource =
      require_resource(options.resource, "add_to_principal_or_resource");
  Grant result = add_to_principal({
      .actions = options.actions,
      .conditions = options.conditions,
      .grantee = options.grantee,
      .resource_arns = options.resource_arns,
  });
  const std::string principal_account = options.grantee.principal_account();
  bool same_account = false;
  if (!principal_account.empty()) {
    const auto comparison = detail::compare_strings(resource.env_account(), principal_account);
    same_account = comparison == detail::TokenComparison::same ||
                   comparison == detail::TokenComparison::both_unresolved;
  }
  if (result.success() && same_account) return result;

  PolicyStatement statement({
      .actions = options.actions,
      .conditions = options.conditions,
      .principals = {options.grantee},
      .resources = options.resource_self_arns.value_or(options.resource_arns),
  });
  const auto added = resource.add_to_resource_policy(statement);
  Grant grant(options.grantee, options.actions, options.resource_arns);
  grant.resource_statement_ = statement;
  grant.resource_statements_.push_back(statement);
  if (auto* dependable = resource_dependable(added, resource))
    grant.dependables_.push_back(dependable);
  return grant;
}

Grant Grant::add_to_principal_and_resource(const GrantOnPrincipalAndResourceOptions& options) {
  IResourceWithPolicy& resource =
      require_resource(options.resource, "add_to_principal_and_resource");
  Grant result = add_to_principal({
      .actions = options.actions,
      .conditions = options.conditions,
      .grantee = options.grantee,
      .resource_arns = options.resource_arns,
  });
  PolicyStatement statement({
      .actions = options.actions,
      .conditions = options.conditions,
      .principals = {options.resource_policy_principal.value_or(options.grantee)},
      .resources = options.resource_self_arns.value_or(options.resource_arns),
  });
  const auto added = resource.add_to_resource_policy(statement);
  // As aws-cdk-lib's grant.ts: the resource statement is reported as the principal statement,
  // and the principal grant's (absent) resource statement as the resource statement.
  Grant grant(options.grantee, options.actions, options.resource_arns);
  grant.principal_statement_ = statement;
  grant.principal_statements_.push_back(statement);
  grant.resource_statement_ = result.resource_statement_;
  if (result.resource_statement_) grant.resource_statements_.push_back(*result.resource_statement_);
  grant.dependables_ = result.dependables_;
  if (auto* dependable = resource_dependable(added, resource))
    grant.dependables_.push_back(dependable);
  return grant;
}

Grant Grant::add_statement_to_resource_policy(
    const PrincipalRef& grantee, IResourceWithPolicy& resource, const PolicyStatement& statement) {
  const auto added = resource.add_to_resource_policy(statement);
  Grant grant(grantee, statement.actions(), statement.resources());
  grant.resource_statement_ = statement;
  grant.resource_statements_.push_back(statement);
  if (auto* dependable = resource_dependable(added, resource))
    grant.dependables_.push_back(dependable);
  return grant;
}

Grant Grant::drop(const PrincipalRef& grantee, const std::string& /*intent*/) {
  return Grant(grantee, {}, {});
}

void Grant::assert_success() const {
  if (success()) return;
  throw ValidationError(
      "Permissions for '" + grantee_.to_string() + "' to call '" + join(actions_) + "' on '" +
          join(resource_arns_) + "' could not be added on either identity or resource policy.\n" +
          "    fix: grant to a principal with a policy (a Role), or to a resource with a resource "
          "policy",
      "");
}

void Grant::apply_before(cdk::Construct& construct) const {
  for (cdk::Construct* dependable : dependables_) construct.node().add_dependency(*dependable);
}

Grant Grant::combine(const Grant& other) const {
  Grant combined(grantee_, actions_, resource_arns_);
  combined.principal_statements_ = principal_statements_;
  combined.principal_statements_.insert(
      combined.principal_statements_.end(),
      other.principal_statements_.begin(),
      other.principal_statements_.end());
  combined.resource_statements_ = resource_statements_;
  combined.resource_statements_.insert(
      combined.resource_statements_.end(),
      other.resource_statements_.begin(),
      other.resource_statements_.end());
  if (!combined.principal_statements_.empty())
    combined.principal_statement_ = combined.principal_statements_.front();
  if (!combined.resource_statements_.empty())
    combined.resource_statement_ = combined.resource_statements_.front();
  combined.dependables_ = dependables_;
  for (cdk::Construct* dependable : other.dependables_) {
    if (std::find(combined.dependables_.begin(), combined.dependables_.end(), dependable) ==
        combined.dependables_.end()) {
      combined.dependables_.push_back(dependable);
    }
  }
  return combined;
}

}  // namespace cdk::iam
