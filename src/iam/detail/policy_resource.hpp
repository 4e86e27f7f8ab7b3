#pragma once

#include <cdk/core/cfn_resource.hpp>

namespace cdk::iam::detail {

/// The AWS::IAM::Policy of an iam::Policy: renders nothing while the policy should not be
/// synthesized (aws-cdk-lib's CfnPolicyConditional.shouldSynthesize).
class PolicyResource final : public cdk::CfnResource {
 public:
  PolicyResource(cdk::Scope scope, cdk::CfnResourceProps props)
      : cdk::CfnResource(std::move(scope), std::move(props)) {}
  nlohmann::ordered_json to_cloudformation() const override;
  nlohmann::ordered_json render(cdk::ResolveContext& context) const override;
  /// Reads only whether its policy is attached and CfnResource's rendering.
  bool renders_concurrently() const noexcept override { return true; }

 private:
  bool should_synthesize() const;
};

}  // namespace cdk::iam::detail
