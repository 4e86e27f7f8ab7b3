#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/principal.hpp>
#include <string>
#include <vector>

namespace cdk::kms {

/// A KMS key (aws-cdk-lib's `IKey`): a construct with an ARN and id, a key policy and grants.
/// kms::Key implements it; s3, sns, logs and backup take keys through it.
class IKey : public cdk::Construct, public cdk::iam::IResourceWithPolicy {
 public:
  explicit IKey(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The key's ARN (a token for keys of this app).
  virtual std::string key_arn() const = 0;
  /// The key's id (a token for keys of this app).
  virtual std::string key_id() const = 0;
  /// Grants `actions` on this key to `grantee`, deciding between the grantee's policy and
  /// the key policy as aws-cdk-lib's Key.grant does.
  virtual cdk::iam::Grant grant(
      const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) = 0;
  /// grant() of aws-cdk-lib's encrypt actions (kms:Encrypt, kms:ReEncrypt*,
  /// kms:GenerateDataKey*), as its KeyBase does for every key.
  virtual cdk::iam::Grant grant_encrypt(const cdk::iam::IGrantable& grantee);
  /// grant() of aws-cdk-lib's decrypt actions (kms:Decrypt).
  virtual cdk::iam::Grant grant_decrypt(const cdk::iam::IGrantable& grantee);
  /// grant() of both, in aws-cdk-lib's order.
  virtual cdk::iam::Grant grant_encrypt_decrypt(const cdk::iam::IGrantable& grantee);
};

}  // namespace cdk::kms
