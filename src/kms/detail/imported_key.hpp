#pragma once

#include <cdk/kms/key_base.hpp>
#include <string>
#include <vector>

namespace cdk::kms::detail {

/// A key known by ARN (aws-cdk-lib's ReferencedKey from Key.fromKeyArn): no key policy to add
/// to, an environment taken from the ARN.
class ImportedKey final : public IKey {
 public:
  struct Props {
    std::string account{};
    std::string key_arn{};
    std::string key_id{};
  };

  ImportedKey(cdk::Scope scope, Props props);

  std::string key_arn() const override { return key_arn_; }
  std::string key_id() const override { return key_id_; }
  std::string env_account() const override { return account_; }
  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& statement) override;
  cdk::iam::Grant grant(
      const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) override;

 private:
  std::string account_;
  std::string key_arn_;
  std::string key_id_;
};

}  // namespace cdk::kms::detail
