#pragma once

#include <cdk/core/file_asset.hpp>
#include <string>
#include <vector>

namespace cdk {
class Stack;
}

// aws-cdk-lib's DefaultStackSynthesizer with its default qualifier: the bootstrap-version check
// in each template, and the roles, bucket and asset manifest entries that the CDK CLI uses to
// publish and deploy.
namespace cdk::detail {

class ContainerText;

/// Adds the BootstrapVersion parameter and CheckBootstrapVersion rule (once).
void add_bootstrap_elements(Stack& stack);

/// The text of the `<stack>.assets.json` document for these files, as JSON.stringify(manifest,
/// undefined, 2) writes it; written straight as text, since every stack has one.
std::string asset_manifest_text(const Stack& stack, const std::vector<FileAssetSource>& files);

/// Where a file asset of `stack` is published: the bootstrap bucket, "<hash><ext>" as the key.
FileAssetLocation file_asset_location(const Stack& stack, const FileAssetSource& asset);

/// Appends the stack's entry to `artifacts`, manifest.json's "artifacts" object being written.
void append_stack_artifact(
    ContainerText& artifacts,
    const Stack& stack,
    const std::string& template_hash,
    const std::string& metadata_file);

/// Appends the entry of the stack's asset manifest ("<artifact id>.assets") to `artifacts`.
void append_asset_manifest_artifact(ContainerText& artifacts, const Stack& stack);

/// The bootstrap bucket name for the stack ("cdk-hnb659fds-assets-${AWS::AccountId}-...").
std::string bootstrap_bucket_name(const Stack& stack);

/// Schema version of the cloud assembly written by aws-cdk-lib 2.276.0.
inline constexpr const char* kAssemblyVersion = "55.0.0";

}  // namespace cdk::detail
