#pragma once

#include <cdk/core/removal_policy.hpp>
#include <cdk/kms/key_base.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {
class CfnResource;
}

namespace cdk::kms {

/// Props of an Alias.
struct AliasProps {
  /// The alias name; "alias/" is put in front when missing (as aws-cdk-lib does). Must not
  /// start with "alias/aws/"; 1 to 256 of [a-zA-Z0-9:/_-]. Required.
  std::string alias_name{};
  /// Default: none given, so no DeletionPolicy renders (CloudFormation deletes the alias).
  std::optional<cdk::RemovalPolicy> removal_policy{};
  /// The key the alias points to (non-owning). Required.
  IKey* target_key = nullptr;
};

/// Checks an alias name as aws-cdk-lib's Alias does and returns it with the "alias/" prefix;
/// a token is returned as is. Throws a ValidationError naming `path`.
std::string validate_alias_name(const std::string& alias_name, const std::string& path = "");

/// A KMS alias (AWS::KMS::Alias; aws-cdk-lib's Alias). It is itself usable as a key: its ARN
/// and id are the alias's, and grants and policy statements go to the target key.
class Alias : public IKey {
 public:
  using Props = AliasProps;

  Alias(cdk::Scope scope, AliasProps props);

  /// The alias name, "alias/..." (a literal, as aws-cdk-lib renders it).
  const std::string& alias_name() const noexcept { return alias_name_; }
  /// The alias ARN, arn:<partition>:kms:<region>:<account>:alias/<name>.
  std::string alias_arn() const;
  /// The key the alias points to.
  IKey& alias_target_key() const noexcept { return *target_key_; }
  /// The AWS::KMS::Alias resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

  /// alias_arn() (aws-cdk-lib's AliasBase.keyArn).
  std::string key_arn() const override;
  /// alias_name() (aws-cdk-lib's AliasBase.keyId).
  std::string key_id() const override;
  /// Adds to the target key's policy.
  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& statement) override;
  /// The target key's grant.
  cdk::iam::Grant grant(
      const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) override;

 private:
  IKey* target_key_;
  std::string alias_name_;
  cdk::CfnResource* resource_ = nullptr;
};

}  // namespace cdk::kms
