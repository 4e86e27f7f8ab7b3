#include "core/detail/assembly_writer.hpp"

#include <unistd.h>

#include <cdk/core/errors.hpp>
#include <fmt/format.h>
#include <fstream>

namespace cdk::detail {
namespace fs = std::filesystem;
namespace {

void write_file(const fs::path& path, const std::string& contents) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) throw fs::filesystem_error("cannot write file", path, std::make_error_code(std::errc::io_error));
}

// The CDK CLI keeps lock files in the output directory while it runs the app; they must
// survive the swap or the CLI can't release them.
void carry_over_locks(const fs::path& from, const fs::path& to) {
  if (!fs::is_directory(from)) return;
  for (const auto& entry : fs::directory_iterator(from)) {
    if (entry.is_regular_file() && entry.path().extension() == ".lock") {
      fs::copy_file(entry.path(), to / entry.path().filename(), fs::copy_options::overwrite_existing);
    }
  }
}

}  // namespace

void write_assembly(const CloudAssembly& assembly) {
  const fs::path target = fs::absolute(assembly.directory()).lexically_normal();
  const std::string suffix = std::to_string(::getpid());
  const fs::path staging = target.string() + ".tmp-" + suffix;
  const fs::path previous = target.string() + ".old-" + suffix;
  try {
    fs::remove_all(staging);
    fs::create_directories(staging);
    for (const auto& file : assembly.files()) write_file(staging / file.path, file.contents);
    for (const auto& asset : assembly.staged_assets()) {
      const fs::path destination = staging / asset.destination;
      if (fs::is_directory(asset.source)) {
        fs::create_directories(destination);
        fs::copy(asset.source, destination, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
      } else {
        fs::copy_file(asset.source, destination);
      }
    }
    carry_over_locks(target, staging);
  } catch (const fs::filesystem_error& error) {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    throw SynthesisError(
        fmt::format("cannot write the cloud assembly to '{}': {}\n"
                    "    fix: check that the directory's parent exists and is writable; the old "
                    "assembly was left as it was",
                    target.string(), error.what()),
        "");
  }
  try {
    const bool had_previous = fs::exists(target);
    if (had_previous) fs::rename(target, previous);
    fs::rename(staging, target);
    if (had_previous) fs::remove_all(previous);
  } catch (const fs::filesystem_error& error) {
    throw SynthesisError(
        fmt::format("cannot move the new cloud assembly into '{}': {}\n"
                    "    fix: check that nothing holds the directory open; the new assembly is in '{}'",
                    target.string(), error.what(), staging.string()),
        "");
  }
}

}  // namespace cdk::detail
