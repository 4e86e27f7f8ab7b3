#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cdk {

class Stack;

/// One file of the cloud assembly, with its path relative to the assembly directory.
struct AssemblyFile {
  std::string path{};
  std::string contents{};
};

/// A directory or file copied into the assembly (a staged asset), relative destination.
struct StagedAsset {
  std::filesystem::path source{};
  std::string destination{};
};

/// A synthesized cloud assembly held in memory: the files synth() writes, in writing order.
class CloudAssembly {
 public:
  CloudAssembly(std::string directory, std::vector<AssemblyFile> files, std::vector<StagedAsset> assets);

  /// The output directory the assembly is (or would be) written to.
  const std::string& directory() const noexcept { return directory_; }
  /// Every generated file.
  const std::vector<AssemblyFile>& files() const noexcept { return files_; }
  /// Copies of asset sources made when the assembly is written.
  const std::vector<StagedAsset>& staged_assets() const noexcept { return assets_; }
  /// The file with this relative path, or nullptr.
  const AssemblyFile* find_file(std::string_view path) const;
  /// The parsed template of `stack` (top-level or nested).
  nlohmann::ordered_json template_json(const Stack& stack) const;
  /// The parsed manifest.json.
  nlohmann::ordered_json manifest() const;

 private:
  std::string directory_;
  std::vector<AssemblyFile> files_;
  std::vector<StagedAsset> assets_;
};

}  // namespace cdk
