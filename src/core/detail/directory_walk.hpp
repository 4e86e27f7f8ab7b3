#pragma once

#include <filesystem>
#include <functional>
#include <optional>

// A directory tree walked the way aws-cdk-lib's walkDirectory (core/lib/fs/utils.ts) walks it
// with its default SymlinkFollowMode.EXTERNAL, for the asset fingerprint and for the copy of a
// directory asset in the assembly: both must see the same files.
namespace cdk::detail {

/// A symbolic link reported as a link: one inside the walked directory, or a broken one.
struct WalkedLink {
  std::filesystem::path path{};         // as walked (through the links followed)
  std::filesystem::path link_target{};  // the link's text
  /// For a link inside the walked directory: its target, relative to the directory (its
  /// canonical path), its last component as written. Nothing for a broken link out of it.
  std::optional<std::filesystem::path> target_inside{};
};

/// What walk_directory reports; a visitor left empty is not called.
struct DirectoryVisitor {
  /// A directory below the walked one, before its entries.
  std::function<void(const std::filesystem::path& path)> on_directory{};
  /// A regular file; `real_path` holds its content (the target of a link followed).
  std::function<void(const std::filesystem::path& path, const std::filesystem::path& real_path)>
      on_file{};
  std::function<void(const WalkedLink& link)> on_link{};
  /// A link out of the directory to what is neither a file nor a directory (a named pipe,
  /// socket or device).
  std::function<void(const std::filesystem::path& path)> on_unsupported{};
};

/// Walks below `directory`, entries in the code-unit order of their names (as JavaScript's
/// sort): a link inside the directory is reported as a link; a link out of it is followed (a
/// directory walked, a file reported as a file) unless broken; a directory met again below
/// itself is skipped, as are named pipes, sockets and devices met directly.
void walk_directory(const std::filesystem::path& directory, const DirectoryVisitor& visitor);

}  // namespace cdk::detail
