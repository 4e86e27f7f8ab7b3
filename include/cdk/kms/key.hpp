#pragma once

#include <cdk/core/duration.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/kms/alias.hpp>
#include <cdk/kms/key_base.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {
class CfnResource;
}

namespace cdk::kms {

/// The kind of key material (KeySpec).
enum class KeySpec {
  symmetric_default,      ///< "SYMMETRIC_DEFAULT"
  rsa_2048,               ///< "RSA_2048"
  rsa_3072,               ///< "RSA_3072"
  rsa_4096,               ///< "RSA_4096"
  ecc_nist_p256,          ///< "ECC_NIST_P256"
  ecc_nist_p384,          ///< "ECC_NIST_P384"
  ecc_nist_p521,          ///< "ECC_NIST_P521"
  ecc_secg_p256k1,        ///< "ECC_SECG_P256K1"
  ecc_nist_edwards25519,  ///< "ECC_NIST_EDWARDS25519"
  hmac_224,               ///< "HMAC_224"
  hmac_256,               ///< "HMAC_256"
  hmac_384,               ///< "HMAC_384"
  hmac_512,               ///< "HMAC_512"
  sm2,                    ///< "SM2" (China regions only)
  ml_dsa_44,              ///< "ML_DSA_44"
  ml_dsa_65,              ///< "ML_DSA_65"
  ml_dsa_87,              ///< "ML_DSA_87"
};

/// What the key is for (KeyUsage).
enum class KeyUsage {
  encrypt_decrypt,      ///< "ENCRYPT_DECRYPT"
  sign_verify,          ///< "SIGN_VERIFY"
  generate_verify_mac,  ///< "GENERATE_VERIFY_MAC"
  key_agreement,        ///< "KEY_AGREEMENT"
};

/// The CloudFormation name of a key spec, e.g. "RSA_2048".
std::string to_string(KeySpec spec);
/// The CloudFormation name of a key usage, e.g. "SIGN_VERIFY".
std::string to_string(KeyUsage usage);

/// Props of a Key.
struct KeyProps {
  /// Principals granted the key administration actions (grant_admin). Default: none.
  std::vector<cdk::iam::PrincipalRef> admins{};
  /// An alias to create for the key (child "Alias"); "alias/" is added when missing.
  /// Default: none.
  std::string alias{};
  /// Default: none.
  std::string description{};
  /// Default: unset (not rendered: KMS's false), or true when rotation_period is given.
  std::optional<bool> enable_key_rotation{};
  /// Default: unset (CloudFormation's true).
  std::optional<bool> enabled{};
  /// Default: unset (KMS's KeySpec::symmetric_default).
  std::optional<KeySpec> key_spec{};
  /// Default: unset (KMS's KeyUsage::encrypt_decrypt).
  std::optional<KeyUsage> key_usage{};
  /// Default: unset (a single-region key).
  std::optional<bool> multi_region{};
  /// Days KMS waits before deleting the key, 7 to 30. Default: unset (KMS's 30 days).
  std::optional<cdk::Duration> pending_window{};
  /// The initial key policy; when given, the default statement (the account root may do
  /// kms:*) is not added. Default: the default statement.
  std::optional<cdk::iam::PolicyDocument> policy{};
  /// Default: RemovalPolicy::retain (aws-cdk-lib keeps keys).
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
  /// How often the key rotates, 90 to 2560 days. Default: unset (KMS's 365 days).
  std::optional<cdk::Duration> rotation_period{};
};

/// A KMS key (AWS::KMS::Key; aws-cdk-lib's Key with aws-cdk-lib v2's default key policy: the
/// account root may do kms:*, so grants within the account go to the grantee's own policy).
/// Not supported: trust_account_identities = false (removed by aws-cdk-lib v2's defaults),
/// sign/verify/MAC grant helpers (use grant), from_lookup and from_cfn_key.
class Key : public IKey {
 public:
  using Props = KeyProps;

  Key(cdk::Scope scope, KeyProps props);

  /// A key of another stack or app by ARN ("arn:<partition>:kms:<region>:<account>:key/<id>"):
  /// grants go to the grantee's policy only, statements for its key policy are dropped.
  /// Created as child `id` of `scope`; throws a ValidationError if the ARN has no key id.
  static IKey& from_key_arn(cdk::Construct& scope, std::string id, const std::string& key_arn);

  /// {"Fn::GetAtt": [key, "Arn"]}.
  std::string key_arn() const override { return key_arn_; }
  /// {"Ref": key}.
  std::string key_id() const override { return key_id_; }
  /// The key policy (statements added later appear in the template).
  cdk::iam::PolicyDocument& policy() noexcept { return policy_; }
  /// The aliases created by the alias prop and add_alias, in order.
  const std::vector<Alias*>& aliases() const noexcept { return aliases_; }
  /// The AWS::KMS::Key resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

  /// Creates an Alias child: "Alias" for the first, "Alias<alias_name>" for later ones.
  Alias& add_alias(const std::string& alias_name);
  /// Adds a statement to the key policy.
  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& statement) override;
  /// Grants `actions` on the key: within the key's account to the grantee's policy (Resource
  /// the key ARN), to a principal without a policy (a service, an account) in the key policy
  /// (Resource "*"), and across accounts or regions to both (Resource "*"; in the key policy
  /// the grantee's account when its stack depends on the key's).
  cdk::iam::Grant grant(
      const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) override;
  /// Grants the key administration actions (kms:Create*, kms:Describe*, ...).
  cdk::iam::Grant grant_admin(const cdk::iam::IGrantable& grantee);

 private:
  cdk::iam::PolicyDocument policy_;
  std::vector<Alias*> aliases_;
  cdk::CfnResource* resource_ = nullptr;
  std::string key_arn_;
  std::string key_id_;
};

}  // namespace cdk::kms
