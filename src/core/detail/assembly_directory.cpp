#include "core/detail/assembly_directory.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cdk/core/errors.hpp>
#include <cerrno>
#include <charconv>
#include <climits>
#include <csignal>
#include <cstdio>
#include <optional>
#include <string_view>
#include <system_error>
#include <vector>

namespace cdk::detail {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kStagingMark = ".tmp-";
constexpr std::string_view kPreviousMark = ".old-";

// Symbolic links are followed (an output directory linked to another disk stays linked, and
// the assembly goes where it points), so the temporary directory is made beside the real one.
// A path that can't be examined is kept as written: writing to it reports the problem.
// A trailing '/' ("out/", "out/.") is dropped: the sibling directories are named after the
// path's last part, which must then be the directory itself.
fs::path real_path(const std::string& directory) {
  fs::path absolute = fs::absolute(directory).lexically_normal();
  if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path();
  std::error_code error;
  fs::path real = fs::weakly_canonical(absolute, error);
  return error ? absolute : real;
}

// `<name><mark><pid>`, the name shortened so that the whole stays a valid file name: a
// 250-byte directory name is valid, with ".tmp-12345" after it it would not be. A process id
// has at most 19 digits, so the first 230 bytes of the name always stay.
std::string sibling_name(const std::string& name, std::string_view mark, long pid) {
  const std::string suffix = std::string(mark) + std::to_string(pid);
  const std::size_t room = NAME_MAX > suffix.size() ? NAME_MAX - suffix.size() : 0;
  return name.substr(0, room) + suffix;
}

fs::path sibling(const fs::path& target, std::string_view mark, long pid) {
  return target.parent_path() / sibling_name(target.filename().string(), mark, pid);
}

// The process id in a sibling's name made for `target_name` by sibling_name, or 0.
long sibling_pid(std::string_view entry_name, const std::string& target_name) {
  for (const std::string_view mark : {kStagingMark, kPreviousMark}) {
    const std::size_t at = entry_name.rfind(mark);
    if (at == std::string::npos) continue;
    const std::string_view digits = entry_name.substr(at + mark.size());
    long pid = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
    if (error != std::errc() || end != digits.data() + digits.size() || pid <= 0) continue;
    if (entry_name == sibling_name(target_name, mark, pid)) return pid;
  }
  return 0;
}

bool process_is_gone(long pid) { return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

// Synthesis replaces the output directory whole, so it only replaces what it could have
// written: a cloud assembly, or a directory with nothing but the CDK CLI's lock files.
// Anything else (`-o .` in a project, say) would be deleted. An assembly (ours or
// aws-cdk-lib's) has both manifest.json and the marker file cdk.out: manifest.json alone is a
// common name (web apps, browser extensions). Returns what is missing, or "" if replaceable.
std::string missing_assembly_files(const fs::path& directory) {
  bool only_locks = true;
  bool manifest = false;
  bool marker = false;
  for (const auto& entry : fs::directory_iterator(directory)) {
    const fs::path name = entry.path().filename();
    manifest = manifest || (name == "manifest.json" && entry.is_regular_file());
    marker = marker || (name == "cdk.out" && entry.is_regular_file());
    // The CLI's locks are files: a directory named data.lock holds the user's data.
    only_locks = only_locks && name.extension() == ".lock" && entry.is_regular_file();
  }
  if ((manifest && marker) || only_locks) return "";
  if (manifest) return "it has a manifest.json but no cdk.out marker file";
  if (marker) return "it has a cdk.out file but no manifest.json";
  return "it has no manifest.json and no cdk.out marker file";
}

// A mount's root, a bind mount of a directory of the same file system included (statx knows,
// on Linux 5.8 and later); else a directory on another device than its parent.
bool is_mount_point(const fs::path& directory) {
  struct statx own {};
  if (::statx(AT_FDCWD, directory.c_str(), 0, STATX_BASIC_STATS, &own) == 0 &&
      (own.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) != 0) {
    return (own.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
  }
  struct stat mine {};
  struct stat parent {};
  return ::stat(directory.c_str(), &mine) == 0 &&
         ::stat(directory.parent_path().c_str(), &parent) == 0 && mine.st_dev != parent.st_dev;
}

// A symbolic link that leads to nothing: a missing target, or links that form a loop.
std::string dangling_link(const fs::path& link) {
  std::error_code error;
  const fs::path text = fs::read_symlink(link, error);
  return fmt::format(
      "'{}' is a symbolic link (to '{}') that leads to no directory: its target "
      "does not exist, or the links form a loop",
      link.string(),
      text.string());
}

// What is wrong with the nearest of `path`'s parents that exists or is a link, if anything:
// a file (`-o notes.txt/out`) or a link that leads nowhere.
std::optional<std::string> parent_problem(const fs::path& path) {
  for (fs::path parent = path.parent_path(); !parent.empty(); parent = parent.parent_path()) {
    std::error_code error;
    const auto status = fs::status(parent, error);
    if (fs::exists(status)) {
      if (fs::is_directory(status)) return std::nullopt;
      return fmt::format("'{}' is a file, not a directory", parent.string());
    }
    if (fs::is_symlink(fs::symlink_status(parent, error))) return dangling_link(parent);
    if (parent == parent.root_path()) break;
  }
  return std::nullopt;
}

int rename_with(const fs::path& from, const fs::path& to, unsigned flags) {
  return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags) == 0 ? 0 : errno;
}

fs::filesystem_error move_error(int error, const fs::path& from, const fs::path& to) {
  return fs::filesystem_error(
      "cannot move the new assembly into place",
      from,
      to,
      std::error_code(error, std::generic_category()));
}

}  // namespace

AssemblyDirectory::AssemblyDirectory(const std::string& directory)
    : target_(real_path(directory)),
      staging_(sibling(target_, kStagingMark, ::getpid())),
      previous_(sibling(target_, kPreviousMark, ::getpid())) {}

void AssemblyDirectory::check_replaceable() const {
  const auto refuse = [&](std::string_view what, std::string_view fix) {
    return SynthesisError(
        fmt::format(
            "cannot write the cloud assembly to '{}': {}\n    fix: {}",
            target_.string(),
            what,
            fix),
        "");
  };
  constexpr std::string_view kChooseAnother =
      "choose a new or empty output directory (-o, CDK_OUTDIR or AppProps::outdir)";
  try {
    if (fs::is_symlink(fs::symlink_status(target_))) {  // links to what exists are resolved
      throw refuse(
          dangling_link(target_), "create the directory the link leads to, or replace the link");
    }
    if (!fs::exists(target_)) {
      if (const auto problem = parent_problem(target_)) throw refuse(*problem, kChooseAnother);
      return;
    }
    if (!fs::is_directory(target_))
      throw refuse("it exists and is not a directory", kChooseAnother);
    if (const std::string missing = missing_assembly_files(target_); !missing.empty()) {
      throw refuse(
          fmt::format(
              "the directory holds other files and is not a cloud assembly ({}), and synthesis "
              "replaces the output directory whole",
              missing),
          kChooseAnother);
    }
    if (is_mount_point(target_)) {
      throw refuse(
          "it is a mount point, and synthesis replaces the output directory whole by renaming a "
          "new directory into its place",
          fmt::format(
              "write the assembly to a directory inside it (for instance -o '{}/assembly')",
              target_.string()));
    }
    const int unwritable = ::access(target_.c_str(), W_OK) == 0 ? 0 : errno;
    if (unwritable == EROFS) throw refuse("it is on a read-only file system", kChooseAnother);
    if (unwritable == EACCES) {
      throw refuse(
          "the directory is not writable, and synthesis must remove the old assembly in it",
          "make it writable for the user who runs the synthesis, or choose another output "
          "directory");
    }
  } catch (const fs::filesystem_error& error) {
    throw refuse(
        error.what(),
        error.code() == std::errc::filename_too_long
            ? "choose a shorter output directory path"
            : "check that the directory and its parent are readable and writable");
  }
}

bool AssemblyDirectory::has_previous() const {
  std::error_code ignored;
  return fs::exists(target_, ignored);
}

void AssemblyDirectory::remove_leftovers() const noexcept {
  // Listed with getdents64 into a buffer on the stack: opendir's own buffer is a 32 KiB
  // allocation, and on a small app its first touch cost a fresh 2 MiB page (+0.4 ms, +2 MiB
  // peak RSS at one stack). Nothing is allocated unless a leftover is found.
  const int directory = ::open(target_.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (directory < 0) return;
  const std::string name = target_.filename().string();
  alignas(struct dirent64) std::array<char, 4096> buffer;
  std::vector<fs::path> leftovers;
  while (true) {
    const ssize_t size = ::getdents64(directory, buffer.data(), buffer.size());
    if (size <= 0) break;
    for (ssize_t at = 0; at < size;) {
      const auto* entry = reinterpret_cast<const struct dirent64*>(buffer.data() + at);
      at += entry->d_reclen;
      // Staging directories only: a file or link of that name is left alone.
      if (entry->d_type != DT_DIR && entry->d_type != DT_UNKNOWN) continue;
      // A sibling's name keeps at least the target's first 200 bytes (sibling_name).
      const std::string_view entry_name(entry->d_name);
      if (!entry_name.starts_with(std::string_view(name).substr(0, 200))) continue;
      const long pid = sibling_pid(entry_name, name);
      if (pid == 0 || pid == ::getpid() || !process_is_gone(pid)) continue;
      leftovers.push_back(target_.parent_path() / entry_name);
    }
  }
  ::close(directory);
  for (const auto& leftover : leftovers) {
    // Not through a link; and not while its owner, perhaps in another PID namespace where its
    // process id means another process, holds the lock.
    const int held = ::open(leftover.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (held < 0) continue;
    if (::flock(held, LOCK_EX | LOCK_NB) == 0) {
      std::error_code ignored;
      fs::remove_all(leftover, ignored);
    }
    ::close(held);
  }
}

void AssemblyDirectory::lock_staging() noexcept {
  if (staging_lock_ >= 0) return;
  staging_lock_ = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (staging_lock_ >= 0) ::flock(staging_lock_, LOCK_EX | LOCK_NB);
}

AssemblyDirectory::~AssemblyDirectory() {
  if (staging_lock_ >= 0) ::close(staging_lock_);
}

void AssemblyDirectory::swap_in() const {
  // Exchanged in one step, so the target is never missing, not even for a moment: a concurrent
  // synthesis or the CDK CLI sees the old assembly or the new one.
  int error = rename_with(staging_, target_, RENAME_NOREPLACE);
  if (error == EEXIST || error == ENOTEMPTY)
    error = rename_with(staging_, target_, RENAME_EXCHANGE);
  if (error == EINVAL || error == ENOSYS || error == EOPNOTSUPP) {
    swap_in_two_steps();  // a file system without renameat2's flags
    return;
  }
  if (error != 0) throw move_error(error, staging_, target_);
  // After an exchange the old assembly is in the staging directory. If it can't be removed
  // (a read-only directory inside it), the new assembly is still whole: a later synthesis
  // removes the leftover once this process is gone.
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

void AssemblyDirectory::swap_in_two_steps() const {
  const bool had_previous = has_previous();
  if (had_previous && std::rename(target_.c_str(), previous_.c_str()) != 0)
    throw move_error(errno, target_, previous_);
  if (std::rename(staging_.c_str(), target_.c_str()) != 0) {
    const int error = errno;
    if (had_previous) std::rename(previous_.c_str(), target_.c_str());  // the old one back
    throw move_error(error, staging_, target_);
  }
  std::error_code ignored;
  if (had_previous) fs::remove_all(previous_, ignored);
}

}  // namespace cdk::detail
