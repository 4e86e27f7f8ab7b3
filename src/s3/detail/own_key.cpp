#include "s3/detail/own_key.hpp"

#include <cdk/core/errors.hpp>
#include <cdk/s3/bucket.hpp>

namespace cdk::s3::detail {

cdk::kms::IKey& create_own_key(Bucket& bucket, bool /*enable_key_rotation*/) {
  throw ValidationError(
      "a kms or dsse bucket without encryption_key needs kms::Key, which this build lacks\n"
      "    fix: pass .encryption_key",
      bucket.node().path());
}

}  // namespace cdk::s3::detail
