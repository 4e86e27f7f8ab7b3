#pragma once

namespace cdk::kms {
class IKey;
}

namespace cdk::s3 {
class Bucket;
}

namespace cdk::s3::detail {

/// The key a kms or dsse bucket without encryption_key creates as its child "Key"
/// (aws-cdk-lib: description "Created by <path>", rotation for kms only).
cdk::kms::IKey& create_own_key(Bucket& bucket, bool enable_key_rotation);

}  // namespace cdk::s3::detail
