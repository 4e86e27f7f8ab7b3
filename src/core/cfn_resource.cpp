#include <algorithm>
#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <typeinfo>

#include "core/detail/cfn_reference.hpp"
#include "core/detail/cloudformation_lang.hpp"
#include "core/detail/cross_stack_dependency.hpp"
#include "core/detail/deep_merge.hpp"
#include "core/detail/element_text.hpp"
#include "core/detail/json_object.hpp"

namespace cdk {
namespace {

using Json = nlohmann::ordered_json;

// Splits "A.B\\.C" into {"A", "B.C"}: a backslash makes the next character (a dot, say) part
// of the key, as aws-cdk-lib's splitOnPeriods does.
std::vector<std::string> split_override_path(const std::string& path) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '\\' && i + 1 < path.size()) {
      parts.back() += path[i + 1];
      ++i;
    } else if (path[i] == '.') {
      parts.emplace_back();
    } else {
      parts.back() += path[i];
    }
  }
  return parts;
}

// Puts the tags at their alphabetical place among the properties, where aws-cdk-lib's
// generated L1 classes render them.
Json with_tags(Json properties, const std::string& key, Json tags) {
  // The properties' members move over; keys are distinct, so they are appended without the
  // key search of operator[].
  Json out = Json::object();
  auto& members = out.get_ref<Json::object_t&>();
  if (properties.is_null()) properties = Json::object();
  members.reserve(properties.size() + 1);
  bool placed = false;
  for (auto& [name, value] : properties.get_ref<Json::object_t&>()) {
    if (!placed && name > key) {
      members.emplace_back(key, std::move(tags));
      placed = true;
    }
    if (name != key) members.emplace_back(name, std::move(value));
  }
  if (!placed) members.emplace_back(key, std::move(tags));
  return out;
}

}  // namespace

CfnResource::CfnResource(Scope scope, CfnResourceProps props)
    : CfnElement(std::move(scope)),
      type_(std::move(props.type)),
      properties_(std::move(props.properties)) {
  if (type_.empty()) {
    throw ValidationError(
        "The `type` property is required (a CfnResource needs a CloudFormation type)\n"
        "    fix: set .type, e.g. \"AWS::SQS::Queue\"",
        node().path());
  }
  if (!properties_.is_object()) {
    throw ValidationError(
        "the properties of " + type_ + " must be a JSON object (got " + properties_.dump() + ")\n" +
            "    fix: pass properties as {{\"Key\", value}, ...}",
        node().path());
  }
  if (props.tagging) {
    tags_ = std::make_unique<TagManager>(std::move(*props.tagging));
    // A generated L1 takes its `tags` prop into its TagManager and renders the merged result.
    auto given = properties_.find(tags_->property());
    if (given != properties_.end()) {
      if (!given->is_null()) tags_->set_initial_tags(*given);
      properties_.erase(given);
    }
  }
}

CfnResource::~CfnResource() = default;

std::string CfnResource::ref() const {
  if (ref_.empty()) ref_ = Token::as_string(*this, std::make_shared<detail::CfnReference>(*this, ""));
  return ref_;
}

std::string CfnResource::get_att(const std::string& attribute) const {
  auto it = attributes_.find(attribute);
  if (it != attributes_.end()) return it->second;
  auto token = Token::as_string(*this, std::make_shared<detail::CfnReference>(*this, attribute));
  attributes_.emplace(attribute, token);
  return token;
}

void CfnResource::add_override(const std::string& path, Json value) {
  auto parts = split_override_path(path);
  Json* current = &raw_overrides_;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    Json& next = (*current)[parts[i]];
    if (!next.is_object()) next = Json::object();
    current = &next;
  }
  (*current)[parts.back()] = std::move(value);
}

void CfnResource::add_deletion_override(const std::string& path) {
  add_override(path, detail::undefined_value());
}

void CfnResource::add_property_override(const std::string& path, Json value) {
  add_override("Properties." + path, std::move(value));
}

void CfnResource::add_property_deletion_override(const std::string& path) {
  add_deletion_override("Properties." + path);
}

void CfnResource::add_dependency(const CfnResource& target) {
  if (&target == this) return;
  if (&target.stack() != &stack()) {
    // aws-cdk-lib's deps.ts: across stacks the dependency moves up to the stacks, or to the
    // resources of their common stack when nested stacks are involved.
    detail::add_cross_stack_dependency(
        stack(),
        this,
        target.stack(),
        &target,
        "{" + node().path() + "}.add_dependency({" + target.node().path() + "})");
    return;
  }
  if (std::find(depends_on_.begin(), depends_on_.end(), &target) == depends_on_.end()) {
    depends_on_.push_back(&target);
  }
}

