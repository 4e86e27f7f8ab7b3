#include <fmt/format.h>

#include <cdk/core/construct.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/lambda/code.hpp>
#include <cdk/s3/bucket_base.hpp>
#include <cdk/s3_assets/asset.hpp>
#include <filesystem>

namespace cdk::lambda {

Code Code::from_asset(std::string path) { return {Kind::asset, std::move(path)}; }

Code Code::from_inline(std::string code) {
  if (code.empty()) {
    throw ValidationError(
        "Lambda inline code cannot be empty\n    fix: give Code::from_inline the source text", "");
  }
  return {Kind::inline_code, std::move(code)};
}

Code Code::from_bucket(s3::IBucket& bucket, std::string key, std::string object_version) {
  return {Kind::bucket, bucket.bucket_name(), std::move(key), std::move(object_version)};
}

CodeConfig Code::bind(cdk::Construct& function, s3_assets::Asset** asset) const {
  switch (kind_) {
    case Kind::inline_code:
      return {.inline_code = a_};
    case Kind::bucket:
      return {.s3_bucket = a_, .s3_key = b_, .s3_object_version = c_};
    case Kind::asset:
      break;
  }
  // aws-cdk-lib names the asset "Code" under the function, so its display name and the
  // staged directory are the same as aws-cdk-lib's.
  auto& bound = function.add<s3_assets::Asset>("Code", {.path = a_});
  if (!bound.is_zip_archive()) {
    const std::string extension = std::filesystem::path(a_).extension().string();
    if (extension != ".zip" && extension != ".jar") {
      throw ValidationError(
          fmt::format(
              "Asset must be a .zip file or a directory ({})\n"
              "    fix: give Code::from_asset a directory or a .zip file",
              a_),
          function.node().path());
    }
  }
  if (asset != nullptr) *asset = &bound;
  return {.s3_bucket = bound.s3_bucket_name(), .s3_key = bound.s3_object_key()};
}

}  // namespace cdk::lambda
