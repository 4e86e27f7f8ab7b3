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

cdk::iam::Grant ImportedKey::grant_encrypt(const cdk::iam::IGrantable& grantee) {
  return grant(grantee, encrypt_actions());
}

cdk::iam::Grant ImportedKey::grant_decrypt(const cdk::iam::IGrantable& grantee) {
  return grant(grantee, decrypt_actions());
}

cdk::iam::Grant ImportedKey::grant_encrypt_decrypt(const cdk::iam::IGrantable& grantee) {
  return grant(grantee, encrypt_decrypt_actions());
}

}  // namespace cdk::kms::detail
