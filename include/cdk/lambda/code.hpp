#pragma once

#include <string>

namespace cdk {
class Construct;
}

namespace cdk::s3 {
class IBucket;
}

namespace cdk::s3_assets {
class Asset;
}

namespace cdk::lambda {

/// Where a function's code is, once bound to the function (aws-cdk-lib's CodeConfig).
/// Exactly one of inline_code and s3_key is set.
struct CodeConfig {
  /// The source text (CloudFormation's ZipFile). Default: none.
  std::string inline_code{};
  /// The bucket of the zip. Default: none.
  std::string s3_bucket{};
  /// The key of the zip. Default: none.
  std::string s3_key{};
  /// The object version. Default: none (the latest).
  std::string s3_object_version{};
};

/// A function's code (aws-cdk-lib's `Code`): a local directory or zip published as an asset,
/// inline source, or a zip in an S3 bucket. A value: copy it freely; each function binding an
/// asset code gets its own asset (child "Code" of the function, as aws-cdk-lib names it).
class Code {
 public:
  /// A directory (zipped) or a .zip file, staged and published as an s3_assets::Asset with
  /// aws-cdk-lib's fingerprint, so the S3 key equals aws-cdk-lib's for the same files.
  static Code from_asset(std::string path);
  /// Source text (CloudFormation's ZipFile), for runtimes that support it. Throws a
  /// ValidationError if `code` is empty.
  static Code from_inline(std::string code);
  /// A zip in `bucket` under `key` (optionally a given object version). The bucket's name is
  /// read now.
  static Code from_bucket(s3::IBucket& bucket, std::string key, std::string object_version = "");

  /// True for from_inline.
  bool is_inline() const noexcept { return kind_ == Kind::inline_code; }

  /// Binds the code to `function`: creates the asset (child "Code") for from_asset and checks
  /// it is a directory or zip. Returns where the code is and, for an asset, the asset.
  CodeConfig bind(cdk::Construct& function, s3_assets::Asset** asset = nullptr) const;

 private:
  enum class Kind { asset, inline_code, bucket };
  Code(Kind kind, std::string a, std::string b = {}, std::string c = {})
      : kind_(kind), a_(std::move(a)), b_(std::move(b)), c_(std::move(c)) {}

  Kind kind_;
  std::string a_;  // path, source text or bucket name
  std::string b_;  // key
  std::string c_;  // object version
};

}  // namespace cdk::lambda
