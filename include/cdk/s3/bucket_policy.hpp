#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/iam/policy_document.hpp>
#include <optional>

namespace cdk {
class CfnResource;
}

namespace cdk::s3 {

class IBucket;

/// Props of a BucketPolicy.
struct BucketPolicyProps {
  /// The bucket the policy applies to (non-owning). Required.
  IBucket* bucket = nullptr;
  /// The initial document. Default: empty.
  cdk::iam::PolicyDocument document{};
  /// Default: not applied (CloudFormation deletes the policy).
  std::optional<cdk::RemovalPolicy> removal_policy{};
};

/// An S3 bucket policy (AWS::S3::BucketPolicy; aws-cdk-lib's BucketPolicy). A Bucket creates
/// its own as child "Policy" on the first resource-policy statement. The document renders at
/// synthesis, so statements added later appear.
class BucketPolicy : public cdk::Construct {
 public:
  using Props = BucketPolicyProps;

  BucketPolicy(cdk::Scope scope, BucketPolicyProps props);

  /// The document.
  cdk::iam::PolicyDocument& document() noexcept { return document_; }
  const cdk::iam::PolicyDocument& document() const noexcept { return document_; }
  /// The bucket.
  IBucket& bucket() const noexcept { return *bucket_; }
  /// Sets DeletionPolicy and UpdateReplacePolicy.
  void apply_removal_policy(cdk::RemovalPolicy policy);
  /// The AWS::S3::BucketPolicy resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

 private:
  IBucket* bucket_;
  cdk::iam::PolicyDocument document_;
  cdk::CfnResource* resource_ = nullptr;
};

}  // namespace cdk::s3
