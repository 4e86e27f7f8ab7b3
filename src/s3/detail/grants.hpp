#pragma once

// aws-cdk-lib's BucketGrants (aws-s3/lib/bucket-grants.ts), shared by Bucket and the imported
// buckets.

#include <cdk/iam/grant.hpp>
#include <cdk/iam/principal.hpp>
#include <string>

namespace cdk::s3 {
class IBucket;
}

namespace cdk::s3::detail {

enum class GrantKind { read, write, read_write, put, remove };

/// Grants `kind` on `bucket` (and its objects matching `pattern`) to `grantee`: a statement in
/// the grantee's policy, or in the bucket policy when the grantee has none or is in another
/// account; plus the key actions on the bucket's key, if it has one. Returns the bucket grant.
cdk::iam::Grant grant(
    IBucket& bucket, GrantKind kind, const cdk::iam::IGrantable& grantee, const std::string& pattern);

}  // namespace cdk::s3::detail
