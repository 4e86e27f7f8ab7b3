#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/principal.hpp>
#include <string>

namespace cdk::kms {
class IKey;
}

namespace cdk::s3 {

/// An S3 bucket (aws-cdk-lib's `IBucket`): a construct with a name and ARN, a bucket policy
/// and grants. s3::Bucket and the imported buckets of Bucket::from_bucket_name/_arn
/// implement it; the object ARNs and grants are the same for both (aws-cdk-lib's
/// BucketBase), built from bucket_arn(), encryption_key() and add_to_resource_policy().
class IBucket : public cdk::Construct, public cdk::iam::IResourceWithPolicy {
 public:
  explicit IBucket(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The bucket's ARN (a token for buckets of this app).
  virtual std::string bucket_arn() const = 0;
  /// The bucket's name (a token for buckets of this app).
  virtual std::string bucket_name() const = 0;
  /// The KMS key encrypting the bucket, if any.
  virtual cdk::kms::IKey* encryption_key() const = 0;
  /// `<bucket ARN>/<key_pattern>`, as aws-cdk-lib's arnForObjects.
  virtual std::string arn_for_objects(const std::string& key_pattern) const;
  /// Grants aws-cdk-lib's read actions on the bucket and its objects matching
  /// `objects_key_pattern` (and decrypt on its key).
  virtual cdk::iam::Grant grant_read(
      const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern = "*");
  /// aws-cdk-lib's write actions (and encrypt/decrypt on its key).
  virtual cdk::iam::Grant grant_write(
      const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern = "*");
  /// Read and write.
  virtual cdk::iam::Grant grant_read_write(
      const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern = "*");
  /// aws-cdk-lib's put actions (and encrypt on its key).
  virtual cdk::iam::Grant grant_put(
      const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern = "*");
  /// s3:DeleteObject*.
  virtual cdk::iam::Grant grant_delete(
      const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern = "*");
};

}  // namespace cdk::s3
