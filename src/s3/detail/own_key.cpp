#include "s3/detail/own_key.hpp"

#include <cdk/kms/key.hpp>
#include <cdk/s3/bucket.hpp>

namespace cdk::s3::detail {

cdk::kms::IKey& create_own_key(Bucket& bucket, bool enable_key_rotation) {
  cdk::kms::KeyProps props{.description = "Created by " + bucket.node().path()};
  if (enable_key_rotation) props.enable_key_rotation = true;
  return bucket.add<cdk::kms::Key>("Key", std::move(props));
}

}  // namespace cdk::s3::detail
