#include "kms/detail/key_grants.hpp"

#include <algorithm>
#include <cdk/core/construct.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>

#include "iam/detail/tokens.hpp"

namespace cdk::kms::detail {
namespace {

// A stack's account or region is a literal or the pseudo parameter; two pseudo parameters
// are the same value, as aws-cdk-lib's single Aws.ACCOUNT_ID token compares equal to itself.
bool differs(const std::string& a, const std::string& b) {
  using cdk::iam::detail::TokenComparison;
  const auto comparison = cdk::iam::detail::compare_strings(a, b);
  return comparison != TokenComparison::same && comparison != TokenComparison::both_unresolved;
}

}  // namespace

cdk::iam::Grant grant_on_key(
    IKey& key, const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  const cdk::iam::PrincipalRef principal(grantee);
  // aws-cdk-lib's principalIsOwnedResource: a principal that is a construct of this app.
  const auto* owned = dynamic_cast<const cdk::Construct*>(&principal.get());
  const cdk::Stack& key_stack = cdk::Stack::of(key);
  bool cross_environment = false;
  std::string dependent_account;
  if (owned != nullptr) {
    const cdk::Stack& grantee_stack = cdk::Stack::of(*owned);
    cross_environment = differs(key_stack.account(), grantee_stack.account()) ||
                        differs(key_stack.region(), grantee_stack.region());
    const auto& dependencies = grantee_stack.stack_dependencies();
    if (&grantee_stack != &key_stack &&
        std::find(dependencies.begin(), dependencies.end(), &key_stack) != dependencies.end()) {
      dependent_account = grantee_stack.account();
    }
  }
  if (!cross_environment) {
    return cdk::iam::Grant::add_to_principal_or_resource({
        .actions = actions,
        .grantee = principal,
        .resource = &key,
        .resource_arns = {key.key_arn()},
        .resource_self_arns = std::vector<std::string>{"*"},
    });
  }
  // Across environments the grantee can't reference the key, and the key policy can't name
  // a role of a stack that deploys later, unless that stack depends on the key's.
  std::optional<cdk::iam::PrincipalRef> resource_principal;
  if (!dependent_account.empty())
    resource_principal = cdk::iam::AccountPrincipal(dependent_account);
  return cdk::iam::Grant::add_to_principal_and_resource({
      .actions = actions,
      .grantee = principal,
      .resource = &key,
      .resource_arns = {"*"},
      .resource_policy_principal = resource_principal,
  });
}

}  // namespace cdk::kms::detail
