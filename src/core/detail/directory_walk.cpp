#include "core/detail/directory_walk.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace cdk::detail {
namespace fs = std::filesystem;
namespace {

class Walk {
 public:
  Walk(const fs::path& directory, const DirectoryVisitor& visitor)
      : canonical_root_(fs::canonical(directory)), visitor_(visitor) {}

  void walk(const fs::path& directory) {
    const fs::path canonical = fs::canonical(directory);
    if (std::find(ancestors_.begin(), ancestors_.end(), canonical) != ancestors_.end()) return;
    ancestors_.push_back(canonical);
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(directory)) entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end(), [](const fs::path& a, const fs::path& b) {
      return a.filename().string() < b.filename().string();
    });
    for (const auto& entry : entries) visit(entry);
    ancestors_.pop_back();
  }

 private:
  void visit(const fs::path& path) {
    const auto status = fs::symlink_status(path);
    if (fs::is_symlink(status)) {
      visit_link(path);
    } else if (fs::is_directory(status)) {
      visit_directory(path);
    } else if (fs::is_regular_file(status) && visitor_.on_file) {
      visitor_.on_file(path, path);
    }
  }

  void visit_directory(const fs::path& path) {
    if (visitor_.on_directory) visitor_.on_directory(path);
    walk(path);
  }

  void visit_link(const fs::path& path) {
    WalkedLink link{.path = path, .link_target = fs::read_symlink(path)};
    // As aws-cdk-lib: the target's directory is made canonical, its last component is not.
    const fs::path absolute = (path.parent_path() / link.link_target).lexically_normal();
    const fs::path resolved = fs::weakly_canonical(absolute.parent_path()) / absolute.filename();
    const std::string root = canonical_root_.string();
    const std::string target = resolved.string();
    if (target == root || target.starts_with(root + "/")) {
      link.target_inside = resolved.lexically_relative(canonical_root_);
      if (visitor_.on_link) visitor_.on_link(link);
      return;
    }
    std::error_code error;
    const auto target_status = fs::status(resolved, error);
    if (error || !fs::exists(target_status)) {
      if (visitor_.on_link) visitor_.on_link(link);
    } else if (fs::is_directory(target_status)) {
      visit_directory(path);
    } else if (fs::is_regular_file(target_status)) {
      if (visitor_.on_file) visitor_.on_file(path, resolved);
    } else if (visitor_.on_unsupported) {
      visitor_.on_unsupported(path);
    }
  }

  fs::path canonical_root_;
  const DirectoryVisitor& visitor_;
  std::vector<fs::path> ancestors_;
};

}  // namespace

void walk_directory(const fs::path& directory, const DirectoryVisitor& visitor) {
  Walk(directory, visitor).walk(directory);
}

}  // namespace cdk::detail
