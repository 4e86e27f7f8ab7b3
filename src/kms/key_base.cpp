#include <cdk/kms/key_base.hpp>

#include "kms/perms.hpp"

namespace cdk::kms {

cdk::iam::Grant IKey::grant_encrypt(const cdk::iam::IGrantable& grantee) {
  return grant(grantee, detail::encrypt_actions());
}

cdk::iam::Grant IKey::grant_decrypt(const cdk::iam::IGrantable& grantee) {
  return grant(grantee, detail::decrypt_actions());
}

cdk::iam::Grant IKey::grant_encrypt_decrypt(const cdk::iam::IGrantable& grantee) {
  return grant(grantee, detail::encrypt_decrypt_actions());
}

}  // namespace cdk::kms
