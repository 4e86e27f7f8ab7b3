#pragma once

// The action lists of aws-cdk-lib 2.276.0's aws-s3/lib/perms.ts, with the feature-flag choices
// of a bare App (@aws-cdk/aws-s3:grantWriteWithoutAcl is always on in v2).

#include <string>
#include <vector>

namespace cdk::s3::detail {

inline const std::vector<std::string>& bucket_read_actions() {
  static const std::vector<std::string> actions{"s3:GetObject*", "s3:GetBucket*", "s3:List*"};
  return actions;
}

inline const std::vector<std::string>& bucket_put_actions() {
  static const std::vector<std::string> actions{
      "s3:PutObject",
      "s3:PutObjectLegalHold",
      "s3:PutObjectRetention",
      "s3:PutObjectTagging",
      "s3:PutObjectVersionTagging",
      "s3:Abort*",
  };
  return actions;
}

inline const std::vector<std::string>& bucket_delete_actions() {
  static const std::vector<std::string> actions{"s3:DeleteObject*"};
  return actions;
}

inline const std::vector<std::string>& key_read_actions() {
  static const std::vector<std::string> actions{"kms:Decrypt", "kms:DescribeKey"};
  return actions;
}

inline const std::vector<std::string>& key_write_actions() {
  static const std::vector<std::string> actions{
      "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt"};
  return actions;
}

}  // namespace cdk::s3::detail
