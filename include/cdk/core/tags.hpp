#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cdk {

class Construct;

/// Options of a tag operation.
struct TagProps {
  /// Whether an Auto Scaling group passes the tag to its instances. Default: true.
  bool apply_to_launched_instances = true;
  /// Resource types that must not get the operation. Default: none excluded.
  std::vector<std::string> exclude_resource_types{};
  /// Only these resource types get the operation. Default: every taggable type.
  std::vector<std::string> include_resource_types{};
  /// Higher wins over lower. Default: 100 to add, 200 to remove, as aws-cdk-lib.
  std::optional<int> priority{};
};

/// Tags every taggable resource (and stack) below a scope, through an aspect. Keys and values
/// are not checked (aws-cdk-lib checks neither; CloudFormation does at deploy time).
class Tags {
 public:
  /// The tag operations for `scope`.
  static Tags of(Construct& scope) { return Tags(scope); }
  /// Adds the tag to every taggable resource below the scope.
  void add(const std::string& key, const std::string& value, TagProps props = {});
  /// Removes the tag from every taggable resource below the scope.
  void remove(const std::string& key, TagProps props = {});

 private:
  explicit Tags(Construct& scope) : scope_(scope) {}
  Construct& scope_;
};

}  // namespace cdk
