#pragma once

// The bucket that receives the server access logs of the project's other buckets.
#include <cdk/core/removal_policy.hpp>
#include <cdk/s3/bucket.hpp>

namespace cdk_constructs {

/// Props of an AccessLogsBucket.
struct AccessLogsBucketProps {
  /// Default: RETAIN.
  cdk::RemovalPolicy removal_policy = cdk::RemovalPolicy::retain;
};

/// An s3::Bucket for server access logs (example-app.md, PersistentStack): public access
/// blocked, S3-managed encryption, TLS enforced, log delivery by ACL (BUCKET_OWNER_PREFERRED,
/// LOG_DELIVERY_WRITE), versioned, objects moved to Intelligent-Tiering at once and archived
/// after 180 days, and nobody may delete a log object. Carries the cdk-nag suppression of
/// AwsSolutions-S1 (a log bucket does not log its own access).
class AccessLogsBucket : public cdk::s3::Bucket {
 public:
  using Props = AccessLogsBucketProps;

  AccessLogsBucket(cdk::Scope scope, AccessLogsBucketProps props);
};

}  // namespace cdk_constructs
