#pragma once

// The project's secure bucket defaults (example-app.md, CognitoUserBackup's BackupBucket).
#include <cdk/core/removal_policy.hpp>
#include <cdk/s3/bucket.hpp>
#include <optional>
#include <vector>

namespace cdk_constructs {

/// Props of a SecureBucket: what varies between the project's buckets.
struct SecureBucketProps {
  /// Default: S3's default (S3-managed keys; the property is left out).
  std::optional<cdk::s3::BucketEncryption> encryption{};
  /// The key of a KMS-encrypted bucket. Default: none.
  cdk::kms::IKey* encryption_key = nullptr;
  /// Default: none.
  std::vector<cdk::s3::LifecycleRule> lifecycle_rules{};
  /// Default: RETAIN, as an s3::Bucket.
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
  /// The bucket receiving this bucket's server access logs. Required.
  cdk::s3::IBucket* server_access_logs_bucket = nullptr;
  /// Default: false.
  bool versioned = false;
};

/// An s3::Bucket with the project's defaults: public access blocked, TLS enforced, ACLs
/// disabled (BUCKET_OWNER_ENFORCED), and server access logs written to the given bucket under
/// "_logs/<account>/<region>/<parent path>/<id>".
class SecureBucket : public cdk::s3::Bucket {
 public:
  using Props = SecureBucketProps;

  SecureBucket(cdk::Scope scope, SecureBucketProps props);

 private:
  SecureBucket(cdk::Scope&& scope, cdk::s3::BucketProps props);
};

}  // namespace cdk_constructs
