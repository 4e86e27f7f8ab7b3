#include "core/detail/element_text.hpp"

#include <algorithm>
#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "core/detail/encoding.hpp"
#include "core/detail/json_text.hpp"
#include "core/detail/locale_compare.hpp"
#include "core/detail/resolve.hpp"

namespace cdk::detail {
namespace {

// A resource's body is an entry of the Resources section, laid out as every entry is.
constexpr int kFileIndent = FragmentText::kIndent;
constexpr int kResourceBodyDepth = FragmentText::kEntryDepth;

// Written straight to text: a CfnResource itself (a subclass may render otherwise; the IAM
// Policy's resource does), without overrides (merged into the resolved JSON), with object
// properties whose keys are plain text and object metadata.
bool writes_plainly(const CfnResource& resource) {
  if (typeid(resource) != typeid(CfnResource) || resource.has_overrides()) return false;
  const Json& properties = resource.properties();
  const Json& metadata = resource.cfn_options().metadata;
  if (!properties.is_object() || !(metadata.is_null() || metadata.is_object())) return false;
  for (auto it = properties.begin(); it != properties.end(); ++it) {
    if (may_contain_marker(it.key())) return false;
  }
  return true;
}

// What aws-cdk-lib's ignoreEmpty leaves out once resolved: null, {} and [].
bool written_empty(const std::string& out, std::size_t at) {
  const std::string_view value = std::string_view(out).substr(at);
  return value == "null" || value == "{}" || value == "[]";
}

// CfnResource::render, written as text: the same members in the same order
// (resource_definition), resolved in the same order, the same ones left out.
std::string resource_body(const CfnResource& resource, ResolveContext& context) {
  // As resource_definition does, the tags and the dependencies' logical IDs come first.
  const TagManager* tag_manager = resource.tags();
  const Json tags = tag_manager != nullptr ? tag_manager->render() : Json();
  const Json depends_on = dependency_logical_ids(resource);
  const CfnResourceOptions& options = resource.cfn_options();
  const Json condition =
      options.condition != nullptr ? Json(options.condition->logical_id()) : Json();

  std::string out;
  out.reserve(FragmentText::kEntryCapacity);
  const TokenMap& tokens = token_map_of(resource);
  const auto write = [&](const Json& value, int depth) {
    return append_resolved_text(out, value, context, tokens, kFileIndent, depth);
  };
  auto body = ContainerText::object(out, kFileIndent, kResourceBodyDepth);
  const auto member = [&](std::string_view key, const Json& value) {
    const std::size_t start = body.open_member(key);
    body.close_member(start, write(value, kResourceBodyDepth + 1));
  };
  const auto member_unless_empty = [&](std::string_view key, const Json& value) {
    const std::size_t start = body.open_member(key);
    const std::size_t at = out.size();
    body.close_member(start, write(value, kResourceBodyDepth + 1) && !written_empty(out, at));
  };

  member("Type", resource.cfn_resource_type());
  const Json& properties = resource.properties();
  if (!properties.empty() || !tags.is_null()) {
    // The tags go at their alphabetical place among the properties (with_tags).
    const std::size_t start = body.open_member("Properties");
    auto fields = ContainerText::object(out, kFileIndent, kResourceBodyDepth + 1);
    const auto field = [&](std::string_view key, const Json& value) {
      const std::size_t at = fields.open_member(key);
      fields.close_member(at, write(value, kResourceBodyDepth + 2));
    };
    const std::string* tags_key = tags.is_null() ? nullptr : &tag_manager->property();
    bool placed = tags_key == nullptr;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
      if (!placed && it.key() > *tags_key) {
        field(*tags_key, tags);
        placed = true;
      }
      if (tags_key == nullptr || it.key() != *tags_key) field(it.key(), *it);
    }
    if (!placed) field(*tags_key, tags);
    fields.close();
    body.close_member(start, fields.size() > 0);
  }
  if (!depends_on.empty()) member_unless_empty("DependsOn", depends_on);
  if (!options.creation_policy.is_null()) member("CreationPolicy", options.creation_policy);
  if (!options.update_policy.is_null()) member("UpdatePolicy", options.update_policy);
  if (!options.update_replace_policy.empty())
    member("UpdateReplacePolicy", options.update_replace_policy);
  if (!options.deletion_policy.empty()) member("DeletionPolicy", options.deletion_policy);
  if (!options.version.empty()) member("Version", options.version);
  if (!options.description.empty()) member("Description", options.description);
  if (!options.metadata.empty()) member_unless_empty("Metadata", options.metadata);
  if (!condition.is_null()) member("Condition", condition);
  body.close();
  return out;
}

}  // namespace

Json dependency_logical_ids(const CfnResource& resource) {
  std::vector<const CfnResource*> sorted = resource.depends_on();
  std::stable_sort(sorted.begin(), sorted.end(), [](const CfnResource* a, const CfnResource* b) {
    return locale_less(a->node().path(), b->node().path());
  });
  Json ids = Json::array();
  for (const auto* target : sorted) ids.push_back(target->logical_id());
  return ids;
}

FragmentText render_fragment_text(const CfnElement& element, ResolveContext& context) {
  const auto* resource = dynamic_cast<const CfnResource*>(&element);
  if (resource == nullptr || !writes_plainly(*resource))
    return fragment_text(element.render(context));
  std::string body = resource_body(*resource, context);
  FragmentText text;
  FragmentText::Section& section = text.sections.emplace_back();
  section.name = "Resources";
  section.is_object = true;
  section.entries.push_back({resource->logical_id(), std::move(body)});
  return text;
}

}  // namespace cdk::detail
