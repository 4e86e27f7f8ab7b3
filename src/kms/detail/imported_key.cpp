#include "kms/detail/imported_key.hpp"

#include "kms/detail/key_grants.hpp"
#include "kms/perms.hpp"

namespace cdk::kms::detail {

ImportedKey::ImportedKey(cdk::Scope scope, Props props)
    : IKey(std::move(scope)),
      account_(std::move(props.account)),
      key_arn_(std::move(props.key_arn)),
      key_id_(std::move(props.key_id)) {}

cdk::iam::AddToResourcePolicyResult ImportedKey::add_to_resource_policy(
    const cdk::iam::PolicyStatement& /*statement*/) {
  return {};
}

cdk::iam::Grant ImportedKey::grant(
    const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  return grant_on_key(*this, grantee, actions);
}

}  // namespace cdk::kms::detail
