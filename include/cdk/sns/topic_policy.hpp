#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/iam/policy_document.hpp>
#include <optional>
#include <vector>

namespace cdk {
class CfnResource;
}

namespace cdk::sns {

class ITopic;

/// Props of a TopicPolicy.
struct TopicPolicyProps {
  /// Adds the statement denying sns:Publish without TLS for each topic. Default: false.
  bool enforce_ssl = false;
  /// The initial document. Default: an empty document that gives statements without a Sid
  /// their index as Sid ("0", "1", ...), as aws-cdk-lib's.
  std::optional<cdk::iam::PolicyDocument> policy_document{};
  /// The topics the policy applies to (non-owning). Required.
  std::vector<ITopic*> topics{};
};

/// A topic's resource policy (AWS::SNS::TopicPolicy; aws-cdk-lib's TopicPolicy). Topic creates
/// one as its child "Policy" on the first resource-policy statement.
class TopicPolicy : public cdk::Construct {
 public:
  using Props = TopicPolicyProps;

  TopicPolicy(cdk::Scope scope, TopicPolicyProps props);

  /// The policy document (statements added later appear in the template).
  cdk::iam::PolicyDocument& document() noexcept { return document_; }
  /// The AWS::SNS::TopicPolicy resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

 private:
  cdk::iam::PolicyDocument document_;
  cdk::CfnResource* resource_ = nullptr;
};

}  // namespace cdk::sns
