#include <cdk/core/arn.hpp>
#include <cdk/core/aws.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/managed_policy.hpp>

namespace cdk::iam {

ManagedPolicyRef ManagedPolicy::from_aws_managed_policy_name(
    const std::string& managed_policy_name) {
  return ManagedPolicyRef(cdk::Arn::format({
      .account = "aws",
      .partition = cdk::Aws::partition(),
      .region = "",
      .resource = "policy",
      .resource_name = managed_policy_name,
      .service = "iam",
  }));
}

ManagedPolicyRef ManagedPolicy::from_managed_policy_arn(
    cdk::Construct& scope, const std::string& id, const std::string& managed_policy_arn) {
  scope.add<cdk::Construct>(id);
  return ManagedPolicyRef(managed_policy_arn);
}

ManagedPolicyRef ManagedPolicy::from_managed_policy_name(
    cdk::Construct& scope, const std::string& id, const std::string& managed_policy_name) {
  const auto& stack = cdk::Stack::of(scope);
  scope.add<cdk::Construct>(id);
  return ManagedPolicyRef(stack.format_arn({
      .account = stack.account(),
      .region = "",
      .resource = "policy",
      .resource_name = managed_policy_name,
      .service = "iam",
  }));
}

}  // namespace cdk::iam
