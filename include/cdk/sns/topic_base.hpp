#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/principal.hpp>
#include <string>

namespace cdk::sns {

/// An SNS topic (aws-cdk-lib's `ITopic`): a construct with an ARN and name, a topic policy
/// and grants. sns::Topic implements it; alarm actions and rule targets take topics
/// through it.
class ITopic : public cdk::Construct, public cdk::iam::IResourceWithPolicy {
 public:
  explicit ITopic(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The topic's ARN (a token for topics of this app).
  virtual std::string topic_arn() const = 0;
  /// The topic's name (a token for topics of this app).
  virtual std::string topic_name() const = 0;
  /// Grants sns:Publish on this topic to `grantee` (and kms use of its master key, if any).
  virtual cdk::iam::Grant grant_publish(const cdk::iam::IGrantable& grantee) = 0;
};

}  // namespace cdk::sns
