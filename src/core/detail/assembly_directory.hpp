#pragma once

#include <filesystem>
#include <string>

namespace cdk::detail {

/// Where a cloud assembly goes, and how it replaces the one there.
///
/// Synthesis replaces the output directory whole: the new assembly is written into a sibling
/// directory (`<name>.tmp-<pid>`), then swapped in with one rename, so a failure, or a kill at
/// any moment, leaves the old assembly as it was. A symbolic link to the output directory is
/// followed: the link stays, and the directory it names is replaced.
class AssemblyDirectory {
 public:
  explicit AssemblyDirectory(const std::string& directory);
  /// Releases the staging directory's lock.
  ~AssemblyDirectory();
  AssemblyDirectory(const AssemblyDirectory&) = delete;
  AssemblyDirectory& operator=(const AssemblyDirectory&) = delete;

  /// The output directory, symbolic links resolved.
  const std::filesystem::path& target() const noexcept { return target_; }
  /// The sibling directory the new assembly is written to.
  const std::filesystem::path& staging() const noexcept { return staging_; }

  /// Throws SynthesisError, before anything is written, unless the target can be replaced
  /// whole: nothing there yet (a dangling symbolic link is refused), or a writable directory
  /// holding an earlier assembly or nothing but the CDK CLI's lock files, which is not a mount
  /// point, below directories (not files).
  void check_replaceable() const;
  /// Whether the target holds an earlier assembly (or lock files) that a failure leaves as is.
  bool has_previous() const;
  /// Locks the (created) staging directory until this object goes: a lock, unlike a process
  /// id, also tells a run in another PID namespace (a container sharing the disk) that it is
  /// in use, and goes with its process when that is killed.
  void lock_staging() noexcept;
  /// Removes the staging directories of runs that were killed before they finished (their
  /// process is gone and their directory unlocked), which no one else would ever remove.
  void remove_leftovers() const noexcept;
  /// Puts the staged assembly in place of the target in one step and removes the old one.
  /// Throws SynthesisError (the staged assembly kept) if it can't be moved.
  void swap_in() const;

 private:
  void swap_in_two_steps() const;

  std::filesystem::path target_;
  std::filesystem::path staging_;
  std::filesystem::path previous_;  // the old assembly, where renameat2's flags aren't supported
  int staging_lock_ = -1;           // the staging directory, open and flock()ed
};

}  // namespace cdk::detail
