#include "s3/detail/grants.hpp"

#include <algorithm>
#include <cdk/kms/key_base.hpp>
#include <cdk/s3/bucket_base.hpp>
#include <vector>

#include "s3/perms.hpp"

namespace cdk::s3::detail {
namespace {

using Actions = std::vector<std::string>;

Actions concat(std::initializer_list<const Actions*> lists) {
  Actions out;
  for (const Actions* list : lists) out.insert(out.end(), list->begin(), list->end());
  return out;
}

Actions unique(const Actions& actions) {
  Actions out;
  for (const auto& action : actions) {
    if (std::find(out.begin(), out.end(), action) == out.end()) out.push_back(action);
  }
  return out;
}

}  // namespace

cdk::iam::Grant grant(
    IBucket& bucket, GrantKind kind, const cdk::iam::IGrantable& grantee, const std::string& pattern) {
  Actions bucket_actions;
  Actions key_actions;
  std::vector<std::string> resources;
  const std::string objects = bucket.arn_for_objects(pattern);
  switch (kind) {
    case GrantKind::read:
      bucket_actions = bucket_read_actions();
      key_actions = key_read_actions();
      resources = {bucket.bucket_arn(), objects};
      break;
    case GrantKind::write:
      bucket_actions = concat({&bucket_delete_actions(), &bucket_put_actions()});
      key_actions = key_write_actions();
      resources = {bucket.bucket_arn(), objects};
      break;
    case GrantKind::read_write:
      bucket_actions =
          concat({&bucket_read_actions(), &bucket_delete_actions(), &bucket_put_actions()});
      key_actions = unique(concat({&key_read_actions(), &key_write_actions()}));
      resources = {bucket.bucket_arn(), objects};
      break;
    case GrantKind::put:
      bucket_actions = bucket_put_actions();
      key_actions = key_write_actions();
      resources = {objects};
      break;
    case GrantKind::remove:
      bucket_actions = bucket_delete_actions();
      resources = {objects};
      break;
  }
  cdk::iam::Grant result = cdk::iam::Grant::add_to_principal_or_resource({
      .actions = bucket_actions,
      .grantee = grantee,
      .resource = &bucket,
      .resource_arns = resources,
  });
  // As aws-cdk-lib: the key grant is made, but the bucket grant is what the caller gets.
  if (!key_actions.empty()) {
    if (cdk::kms::IKey* key = bucket.encryption_key()) key->grant(grantee, key_actions);
  }
  return result;
}

}  // namespace cdk::s3::detail
