#pragma once

#include <cdk/core/duration.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cdk::s3 {

/// An S3 storage class that lifecycle rules move objects to (aws-cdk-lib's StorageClass).
class StorageClass {
 public:
  /// A storage class by its CloudFormation name, e.g. "GLACIER".
  explicit StorageClass(std::string value) : value_(std::move(value)) {}
  /// "STANDARD_IA".
  static StorageClass infrequent_access() { return StorageClass("STANDARD_IA"); }
  /// "ONEZONE_IA".
  static StorageClass one_zone_infrequent_access() { return StorageClass("ONEZONE_IA"); }
  /// "GLACIER".
  static StorageClass glacier() { return StorageClass("GLACIER"); }
  /// "GLACIER_IR".
  static StorageClass glacier_instant_retrieval() { return StorageClass("GLACIER_IR"); }
  /// "DEEP_ARCHIVE".
  static StorageClass deep_archive() { return StorageClass("DEEP_ARCHIVE"); }
  /// "INTELLIGENT_TIERING".
  static StorageClass intelligent_tiering() { return StorageClass("INTELLIGENT_TIERING"); }

  /// The CloudFormation name.
  const std::string& value() const noexcept { return value_; }

 private:
  std::string value_;
};

/// When current object versions move to another storage class (aws-cdk-lib's Transition).
/// Exactly one of transition_after and transition_date must be given.
struct Transition {
  /// Required.
  StorageClass storage_class;
  /// Days after creation, a whole number of days. Default: none.
  std::optional<cdk::Duration> transition_after{};
  /// An ISO 8601 date at midnight UTC, rendered as given (aws-cdk-lib renders a Date as
  /// "2030-01-01T00:00:00Z"). Default: none ("").
  std::string transition_date{};
};

/// When noncurrent object versions move to another storage class.
struct NoncurrentVersionTransition {
  /// How many noncurrent versions S3 keeps in the current class. Default: none.
  std::optional<int> noncurrent_versions_to_retain{};
  /// Required.
  StorageClass storage_class;
  /// Days after the version became noncurrent, a whole number of days. Required.
  cdk::Duration transition_after;
};

/// One lifecycle rule (aws-cdk-lib's LifecycleRule). A rule needs at least one action
/// (abort, expiration, expired_object_delete_marker, noncurrent expiration/retention/transitions
/// or transitions).
struct LifecycleRule {
  /// Abort multipart uploads not completed after this many days. Default: none.
  std::optional<cdk::Duration> abort_incomplete_multipart_upload_after{};
  /// Default: true.
  bool enabled = true;
  /// Delete current versions after this many days. Default: none.
  std::optional<cdk::Duration> expiration{};
  /// Delete current versions on this ISO 8601 date, rendered as given. Default: none ("").
  std::string expiration_date{};
  /// Remove delete markers without noncurrent versions. Not with expiration, expiration_date or
  /// tag_filters. Default: not rendered.
  std::optional<bool> expired_object_delete_marker{};
  /// The rule id. Default: none (S3 generates one).
  std::string id{};
  /// Delete noncurrent versions after this many days. Default: none.
  std::optional<cdk::Duration> noncurrent_version_expiration{};
  /// Noncurrent versions to keep; rendered with noncurrent_version_expiration only.
  /// Default: none.
  std::optional<int> noncurrent_versions_to_retain{};
  /// Default: none.
  std::vector<NoncurrentVersionTransition> noncurrent_version_transitions{};
  /// Only objects larger than this many bytes. Default: all.
  std::optional<long long> object_size_greater_than{};
  /// Only objects smaller than this many bytes. Default: all.
  std::optional<long long> object_size_less_than{};
  /// Only objects whose key starts with this. Default: all ("").
  std::string prefix{};
  /// Only objects with these tags (key, value), rendered in this order. Default: none.
  std::vector<std::pair<std::string, std::string>> tag_filters{};
  /// Default: none.
  std::vector<Transition> transitions{};
};

/// The minimum size of objects lifecycle transitions apply to
/// (LifecycleConfiguration.TransitionDefaultMinimumObjectSize).
enum class TransitionDefaultMinimumObjectSize {
  all_storage_classes_128k,  ///< "all_storage_classes_128K"
  varies_by_storage_class,   ///< "varies_by_storage_class"
};

}  // namespace cdk::s3
