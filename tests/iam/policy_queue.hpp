#pragma once

// A minimal construct with a resource policy (an SQS queue and its QueuePolicy), the C++ twin
// of PolicyQueue in tests/parity/iam.js: it stands in for the s3/kms/sns resources that
// implement iam::IResourceWithPolicy.

#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/policy_document.hpp>

namespace cdk::test {

class PolicyQueue : public cdk::Construct, public cdk::iam::IResourceWithPolicy {
 public:
  using Props = cdk::Construct::Props;

  PolicyQueue(cdk::Scope scope, Props /*props*/)
      : cdk::Construct(std::move(scope)),
        queue_(add<cdk::CfnResource>("Resource", {.type = "AWS::SQS::Queue"})) {}

  std::string queue_arn() const { return queue_.get_att("Arn"); }
  cdk::CfnResource* policy() const noexcept { return policy_; }

  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& statement) override {
    if (policy_ == nullptr) {
      policy_ = &add<cdk::CfnResource>(
          "Policy",
          {
              .properties =
                  {{"PolicyDocument", document_.to_json(*this)}, {"Queues", {queue_.ref()}}},
              .type = "AWS::SQS::QueuePolicy",
          });
    }
    document_.add_statements(statement);
    return {.policy_dependable = policy_, .statement_added = true};
  }

  cdk::iam::Grant grant_send(const cdk::iam::IGrantable& grantee) {
    return cdk::iam::Grant::add_to_principal_or_resource({
        .actions = {"sqs:SendMessage"},
        .grantee = grantee,
        .resource = this,
        .resource_arns = {queue_arn()},
    });
  }

 private:
  cdk::CfnResource& queue_;
  cdk::iam::PolicyDocument document_;
  cdk::CfnResource* policy_ = nullptr;
};

}  // namespace cdk::test
