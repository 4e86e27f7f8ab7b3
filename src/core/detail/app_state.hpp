#pragma once

#include <algorithm>
#include <cdk/core/aspects.hpp>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/cloud_assembly.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/detail/template_text.hpp"
#include "core/detail/token_map.hpp"

namespace cdk::detail {

/// What an App keeps beside its tree: the token table, the aspects of each construct and the
/// asset sources to copy into the assembly.
struct AppState {
  TokenMap tokens;
  std::unordered_map<const Construct*, std::vector<AspectApplication>> aspects;
  std::vector<StagedAsset> staged_assets;
  /// What is known of an asset source, by absolute path: the files do not change while the
  /// App is built, and a tree with one Lambda per stack would otherwise hash the same
  /// directory, and ask the file system about it twice, once per stack.
  struct AssetSource {
    std::string fingerprint;
    bool is_directory = false;
  };
  std::map<std::filesystem::path, AssetSource> asset_sources;
  /// Template fragments rendered while references were collected, kept for the template when
  /// rendering again would give the same (see resolve_references); each is used once.
  std::unordered_map<const CfnElement*, FragmentText> prerendered;
  /// Set while synthesize() runs: an aspect or validation that calls synth() again would
  /// otherwise recurse until the stack overflows.
  bool synthesizing = false;

  /// Copies `source` to `destination` in the assembly when it is written; the same
  /// destination (the same content hash) is staged once.
  void stage_asset(std::filesystem::path source, std::string destination) {
    auto same = [&](const StagedAsset& asset) { return asset.destination == destination; };
    if (std::none_of(staged_assets.begin(), staged_assets.end(), same)) {
      staged_assets.push_back({std::move(source), std::move(destination)});
    }
  }
};

}  // namespace cdk::detail