void CfnResource::add_metadata(const std::string& key, Json value) {
  options_.metadata[key] = std::move(value);
}

void CfnResource::apply_removal_policy(std::optional<RemovalPolicy> policy, RemovalPolicyOptions options) {
  std::string deletion;
  std::string update_replace;
  switch (policy.value_or(options.default_policy.value_or(RemovalPolicy::retain))) {
    case RemovalPolicy::destroy:
      deletion = update_replace = "Delete";
      break;
    case RemovalPolicy::retain:
      deletion = update_replace = "Retain";
      break;
    case RemovalPolicy::snapshot:
      deletion = update_replace = "Snapshot";
      break;
    case RemovalPolicy::retain_on_update_or_delete:
      // RetainExceptOnCreate exists only as a DeletionPolicy.
      deletion = "RetainExceptOnCreate";
      update_replace = "Retain";
      break;
  }
  options_.deletion_policy = std::move(deletion);
  if (options.apply_to_update_replace_policy) options_.update_replace_policy = std::move(update_replace);
}

Json CfnResource::resource_definition() const {
  Json properties = properties_;
  if (tags_) {
    Json rendered = tags_->render();
    if (!rendered.is_null()) {
      if (!properties.is_null() && !properties.is_object()) {
        throw ValidationError(
            "the properties of " + type_ + " must be a JSON object to receive its tags (got " +
                properties.dump(-1, ' ', false, Json::error_handler_t::replace) +
                ")\n    fix: set properties() to an object",
            node().path());
      }
      properties = with_tags(std::move(properties), tags_->property(), std::move(rendered));
    }
  }

  Json depends_on = detail::dependency_logical_ids(*this);

  // Key order is aws-cdk-lib's (cfn-resource.ts _toCloudFormation). Unset keys, and empty
  // Properties, DependsOn and Metadata, are left out here rather than dropped after resolution
  // (render still drops those that resolve to nothing). The keys, being distinct, are appended
  // without the look-up `operator[]` makes. Room for all of them is made first: ordered_json
  // copies (not moves) its entries when it grows, which would copy the properties each time.
  Json resource = Json::object();
  auto& entries = resource.get_ref<Json::object_t&>();
  entries.reserve(11);
  auto add_json = [&entries](const char* key, const Json& value) {
    if (!value.is_null()) entries.emplace_back(key, value);
  };
  auto add_string = [&entries](const char* key, const std::string& value) {
    if (!value.empty()) entries.emplace_back(key, value);
  };
  auto add_filled = [&entries](const char* key, Json value) {
    if (!value.is_null() && !value.empty()) entries.emplace_back(key, std::move(value));
  };
  entries.emplace_back("Type", type_);
  add_filled("Properties", std::move(properties));
  add_filled("DependsOn", std::move(depends_on));
  add_json("CreationPolicy", options_.creation_policy);
  add_json("UpdatePolicy", options_.update_policy);
  add_string("UpdateReplacePolicy", options_.update_replace_policy);
  add_string("DeletionPolicy", options_.deletion_policy);
  add_string("Version", options_.version);
  add_string("Description", options_.description);
  add_filled("Metadata", options_.metadata);
  if (options_.condition != nullptr) entries.emplace_back("Condition", options_.condition->logical_id());
  return resource;
}

Json CfnResource::to_cloudformation() const {
  return detail::object_of("Resources", detail::object_of(logical_id(), resource_definition()));
}

Json CfnResource::render(ResolveContext& context) const {
  Json resource = context.resolve(resource_definition());
  // Properties, DependsOn and Metadata only appear when they hold something (ignoreEmpty).
  for (const char* key : {"Properties", "DependsOn", "Metadata"}) {
    auto it = resource.find(key);
    if (it != resource.end() && (it->is_null() || it->empty())) resource.erase(it);
  }
  if (!raw_overrides_.empty()) {
    detail::deep_merge(resource, detail::resolve_overrides(raw_overrides_, context));
  }
  return detail::object_of("Resources", detail::object_of(logical_id(), std::move(resource)));
}

// Everything CfnResource renders is read from the resource itself; a subclass may render
// otherwise, so it is not trusted to read only unless it says so.
bool CfnResource::renders_concurrently() const noexcept {
  return typeid(*this) == typeid(CfnResource);
}

}  // namespace cdk
