#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace cdk {

/// How a resource type renders its tags (aws-cdk-lib's TagType).
enum class TagType {
  standard,            ///< [{"Key": k, "Value": v}, ...]
  auto_scaling_group,  ///< [{"Key": k, "PropagateAtLaunch": b, "Value": v}, ...]
  map,                 ///< {k: v, ...}
  key_value,           ///< [{"Key": k, "Value": v}, ...] (stacks, some newer types)
};

/// Where and how a taggable resource takes its tags.
struct TagSpec {
  /// The CloudFormation property that holds the tags. Default: "Tags".
  std::string property = "Tags";
  /// The tag format. Default: standard.
  TagType type = TagType::standard;
};

/// The tags of one taggable resource, with aws-cdk-lib's priority rules: a tag set or removed
/// with a higher priority can't be changed by a lower one.
class TagManager {
 public:
  explicit TagManager(TagSpec spec) : spec_(std::move(spec)) {}

  /// Sets a tag unless a higher-priority operation already decided this key.
  void set_tag(const std::string& key, const std::string& value, int priority = 0,
               bool apply_to_launched_instances = true);
  /// Removes a tag unless a higher-priority operation already decided this key.
  void remove_tag(const std::string& key, int priority = 0);
  /// True if there is at least one tag.
  bool has_tags() const noexcept { return !tags_.empty(); }
  /// Tag key -> value, sorted by key.
  std::map<std::string, std::string> tag_values() const;
  /// The tags rendered in this resource type's format, sorted by key as aws-cdk-lib sorts them.
  nlohmann::ordered_json render() const;
  /// The property the rendered tags go in.
  const std::string& property() const noexcept { return spec_.property; }

 private:
  struct TagValue {
    std::string value;
    bool apply_to_launched_instances = true;
  };
  TagSpec spec_;
  std::map<std::string, TagValue> tags_;
  std::map<std::string, int> priorities_;
};

}  // namespace cdk
