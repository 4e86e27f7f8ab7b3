#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/s3_assets/asset.hpp>
#include <filesystem>
#include <fmt/format.h>

#include "core/detail/app_state.hpp"
#include "core/detail/fingerprint.hpp"

namespace cdk::s3_assets {
namespace fs = std::filesystem;
namespace {

// The construct path below the nearest stack, as aws-cdk-lib names assets for display.
std::string stack_relative_path(const Construct& construct) {
  const Stack& stack = Stack::of(construct);
  const std::string& stack_path = stack.node().path();
  const std::string& path = construct.node().path();
  return stack_path.empty() ? path : path.substr(stack_path.size() + 1);
}

}  // namespace

Asset::Asset(Scope scope, AssetProps props) : Construct(std::move(scope)) {
  if (props.path.empty()) {
    throw ValidationError("an asset needs a path\n    fix: set .path to a file or directory", node().path());
  }
  const fs::path source = fs::absolute(props.path);
  auto& sources = App::of(*this).state().asset_sources;
  auto known = sources.find(source);
  if (known == sources.end()) {
    if (!fs::exists(source)) {
      throw ValidationError(
          fmt::format(
              "asset path '{}' does not exist (resolved to '{}')\n"
              "    fix: check the path; relative paths are taken from the current directory",
              props.path,
              source.string()),
          node().path());
    }
    std::string fingerprint;
    try {
      fingerprint = detail::fingerprint(source);
    } catch (const ValidationError& error) {
      if (!error.path().empty()) throw;
      throw ValidationError(error.message(), node().path());
    }
    known = sources
                .emplace(
                    source,
                    detail::AppState::AssetSource{std::move(fingerprint), fs::is_directory(source)})
                .first;
  }
  hash_ = known->second.fingerprint;
  zip_ = known->second.is_directory;
  const std::string staged = "asset." + hash_ + (zip_ ? "" : source.extension().string());
  App::of(*this).state().stage_asset(source, staged);
  location_ = Stack::of(*this).add_file_asset({
      .display_name = stack_relative_path(*this),
      .file_name = staged,
      .packaging = zip_ ? FileAssetPackaging::zip_directory : FileAssetPackaging::file,
      .source_hash = hash_,
  });
}

}  // namespace cdk::s3_assets
