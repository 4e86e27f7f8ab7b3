#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/core/file_asset.hpp>
#include <string>

namespace cdk::s3_assets {

/// Props of an asset.
struct AssetProps {
  /// The file or directory to publish; a relative path is taken from the current directory.
  std::string path{};
};

/// A local file or directory staged into the cloud assembly as `asset.<hash>` and published by
/// the CDK CLI to the bootstrap bucket; the hash is aws-cdk-lib's source fingerprint, so the
/// same content gets the same S3 key as with aws-cdk-lib. A directory is hashed and staged as
/// aws-cdk-lib does it: a symbolic link out of the directory is followed (its file or
/// directory staged in its place), one inside it stays a link; named pipes, sockets and
/// devices in it are left out. A path that is neither a file nor a directory is an error.
class Asset : public Construct {
 public:
  using Props = AssetProps;

  Asset(Scope scope, AssetProps props);

  /// The source fingerprint.
  const std::string& asset_hash() const noexcept { return hash_; }
  /// The bucket the asset is published to.
  const std::string& s3_bucket_name() const noexcept { return location_.bucket_name; }
  /// The object key ("<hash>.zip" for a directory, "<hash><extension>" for a file).
  const std::string& s3_object_key() const noexcept { return location_.object_key; }
  /// The https:// URL of the object.
  const std::string& http_url() const noexcept { return location_.http_url; }
  /// The s3:// URL of the object.
  const std::string& s3_object_url() const noexcept { return location_.s3_object_url; }
  /// True for a directory (published as a zip).
  bool is_zip_archive() const noexcept { return zip_; }

 private:
  std::string hash_;
  bool zip_ = false;
  FileAssetLocation location_;
};

}  // namespace cdk::s3_assets
