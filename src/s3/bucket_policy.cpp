#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/s3/bucket_base.hpp>
#include <cdk/s3/bucket_policy.hpp>

namespace cdk::s3 {
namespace {

IBucket* require_bucket(IBucket* bucket, const std::string& path) {
  if (bucket != nullptr) return bucket;
  throw ValidationError(
      "BucketPolicy needs the bucket it applies to (got .bucket = nullptr)\n"
      "    fix: set .bucket, or use the bucket's add_to_resource_policy",
      path);
}

}  // namespace

BucketPolicy::BucketPolicy(cdk::Scope scope, BucketPolicyProps props)
    : cdk::Construct(std::move(scope)),
      bucket_(require_bucket(props.bucket, node().path())),
      document_(std::move(props.document)) {
  // Keys in CloudFormation-name order, as the generated CfnBucketPolicy renders them.
  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties = {{"Bucket", bucket_->bucket_name()},
                         {"PolicyDocument", document_.to_json(*this)}},
          .type = "AWS::S3::BucketPolicy",
      });
  if (props.removal_policy) resource_->apply_removal_policy(*props.removal_policy);
}

void BucketPolicy::apply_removal_policy(cdk::RemovalPolicy policy) {
  resource_->apply_removal_policy(policy);
}

}  // namespace cdk::s3
