#pragma once

#include <string>

namespace cdk {

/// How a file asset is uploaded.
enum class FileAssetPackaging {
  file,           ///< the file as it is
  zip_directory,  ///< a directory, zipped by the CDK CLI when it publishes
};

/// A file or directory in the cloud assembly to publish to the bootstrap bucket.
struct FileAssetSource {
  /// Shown by the CDK CLI while publishing.
  std::string display_name{};
  /// The staged file or directory, relative to the assembly directory.
  std::string file_name{};
  FileAssetPackaging packaging = FileAssetPackaging::file;
  /// The content hash; it names the S3 object.
  std::string source_hash{};
};

/// Where a published file asset lives, as tokens where the account or region is not known.
struct FileAssetLocation {
  std::string bucket_name{};
  std::string http_url{};
  std::string object_key{};
  std::string s3_object_url{};
};

}  // namespace cdk
