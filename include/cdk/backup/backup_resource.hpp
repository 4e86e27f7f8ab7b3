#pragma once

#include <optional>
#include <string>

namespace cdk {
class Construct;
}

namespace cdk::backup {

/// How a tag condition compares (aws-cdk-lib's TagOperation).
enum class TagOperation {
  string_equals,  ///< "STRINGEQUALS"
};

/// A tag condition of a selection (aws-cdk-lib's TagCondition).
struct TagCondition {
  std::string key{};
  /// Default: TagOperation::string_equals.
  TagOperation operation = TagOperation::string_equals;
  std::string value{};
};

/// What a BackupSelection backs up (aws-cdk-lib's BackupResource): a resource by ARN, the
/// resources carrying a tag, or the backupable resources below a construct.
class BackupResource {
 public:
  /// The resource with this ARN (a token or a literal; wildcards allowed).
  static BackupResource from_arn(std::string arn);
  /// The resources tagged `key` = `value`.
  static BackupResource from_tag(
      std::string key, std::string value, TagOperation operation = TagOperation::string_equals);
  /// Every DynamoDB table, EFS file system, EC2 instance and volume, RDS cluster and RDS
  /// instance outside a cluster at or below `construct`, found when synthesis runs aspects.
  static BackupResource from_construct(cdk::Construct& construct);

  /// The ARN, for from_arn.
  const std::optional<std::string>& resource() const noexcept { return resource_; }
  /// The tag condition, for from_tag.
  const std::optional<TagCondition>& tag_condition() const noexcept { return tag_condition_; }
  /// The construct, for from_construct (non-owning).
  cdk::Construct* construct() const noexcept { return construct_; }

 private:
  BackupResource() = default;
  std::optional<std::string> resource_;
  std::optional<TagCondition> tag_condition_;
  cdk::Construct* construct_ = nullptr;
};

}  // namespace cdk::backup
