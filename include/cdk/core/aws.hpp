#pragma once

#include <string>
#include <vector>

namespace cdk {

/// CloudFormation's pseudo parameters as string tokens ({"Ref": "AWS::..."}). They resolve the
/// same in every stack, so using them never creates a cross-stack reference.
class Aws {
 public:
  static std::string account_id();          ///< AWS::AccountId
  static std::string region();              ///< AWS::Region
  static std::string partition();           ///< AWS::Partition
  static std::string url_suffix();          ///< AWS::URLSuffix
  static std::string stack_name();          ///< AWS::StackName
  static std::string stack_id();            ///< AWS::StackId
  static std::string no_value();            ///< AWS::NoValue (removes the property it is in)
  /// AWS::NotificationARNs, a list.
  static std::vector<std::string> notification_arns();
};

}  // namespace cdk
