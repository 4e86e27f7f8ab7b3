#include <algorithm>
#include <cdk/core/tag_manager.hpp>

#include "core/detail/locale_compare.hpp"

namespace cdk {

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

std::map<std::string, std::string> TagManager::tag_values() const {
  std::map<std::string, std::string> out;
  for (const auto& [key, tag] : tags_) out.emplace(key, tag.value);
  return out;
}

nlohmann::ordered_json TagManager::render() const {
  using Json = nlohmann::ordered_json;
  std::vector<const std::pair<const std::string, TagValue>*> sorted;
  for (const auto& entry : tags_) sorted.push_back(&entry);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return detail::locale_less(a->first, b->first);
  });
  if (spec_.type == TagType::map) {
    Json out = Json::object();
    for (const auto* entry : sorted) out[entry->first] = entry->second.value;
    return out;
  }
  Json out = Json::array();
  for (const auto* entry : sorted) {
    Json tag = Json::object();
    tag["Key"] = entry->first;
    tag["Value"] = entry->second.value;
    if (spec_.type == TagType::auto_scaling_group) {
      tag["PropagateAtLaunch"] = entry->second.apply_to_launched_instances;
    }
    out.push_back(std::move(tag));
  }
  return out;
}

}  // namespace cdk
