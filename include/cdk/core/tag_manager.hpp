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
  not_taggable,        ///< keeps tags but renders nothing
};

/// Where and how a taggable resource takes its tags.
struct TagSpec {
  /// The CloudFormation property that holds the tags. Default: "Tags".
  std::string property = "Tags";
  /// The tag format. Default: standard.
  TagType type = TagType::standard;
};

/// The tags of one taggable resource, with aws-cdk-lib's priority rules: a tag set or removed
/// with a higher priority can't be changed by a lower one; at equal priority the later wins.
class TagManager {
 public:
  /// Priority of the tags a resource or stack is created with (aws-cdk-lib's initialTagPriority):
  /// Tags::of(...).add at its default 100 overrides them.
  static constexpr int initial_tag_priority = 50;

  explicit TagManager(TagSpec spec) : spec_(std::move(spec)) {}

  /// Sets a tag unless a higher-priority operation already decided this key.
  void set_tag(const std::string& key, const std::string& value, int priority = 0,
               bool apply_to_launched_instances = true);
  /// Removes a tag unless a higher-priority operation already decided this key.
  void remove_tag(const std::string& key, int priority = 0);
  /// Takes the tags a resource was created with, given in this manager's CloudFormation format
  /// (e.g. [{"Key": k, "Value": v}]), at initial_tag_priority. Entries that are not plain
  /// string tags (tokens, intrinsics) are kept as they are and rendered after the others.
  void set_initial_tags(const nlohmann::ordered_json& rendered_tags);
  /// True if there is at least one tag.
  bool has_tags() const noexcept { return !tags_.empty(); }
  /// Tag key -> value as aws-cdk-lib's tagValues() lists them: sorted by key with
  /// localeCompare, then integer-like keys first in numeric order, as in any JavaScript object.
  nlohmann::ordered_json tag_values() const;
  /// The tags in this resource type's format, sorted by key as aws-cdk-lib sorts them (map
  /// format: integer-like keys first, as a JavaScript object orders them); null when there is
  /// nothing to render.
  nlohmann::ordered_json render() const;
  /// The property the rendered tags go in.
  const std::string& property() const noexcept { return spec_.property; }
  /// The tag format.
  TagType type() const noexcept { return spec_.type; }

 private:
  struct TagValue {
    std::string value;
    bool apply_to_launched_instances = true;
  };
  TagSpec spec_;
  std::map<std::string, TagValue> tags_;
  std::map<std::string, int> priorities_;
  nlohmann::ordered_json dynamic_tags_{};
};

}  // namespace cdk
