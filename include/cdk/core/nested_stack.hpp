#pragma once

#include <cdk/core/removal_policy.hpp>
#include <cdk/core/stack.hpp>
#include <map>
#include <string>
#include <vector>

namespace cdk {

class CfnResource;

/// Props of a nested stack.
struct NestedStackProps {
  /// The nested template's Description. Default: none.
  std::string description{};
  /// SNS topic ARNs for the nested stack's events. Default: none.
  std::vector<std::string> notification_arns{};
  /// Values of the nested template's parameters, by logical ID. Default: none.
  std::map<std::string, std::string> parameters{};
  /// What happens to the nested stack when it is removed. Default: destroy, as aws-cdk-lib.
  RemovalPolicy removal_policy = RemovalPolicy::destroy;
  /// Minutes CloudFormation waits for the nested stack. Default: no limit.
  int timeout_minutes = 0;
};

/// A stack deployed as an AWS::CloudFormation::Stack resource of its parent stack. Its template
/// is published as a file asset of the parent; references between it and other stacks become
/// parameters, outputs and exports the way aws-cdk-lib generates them.
class NestedStack : public Stack {
 public:
  using Props = NestedStackProps;

  NestedStack(Scope scope, NestedStackProps props);

  bool nested() const noexcept override { return true; }
  /// "<unique id of the nested stack>.nested.template.json".
  std::string template_file() const override;
  /// The stack whose template holds the AWS::CloudFormation::Stack resource.
  Stack& parent_stack() const noexcept { return parent_; }
  /// The AWS::CloudFormation::Stack resource in the parent.
  CfnResource& nested_stack_resource() const noexcept { return resource_; }
  /// Sets the value of one of the nested template's parameters.
  void set_parameter(const std::string& name, std::string value);
  /// The parameters passed to the nested template, by logical ID.
  const std::map<std::string, std::string>& parameters() const noexcept { return parameters_; }

  /// File assets of a nested stack are published with its parent.
  FileAssetLocation add_file_asset(const FileAssetSource& asset) override;
  /// Sets the template URL once the template asset is known (done by synthesis).
  void set_template_url(std::string url);

 private:
  Stack& parent_;
  std::map<std::string, std::string> parameters_;
  CfnResource& resource_;
};

}  // namespace cdk
