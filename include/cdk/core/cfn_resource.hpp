#pragma once

#include <cdk/core/cfn_element.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/core/tag_manager.hpp>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {

class CfnCondition;

/// Props of a CloudFormation resource given by type name and properties.
struct CfnResourceProps {
  /// The resource's properties, keys in the order they render. Default: none.
  nlohmann::ordered_json properties = nlohmann::ordered_json::object();
  /// How the resource takes tags. Default: not taggable, as a generic CfnResource in aws-cdk-lib.
  /// When set, tags given in `properties` under the tag property become the resource's initial
  /// tags (priority 50), rendered sorted and merged with Tags::of, as a generated L1 does.
  std::optional<TagSpec> tagging{};
  /// The CloudFormation type, e.g. "AWS::SQS::Queue". Required.
  std::string type{};
};

/// CloudFormation resource options (the `cfnOptions` of aws-cdk-lib).
struct CfnResourceOptions {
  const CfnCondition* condition = nullptr;
  nlohmann::ordered_json creation_policy{};
  std::string deletion_policy{};
  std::string description{};
  nlohmann::ordered_json metadata = nlohmann::ordered_json::object();
  nlohmann::ordered_json update_policy{};
  std::string update_replace_policy{};
  std::string version{};
};

/// A CloudFormation resource. L2 constructs own one as their `Resource` child.
class CfnResource : public CfnElement {
 public:
  using Props = CfnResourceProps;

  CfnResource(Scope scope, CfnResourceProps props);
  ~CfnResource() override;

  /// The CloudFormation type name.
  const std::string& cfn_resource_type() const noexcept { return type_; }
  /// The properties; may be changed until synthesis and may hold tokens.
  nlohmann::ordered_json& properties() noexcept { return properties_; }
  const nlohmann::ordered_json& properties() const noexcept { return properties_; }
  /// Options such as DeletionPolicy, Condition and Metadata.
  CfnResourceOptions& cfn_options() noexcept { return options_; }
  const CfnResourceOptions& cfn_options() const noexcept { return options_; }

  /// `{"Ref": logicalId}` as a string token.
  std::string ref() const;
  /// `{"Fn::GetAtt": [logicalId, attribute]}` as a string token.
  std::string get_att(const std::string& attribute) const;

  /// Sets a raw value at a dot-separated path of the resource ("Properties.A.B"); a "\\." in the
  /// path is a literal dot. Applied after rendering, so it wins over everything else.
  void add_override(const std::string& path, nlohmann::ordered_json value);
  /// Removes the value at the path from the rendered resource.
  void add_deletion_override(const std::string& path);
  /// add_override("Properties." + path, value).
  void add_property_override(const std::string& path, nlohmann::ordered_json value);
  /// add_deletion_override("Properties." + path).
  void add_property_deletion_override(const std::string& path);
  /// Adds a DependsOn on `target`; for a target in another stack, this resource's stack
  /// depends on the target's stack instead (as aws-cdk-lib does).
  void add_dependency(const CfnResource& target);
  /// Sets Metadata[key].
  void add_metadata(const std::string& key, nlohmann::ordered_json value);
  /// Sets DeletionPolicy and UpdateReplacePolicy as aws-cdk-lib does; no policy means
  /// options.default_policy, else RemovalPolicy::retain.
  void apply_removal_policy(std::optional<RemovalPolicy> policy, RemovalPolicyOptions options = {});

  /// The tags of this resource, or nullptr if it is not taggable.
  TagManager* tags() noexcept { return tags_.get(); }
  const TagManager* tags() const noexcept { return tags_.get(); }

  /// Resources this one has a DependsOn on.
  const std::vector<const CfnResource*>& depends_on() const noexcept { return depends_on_; }
  /// True once add_override or add_deletion_override (or their property forms) was called.
  bool has_overrides() const noexcept { return !raw_overrides_.empty(); }

  nlohmann::ordered_json to_cloudformation() const override;
  /// Resolves the resource, drops empty sections and applies the raw overrides, in that order.
  nlohmann::ordered_json render(ResolveContext& context) const override;
  /// True for CfnResource itself; a subclass says so for its own rendering.
  bool renders_concurrently() const noexcept override;

 private:
  nlohmann::ordered_json resource_definition() const;

  std::string type_;
  nlohmann::ordered_json properties_;
  CfnResourceOptions options_;
  nlohmann::ordered_json raw_overrides_ = nlohmann::ordered_json::object();
  std::vector<const CfnResource*> depends_on_;
  std::unique_ptr<TagManager> tags_;
  mutable std::string ref_;
  mutable std::map<std::string, std::string, std::less<>> attributes_;
};

}  // namespace cdk
