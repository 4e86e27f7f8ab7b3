#pragma once

// aws-cdk-lib 2.276.0's KMS action lists (aws-kms/lib/private/perms), in its order.

#include <string>
#include <vector>

namespace cdk::kms::detail {

inline const std::vector<std::string>& admin_actions() {
  static const std::vector<std::string> actions = {
      "kms:Create*",
      "kms:Describe*",
      "kms:Enable*",
      "kms:List*",
      "kms:Put*",
      "kms:Update*",
      "kms:Revoke*",
      "kms:Disable*",
      "kms:Get*",
      "kms:Delete*",
      "kms:TagResource",
      "kms:UntagResource",
      "kms:ScheduleKeyDeletion",
      "kms:CancelKeyDeletion",
  };
  return actions;
}

inline const std::vector<std::string>& encrypt_actions() {
  static const std::vector<std::string> actions = {
      "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"};
  return actions;
}

inline const std::vector<std::string>& decrypt_actions() {
  static const std::vector<std::string> actions = {"kms:Decrypt"};
  return actions;
}

/// Decrypt then encrypt actions, as aws-cdk-lib's grantEncryptDecrypt lists them.
inline const std::vector<std::string>& encrypt_decrypt_actions() {
  static const std::vector<std::string> actions = [] {
    std::vector<std::string> all = decrypt_actions();
    all.insert(all.end(), encrypt_actions().begin(), encrypt_actions().end());
    return all;
  }();
  return actions;
}

}  // namespace cdk::kms::detail
