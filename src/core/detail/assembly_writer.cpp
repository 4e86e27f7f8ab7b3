#include "core/detail/assembly_writer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cdk/core/errors.hpp>
#include <cerrno>
#include <climits>
#include <optional>
#include <string_view>

#include "core/detail/directory_walk.hpp"

namespace cdk::detail {
namespace fs = std::filesystem;
namespace {

// Runs on the writing thread, which must not allocate: a thread that has allocated pays for it
// when it ends (with mimalloc, 0.8-1 ms to give its heap back, measured at 100 stacks: 4% of
// the synthesis), and every synthesis ends one. So the path is put together on the stack and
// the file written with POSIX calls, not with fs::path and std::ofstream. Errors may allocate.
void write_file(const fs::path& directory, const std::string& relative_path, const std::string& contents) {
  if (relative_path.find('/') != std::string::npos)
    fs::create_directories((directory / relative_path).parent_path());
  const auto failed = [&](std::errc error) {
    return fs::filesystem_error(
        "cannot write file", directory / relative_path, std::make_error_code(error));
  };
  std::array<char, PATH_MAX> path;
  const std::string& base = directory.native();
  if (base.size() + 1 + relative_path.size() >= path.size())
    throw failed(std::errc::filename_too_long);
  char* end = std::copy(base.begin(), base.end(), path.data());
  *end++ = '/';
  *std::copy(relative_path.begin(), relative_path.end(), end) = '\0';

  const int fd = ::open(path.data(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw failed(static_cast<std::errc>(errno));
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t count = ::write(fd, contents.data() + written, contents.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      const int error = errno;
      ::close(fd);
      throw failed(static_cast<std::errc>(error));
    }
    written += static_cast<std::size_t>(count);
  }
  if (::close(fd) != 0) throw failed(static_cast<std::errc>(errno));
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

// As aws-cdk-lib's copyDirectory: what the fingerprint walk sees is copied, so the copy is
// what the asset hash says. Files and directories are copied; a link out of the directory is
// followed (its file or directory copied in its place), a link inside it stays a link, pointed
// at the copy of its target; named pipes, sockets and devices are left out.
void copy_directory(const fs::path& source, const fs::path& destination) {
  fs::create_directories(destination);
  const auto destination_of = [&](const fs::path& path) {
    return destination / path.lexically_relative(source);
  };
  walk_directory(
      source,
      {
          .on_directory =
              [&](const fs::path& path) { fs::create_directories(destination_of(path)); },
          .on_file =
              [&](const fs::path& path, const fs::path& real_path) {
                fs::copy_file(real_path, destination_of(path));
              },
          .on_link =
              [&](const WalkedLink& link) {
                const fs::path copy = destination_of(link.path);
                fs::path text = link.link_target;  // a broken link out of the directory, as it is
                if (link.target_inside) {
                  text = (destination / *link.target_inside).lexically_relative(copy.parent_path());
                  if (text.empty()) text = ".";
                }
                fs::create_symlink(text, copy);
              },
      });
}

void copy_staged_asset(const StagedAsset& asset, const fs::path& staging) {
  const fs::path destination = staging / asset.destination;
  if (fs::is_directory(asset.source)) {
    copy_directory(asset.source, destination);
  } else {
    fs::copy_file(asset.source, destination);
  }
}

// What a failure left behind, said after every fix.
std::string_view outcome(bool had_previous) {
  return had_previous ? "; the old assembly was left as it was" : "; nothing was left there";
}

// The fix when the output's file system itself is the cause (full, or read-only), whatever
// was being written: files, or a copy of an asset.
std::optional<std::string> file_system_fix(const std::error_code& error, const fs::path& target) {
  const std::string parent = target.parent_path().string();
  if (error == std::errc::no_space_on_device || error.value() == EDQUOT) {
    return fmt::format(
        "free some space on the file system that holds '{}', or write the assembly to another one",
        parent);
  }
  if (error == std::errc::read_only_file_system) {
    return fmt::format(
        "'{}' is on a read-only file system: choose an output directory on a writable one", parent);
  }
  return std::nullopt;
}

// What to do about a file system error while writing the assembly, by its cause;
// `had_previous`: the target held an assembly, which the failure left as it was.
std::string fix_for(const std::error_code& error, const fs::path& target, bool had_previous) {
  std::string fix;
  if (auto file_system = file_system_fix(error, target)) {
    fix = std::move(*file_system);
  } else if (error == std::errc::device_or_resource_busy || error == std::errc::cross_device_link) {
    fix = fmt::format(
        "'{}' is a mount point: write the assembly to a directory inside it (for instance -o "
        "'{}/assembly')",
        target.string(),
        target.string());
  } else if (error == std::errc::filename_too_long) {
    fix = "choose a shorter output directory path";
  } else {
    fix = fmt::format("check that '{}' exists and is writable", target.parent_path().string());
  }
  return fix + std::string(outcome(had_previous));
}

}  // namespace

AssemblyWriter::AssemblyWriter(const std::string& directory) : directory_(directory) {}

AssemblyWriter::~AssemblyWriter() {
  if (finished_) return;
  stop();
  std::error_code ignored;
  if (started_) fs::remove_all(directory_.staging(), ignored);
}

// The temporary directory and the thread come with the first file, so a synthesis that fails
// before rendering anything touches no file.
void AssemblyWriter::start() {
  directory_.check_replaceable();
  had_previous_ = directory_.has_previous();
  directory_.remove_leftovers();
  started_ = true;
  try {
    fs::remove_all(directory_.staging());
    fs::create_directories(directory_.staging());
    directory_.lock_staging();
  } catch (const fs::filesystem_error& error) {
    error_ = error;
    return;
  }
  worker_ = std::thread([this] { run(); });
}

void AssemblyWriter::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    work_ready_.wait(lock, [this] { return closing_ || !queue_.empty(); });
    if (queue_.empty()) return;  // closing, and nothing left
    const AssemblyFile* file = queue_.front();
    queue_.pop_front();
    if (!error_) {
      lock.unlock();
      std::optional<fs::filesystem_error> failure;
      try {
        write_file(directory_.staging(), file->path, file->contents);
      } catch (const fs::filesystem_error& error) {
        failure = error;
      } catch (const std::exception& error) {  // out of memory, for one: reported, not fatal
        failure = fs::filesystem_error(
            error.what(),
            directory_.staging() / file->path,
            std::make_error_code(std::errc::io_error));
      }
      lock.lock();
      if (failure && !error_) error_ = std::move(failure);
    }
  }
}

void AssemblyWriter::write(const AssemblyFile& file) {
  if (!started_) start();
  std::lock_guard lock(mutex_);
  if (error_) return;  // reported by finish()
  queue_.push_back(&file);
  work_ready_.notify_one();
}

void AssemblyWriter::close() { stop(); }

void AssemblyWriter::cancel() noexcept {
  {
    std::lock_guard lock(mutex_);
    queue_.clear();
  }
  stop();
}

void AssemblyWriter::stop() noexcept {
  if (!worker_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  work_ready_.notify_one();
  worker_.join();
}

void AssemblyWriter::fail(const fs::filesystem_error& error) {
  fail(error.what(), fix_for(error.code(), directory_.target(), had_previous_));
}

void AssemblyWriter::fail(std::string_view problem, std::string_view fix) {
  std::error_code ignored;
  fs::remove_all(directory_.staging(), ignored);
  finished_ = true;
  throw SynthesisError(
      fmt::format(
          "cannot write the cloud assembly to '{}': {}\n    fix: {}",
          directory_.target().string(),
          problem,
          fix),
      "");
}

void AssemblyWriter::finish(const CloudAssembly& assembly) {
  if (!started_) start();  // an assembly without files
  stop();
  if (error_) fail(*error_);
  for (const auto& asset : assembly.staged_assets()) {
    // A directory asset holding the output directory would be copied into itself, deeper at
    // each level, until the path is too long.
    std::error_code unreadable;
    const fs::path source = fs::canonical(asset.source, unreadable);
    if (!unreadable && fs::is_directory(source, unreadable)) {
      const fs::path inside = directory_.staging().lexically_relative(source);
      if (!inside.empty() && *inside.begin() != "..") {
        fail(
            fmt::format(
                "the output directory is inside the asset directory '{}', which would "
                "copy itself into itself",
                source.string()),
            "write the assembly outside the asset's directory");
      }
    }
    try {
      copy_staged_asset(asset, directory_.staging());
    } catch (const fs::filesystem_error& error) {
      // A full or read-only output is the output's problem; anything else, the asset's.
      const auto file_system = file_system_fix(error.code(), directory_.target());
      fail(
          fmt::format(
              "cannot copy the asset '{}' into it: {}", asset.source.string(), error.what()),
          file_system.value_or(
              "check that the asset's file or directory still exists and is readable, and that "
              "it does not contain the output directory") +
              std::string(outcome(had_previous_)));
    }
  }
  try {
    carry_over_locks(directory_.target(), directory_.staging());
  } catch (const fs::filesystem_error& error) {
    fail(error);
  }
  try {
    directory_.swap_in();
  } catch (const fs::filesystem_error& error) {
    fail(error);
  }
  finished_ = true;
}

void write_assembly(const CloudAssembly& assembly) {
  AssemblyWriter writer(assembly.directory());
  for (const auto& file : assembly.files()) writer.write(file);
  writer.finish(assembly);
}

}  // namespace cdk::detail
