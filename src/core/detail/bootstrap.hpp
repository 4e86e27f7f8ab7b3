#pragma once

#include <cdk/core/file_asset.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk {
class Stack;
}

// aws-cdk-lib's DefaultStackSynthesizer with its default qualifier: the bootstrap-version check
// in each template, and the roles, bucket and asset manifest entries that the CDK CLI uses to
// publish and deploy.
namespace cdk::detail {

/// Adds the BootstrapVersion parameter and CheckBootstrapVersion rule (once).
void add_bootstrap_elements(Stack& stack);

/// The text of the `<stack>.assets.json` document for these files, as JSON.stringify(manifest,
/// undefined, 2) writes it; written straight as text, since every stack has one.
std::string asset_manifest_text(const Stack& stack, const std::vector<FileAssetSource>& files);

/// Where a file asset of `stack` is published: the bootstrap bucket, "<hash><ext>" as the key.
FileAssetLocation file_asset_location(const Stack& stack, const FileAssetSource& asset);

/// The stack's artifact entry of manifest.json.
nlohmann::ordered_json stack_artifact(
    const Stack& stack, const std::string& template_hash, const std::string& assets_artifact_id,
    const std::string& metadata_file);

/// The asset manifest artifact entry of manifest.json.
nlohmann::ordered_json asset_manifest_artifact(const Stack& stack);

/// The bootstrap bucket name for the stack ("cdk-hnb659fds-assets-${AWS::AccountId}-...").
std::string bootstrap_bucket_name(const Stack& stack);

/// Schema version of the cloud assembly written by aws-cdk-lib 2.276.0.
inline constexpr const char* kAssemblyVersion = "55.0.0";

}  // namespace cdk::detail
