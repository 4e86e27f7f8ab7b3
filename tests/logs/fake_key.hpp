#pragma once

#include <cdk/iam/grant.hpp>
#include <cdk/kms/key_base.hpp>
#include <string>
#include <utility>
#include <vector>

namespace cdk::test {

/// A stand-in for a KMS key of another module (kms::Key is built elsewhere): it only has an
/// ARN, as aws-cdk-lib's Key.fromKeyArn.
class FakeKey : public cdk::kms::IKey {
 public:
  struct Props {
    std::string arn{};
  };
  FakeKey(cdk::Scope scope, Props props) : IKey(std::move(scope)), arn_(std::move(props.arn)) {}

  std::string key_arn() const override { return arn_; }
  std::string key_id() const override { return arn_.substr(arn_.rfind('/') + 1); }
  cdk::iam::Grant grant(
      const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) override {
    return cdk::iam::Grant::add_to_principal(
        {.actions = actions, .grantee = grantee, .resource_arns = {arn_}});
  }
  cdk::iam::Grant grant_encrypt(const cdk::iam::IGrantable& grantee) override {
    return grant(grantee, {"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"});
  }
  cdk::iam::Grant grant_decrypt(const cdk::iam::IGrantable& grantee) override {
    return grant(grantee, {"kms:Decrypt"});
  }
  cdk::iam::Grant grant_encrypt_decrypt(const cdk::iam::IGrantable& grantee) override {
    return grant(grantee, {"kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"});
  }
  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& /*statement*/) override {
    return {};
  }

 private:
  std::string arn_;
};

}  // namespace cdk::test
