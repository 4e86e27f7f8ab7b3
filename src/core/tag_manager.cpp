#include <algorithm>
#include <cdk/core/tag_manager.hpp>
#include <vector>

#include "core/detail/deep_merge.hpp"
#include "core/detail/json_object.hpp"
#include "core/detail/locale_compare.hpp"

namespace cdk {
namespace {

using Json = nlohmann::ordered_json;

bool is_string_member(const Json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string();
}

}  // namespace

void TagManager::set_tag(const std::string& key, const std::string& value, int priority,
                         bool apply_to_launched_instances) {
  auto previous = priorities_.find(key);
  if (previous != priorities_.end() && previous->second > priority) return;
  tags_[key] = TagValue{value, apply_to_launched_instances};
  priorities_[key] = priority;
}

void TagManager::remove_tag(const std::string& key, int priority) {
  auto previous = priorities_.find(key);
  if (previous != priorities_.end() && previous->second > priority) return;
  tags_.erase(key);
  priorities_[key] = priority;
}

void TagManager::set_initial_tags(const Json& rendered_tags) {
  if (spec_.type == TagType::map) {
    if (!rendered_tags.is_object()) {
      dynamic_tags_ = rendered_tags;
      return;
    }
    for (auto it = rendered_tags.begin(); it != rendered_tags.end(); ++it) {
      if (it->is_string()) {
        set_tag(it.key(), it->get<std::string>(), initial_tag_priority);
      } else {
        if (!dynamic_tags_.is_object()) dynamic_tags_ = Json::object();
        dynamic_tags_[it.key()] = *it;
      }
    }
    return;
  }
  if (!rendered_tags.is_array()) {
    dynamic_tags_ = rendered_tags;
    return;
  }
  for (const Json& tag : rendered_tags) {
    const bool asg = spec_.type == TagType::auto_scaling_group;
    const bool plain = tag.is_object() && is_string_member(tag, "Key") && is_string_member(tag, "Value") &&
                       (!asg || (tag.contains("PropagateAtLaunch") && tag["PropagateAtLaunch"].is_boolean()));
    if (plain) {
      set_tag(
          tag["Key"].get<std::string>(), tag["Value"].get<std::string>(), initial_tag_priority,
          asg ? tag["PropagateAtLaunch"].get<bool>() : true);
    } else {
      if (!dynamic_tags_.is_array()) dynamic_tags_ = Json::array();
      dynamic_tags_.push_back(tag);
    }
  }
}

nlohmann::ordered_json TagManager::tag_values() const {
  Json out = Json::object();
  std::vector<const std::pair<const std::string, TagValue>*> sorted;
  for (const auto& entry : tags_) sorted.push_back(&entry);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return detail::locale_less(a->first, b->first);
  });
  for (const auto* entry : sorted) detail::js_object_set(out, entry->first, entry->second.value);
  return out;
}

nlohmann::ordered_json TagManager::render() const {
  if (spec_.type == TagType::not_taggable) return nullptr;
  if (spec_.type == TagType::map) {
    Json out = tag_values();
    if (dynamic_tags_.is_object()) {
      for (auto it = dynamic_tags_.begin(); it != dynamic_tags_.end(); ++it) {
        detail::js_object_set(out, it.key(), *it);
      }
    } else if (!dynamic_tags_.is_null() && out.empty()) {
      return dynamic_tags_;  // a token standing for the whole map
    }
    if (out.empty()) return nullptr;
    return out;
  }
  std::vector<const std::pair<const std::string, TagValue>*> sorted;
  for (const auto& entry : tags_) sorted.push_back(&entry);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return detail::locale_less(a->first, b->first);
  });
  Json out = Json::array();
  for (const auto* entry : sorted) {
    // Generated L1 classes write a tag's CloudFormation properties alphabetically.
    Json tag = detail::object_with_room(3);
    tag["Key"] = entry->first;
    if (spec_.type == TagType::auto_scaling_group) {
      tag["PropagateAtLaunch"] = entry->second.apply_to_launched_instances;
    }
    tag["Value"] = entry->second.value;
    out.push_back(std::move(tag));
  }
  if (dynamic_tags_.is_array()) {
    for (const auto& tag : dynamic_tags_) out.push_back(tag);
  } else if (!dynamic_tags_.is_null() && out.empty()) {
    return dynamic_tags_;
  }
  if (out.empty()) return nullptr;
  return out;  // moved: the conditional operator would copy it
}

}  // namespace cdk
