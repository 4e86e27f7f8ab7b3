#pragma once

#include <string>

namespace cdk {
class Construct;
}

namespace cdk::iam {

/// A managed policy (aws-cdk-lib's IManagedPolicy): all a role needs is its ARN.
class IManagedPolicy {
 public:
  IManagedPolicy() = default;
  IManagedPolicy(const IManagedPolicy&) = default;
  IManagedPolicy& operator=(const IManagedPolicy&) = default;
  IManagedPolicy(IManagedPolicy&&) = default;
  IManagedPolicy& operator=(IManagedPolicy&&) = default;
  virtual ~IManagedPolicy() = default;
  /// The policy's ARN, possibly a token.
  virtual std::string managed_policy_arn() const = 0;
};

/// A managed policy held by value (its ARN), for props such as RoleProps::managed_policies.
/// Made from any IManagedPolicy, so it never dangles.
class ManagedPolicyRef final : public IManagedPolicy {
 public:
  /// The policy with this ARN.
  explicit ManagedPolicyRef(std::string arn) : arn_(std::move(arn)) {}
  /// The ARN of `policy`.
  ManagedPolicyRef(const IManagedPolicy& policy)  // NOLINT(google-explicit-constructor): a handle
      : arn_(policy.managed_policy_arn()) {}
  std::string managed_policy_arn() const override { return arn_; }

 private:
  std::string arn_;
};

/// Managed policies that exist outside the app. (Customer managed policies created by the
/// app, AWS::IAM::ManagedPolicy, are not supported yet.)
class ManagedPolicy {
 public:
  /// An AWS managed policy by name, e.g. "service-role/AWSLambdaBasicExecutionRole":
  /// "arn:${AWS::Partition}:iam::aws:policy/<name>".
  static ManagedPolicyRef from_aws_managed_policy_name(const std::string& managed_policy_name);
  /// An existing policy by ARN. As in aws-cdk-lib, `id` names a construct added under `scope`
  /// (a plain construct: it renders nothing), so a duplicate id is an error.
  static ManagedPolicyRef from_managed_policy_arn(
      cdk::Construct& scope, const std::string& id, const std::string& managed_policy_arn);
  /// An existing customer managed policy of the scope's account by name (optionally with its
  /// path prefix, e.g. "teams/Readers"): "arn:<partition>:iam::<account>:policy/<name>".
  static ManagedPolicyRef from_managed_policy_name(
      cdk::Construct& scope, const std::string& id, const std::string& managed_policy_name);
};

}  // namespace cdk::iam
