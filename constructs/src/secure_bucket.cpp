#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk_constructs/secure_bucket.hpp>
#include <fmt/format.h>

namespace cdk_constructs {
namespace {

cdk::s3::BucketProps to_bucket_props(const cdk::Scope& scope, SecureBucketProps props) {
  auto& parent = scope.parent();
  if (props.server_access_logs_bucket == nullptr) {
    throw cdk::ValidationError(
        fmt::format(
            "SecureBucket '{}' needs server_access_logs_bucket: every project bucket logs its "
            "access; pass the AccessLogsBucket",
            scope.id()),
        parent.node().path());
  }
  const auto& stack = cdk::Stack::of(parent);
  return {
      .block_public_access = cdk::s3::BlockPublicAccess::block_all(),
      .encryption = props.encryption,
      .encryption_key = props.encryption_key,
      .enforce_ssl = true,
      .lifecycle_rules = std::move(props.lifecycle_rules),
      .object_ownership = cdk::s3::ObjectOwnership::bucket_owner_enforced,
      .removal_policy = props.removal_policy,
      .server_access_logs_bucket = props.server_access_logs_bucket,
      .server_access_logs_prefix = fmt::format(
          "_logs/{}/{}/{}/{}", stack.account(), stack.region(), parent.node().path(), scope.id()),
      .versioned = props.versioned,
  };
}

}  // namespace

// The props are built before the scope moves into the base: the delegating constructor takes
// the scope by reference, so to_bucket_props still sees its parent and id.
SecureBucket::SecureBucket(cdk::Scope scope, SecureBucketProps props)
    : SecureBucket(std::move(scope), to_bucket_props(scope, std::move(props))) {}

SecureBucket::SecureBucket(cdk::Scope&& scope, cdk::s3::BucketProps props)
    : cdk::s3::Bucket(std::move(scope), std::move(props)) {}

}  // namespace cdk_constructs
