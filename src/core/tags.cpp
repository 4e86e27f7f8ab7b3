#include <algorithm>
#include <cdk/core/aspects.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>

namespace cdk {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// One tag operation, applied as an aspect to every taggable construct below its scope
// (aws-cdk-lib's Tag and RemoveTag aspects).
class TagAspect : public IAspect {
 public:
  TagAspect(std::string key, std::optional<std::string> value, TagProps props)
      : key_(std::move(key)), value_(std::move(value)), props_(std::move(props)) {}

  void visit(Construct& construct) override {
    // The marks decide first: most constructs are neither, and a failed cast costs more.
    if (CfnElement::as_element(construct) != nullptr) {
      auto* resource = dynamic_cast<CfnResource*>(&construct);
      if (resource != nullptr && resource->tags() != nullptr && applies_to(resource->cfn_resource_type())) {
        apply(*resource->tags());
      }
    } else if (Stack::is_stack(construct)) {
      if (applies_to("aws:cdk:stack")) apply(Stack::of(construct).tags());
    }
  }

 private:
  bool applies_to(const std::string& type) const {
    if (!props_.exclude_resource_types.empty() && contains(props_.exclude_resource_types, type)) return false;
    if (!props_.include_resource_types.empty() && !contains(props_.include_resource_types, type)) return false;
    return true;
  }

  void apply(TagManager& tags) const {
    if (value_) {
      tags.set_tag(key_, *value_, props_.priority.value_or(100), props_.apply_to_launched_instances);
    } else {
      tags.remove_tag(key_, props_.priority.value_or(200));
    }
  }

  std::string key_;
  std::optional<std::string> value_;
  TagProps props_;
};

}  // namespace

void Tags::add(const std::string& key, const std::string& value, TagProps props) {
  Aspects::of(scope_).add(std::make_shared<TagAspect>(key, value, std::move(props)), AspectPriority::mutating);
}

void Tags::remove(const std::string& key, TagProps props) {
  Aspects::of(scope_).add(std::make_shared<TagAspect>(key, std::nullopt, std::move(props)), AspectPriority::mutating);
}

}  // namespace cdk
