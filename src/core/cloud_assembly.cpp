#include <cdk/core/cloud_assembly.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>

namespace cdk {

CloudAssembly::CloudAssembly(std::string directory, std::vector<AssemblyFile> files, std::vector<StagedAsset> assets)
    : directory_(std::move(directory)), files_(std::move(files)), assets_(std::move(assets)) {}

const AssemblyFile* CloudAssembly::find_file(std::string_view path) const {
  for (const auto& file : files_) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

nlohmann::ordered_json CloudAssembly::template_json(const Stack& stack) const {
  const auto name = stack.template_file();
  const AssemblyFile* file = find_file(name);
  if (file == nullptr) {
    throw AssumptionError("the assembly has no template file " + name, stack.node().path());
  }
  return nlohmann::ordered_json::parse(file->contents);
}

nlohmann::ordered_json CloudAssembly::manifest() const {
  const AssemblyFile* file = find_file("manifest.json");
  if (file == nullptr) throw AssumptionError("the assembly has no manifest.json", "");
  return nlohmann::ordered_json::parse(file->contents);
}

}  // namespace cdk
