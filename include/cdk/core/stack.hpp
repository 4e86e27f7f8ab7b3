#pragma once

#include <cdk/core/arn.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/file_asset.hpp>
#include <cdk/core/tag_manager.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {

class CfnElement;

/// The AWS account and region a stack deploys to. Empty means "decided at deploy time".
struct Environment {
  std::string account{};
  std::string region{};
};

/// Props of a Stack.
struct StackProps {
  /// The template's Description, at most 512 characters as aws-cdk-lib enforces. Default: none.
  std::string description{};
  /// Where the stack deploys. Default: environment-agnostic (account and region are tokens).
  std::optional<Environment> env{};
  /// SNS topic ARNs CloudFormation sends stack events to (literals only). Default: none.
  std::vector<std::string> notification_arns{};
  /// The CloudFormation stack name. Default: derived from the construct path, as aws-cdk-lib.
  std::string stack_name{};
  /// Tags of the stack, in the manifest, applied by CloudFormation to its resources.
  std::map<std::string, std::string> tags{};
  /// Whether CloudFormation refuses to delete the stack. Default: false.
  bool termination_protection = false;
};

/// A CloudFormation stack: the unit of deployment; every CfnElement belongs to the nearest one.
class Stack : public Construct {
 public:
  using Props = StackProps;

  Stack(Scope scope, StackProps props);

  /// The stack that `construct` belongs to (itself if it is a stack); throws if none.
  static Stack& of(const Construct& construct);
  /// True if `construct` is a Stack.
  static bool is_stack(const Construct& construct);

  /// The CloudFormation stack name.
  const std::string& stack_name() const noexcept { return stack_name_; }
  /// The id of the stack's artifact in the cloud assembly.
  const std::string& artifact_id() const noexcept { return artifact_id_; }
  /// The template file name in the cloud assembly.
  virtual std::string template_file() const;
  /// The template's Description.
  const std::string& description() const noexcept { return description_; }
  /// Whether termination protection is on.
  bool termination_protection() const noexcept { return termination_protection_; }
  /// Sets termination protection.
  void set_termination_protection(bool enabled) noexcept { termination_protection_ = enabled; }

  /// The account: the literal of env, else the AWS::AccountId token.
  std::string account() const;
  /// The region: the literal of env, else the AWS::Region token.
  std::string region() const;
  /// The partition: always the AWS::Partition token, as in aws-cdk-lib.
  std::string partition() const;
  /// The AWS::URLSuffix token.
  std::string url_suffix() const;
  /// The AWS::StackId token.
  std::string stack_id() const;
  /// The AWS::NotificationARNs list token, as aws-cdk-lib's `stack.notificationArns`.
  std::vector<std::string> notification_arns() const;
  /// The topics given in StackProps::notification_arns (written to the manifest for the CLI).
  const std::vector<std::string>& deploy_notification_arns() const noexcept { return deploy_notification_arns_; }
  /// True when account or region is only known at deploy time.
  bool environment_agnostic() const noexcept;
  /// "aws://<account>/<region>", with unknown-account/unknown-region when agnostic.
  std::string environment() const;

  /// An ARN built from components, filling in this stack's partition, region and account.
  std::string format_arn(const ArnComponents& components) const;
  /// The components of an ARN (tokens become Fn::Select/Fn::Split).
  ArnComponents split_arn(const std::string& arn, ArnFormat format) const;

  /// The logical ID of an element of this stack.
  std::string get_logical_id(const CfnElement& element) const;
  /// The logical ID aws-cdk-lib allocates for `element` from its path below this stack.
  virtual std::string allocate_logical_id(const CfnElement& element) const;

  /// This stack deploys after `target`.
  void add_dependency(Stack& target, std::string reason = "");
  /// Stacks this one deploys after, in the order added.
  const std::vector<Stack*>& stack_dependencies() const noexcept { return dependencies_; }

  /// Adds a template Transform (e.g. "AWS::Serverless-2016-10-31").
  void add_transform(std::string transform);
  /// Sets the template's AWSTemplateFormatVersion (aws-cdk-lib's templateOptions). Default: none.
  void set_template_format_version(std::string version) { template_format_version_ = std::move(version); }
  /// Sets Metadata[key] of the template (aws-cdk-lib's stack.addMetadata).
  void add_metadata(const std::string& key, nlohmann::ordered_json value) { template_metadata_[key] = std::move(value); }

  /// Resolves tokens in `value` as they would render in this stack's template.
  nlohmann::ordered_json resolve(const nlohmann::ordered_json& value) const;
  /// A string token that renders `value` as a JSON document, tokens inside included (e.g. an
  /// EventBridge input). `space` indents like JSON.stringify.
  std::string to_json_string(const nlohmann::ordered_json& value, int space = 0) const;

  /// The stack-level tags (in the manifest); Tags::of reaches them too.
  TagManager& tags() noexcept { return tags_; }
  const TagManager& tags() const noexcept { return tags_; }

  /// True for a NestedStack.
  virtual bool nested() const noexcept { return false; }

  /// The template of this stack, tokens resolved (synthesis renders it after preparation).
  nlohmann::ordered_json render_template() const;
  /// The same template as the text of its file in the cloud assembly (one-space indent).
  std::string render_template_text() const;

  /// Registers a file to publish with this stack's deployment (the default synthesizer's
  /// addFileAsset) and returns where it will be; a nested stack registers with its parent.
  virtual FileAssetLocation add_file_asset(const FileAssetSource& asset);
  /// The file assets registered with this stack, in the order added.
  const std::vector<FileAssetSource>& file_assets() const noexcept { return file_assets_; }

 protected:
  /// For NestedStack: the name is not validated (nested stacks have no name of their own) and
  /// the environment is the parent's.
  struct NestedTag {};
  Stack(Scope scope, StackProps props, NestedTag);

 private:
  std::string description_;
  std::optional<Environment> env_;
  std::vector<std::string> deploy_notification_arns_;
  std::string stack_name_;
  std::string artifact_id_;
  bool termination_protection_;
  std::vector<Stack*> dependencies_;
  std::vector<std::string> transforms_;
  std::string template_format_version_;
  nlohmann::ordered_json template_metadata_ = nlohmann::ordered_json::object();
  TagManager tags_;
  std::vector<FileAssetSource> file_assets_;
  // AWS::AccountId, AWS::Region, ... tokens, made on first use: constructs ask a stack for its
  // account and region many times, and each new token would stay in the App's token table.
  mutable std::map<std::string, std::string, std::less<>> pseudo_tokens_;
  const std::string& pseudo_token(const char* name) const;
};

}  // namespace cdk
