#include <cdk/s3/bucket_base.hpp>

#include "s3/detail/grants.hpp"

namespace cdk::s3 {

std::string IBucket::arn_for_objects(const std::string& key_pattern) const {
  return bucket_arn() + "/" + key_pattern;
}

cdk::iam::Grant IBucket::grant_read(const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern) {
  return detail::grant(*this, detail::GrantKind::read, grantee, objects_key_pattern);
}

cdk::iam::Grant IBucket::grant_write(const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern) {
  return detail::grant(*this, detail::GrantKind::write, grantee, objects_key_pattern);
}

cdk::iam::Grant IBucket::grant_read_write(
    const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern) {
  return detail::grant(*this, detail::GrantKind::read_write, grantee, objects_key_pattern);
}

cdk::iam::Grant IBucket::grant_put(const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern) {
  return detail::grant(*this, detail::GrantKind::put, grantee, objects_key_pattern);
}

cdk::iam::Grant IBucket::grant_delete(const cdk::iam::IGrantable& grantee, const std::string& objects_key_pattern) {
  return detail::grant(*this, detail::GrantKind::remove, grantee, objects_key_pattern);
}

}  // namespace cdk::s3
