#pragma once

#include <cdk/core/cfn_element.hpp>
#include <string>

namespace cdk {

class CfnCondition;

/// Props of a template output.
struct CfnOutputProps {
  /// Only output when this condition holds. Default: always.
  const CfnCondition* condition = nullptr;
  std::string description{};
  /// Exports the value under this name for Fn::ImportValue. Default: not exported.
  std::string export_name{};
  /// The output's name in the template, in place of its logical ID (which stays as allocated,
  /// as in aws-cdk-lib). Default: the logical ID.
  std::string key{};
  /// The value; may be a token. Required (aws-cdk-lib rejects a missing value; cdkpp can't tell
  /// an empty string from a missing one and rejects both).
  std::string value{};
};

/// A template output.
class CfnOutput : public CfnElement {
 public:
  using Props = CfnOutputProps;

  CfnOutput(Scope scope, CfnOutputProps props);

  const std::string& value() const noexcept { return props_.value; }
  const std::string& export_name() const noexcept { return props_.export_name; }
  /// Fn::ImportValue of the export name, for use in other stacks; resolving it in this output's
  /// own stack fails, as in aws-cdk-lib.
  std::string import_value() const;

  nlohmann::ordered_json to_cloudformation() const override;
  /// True for CfnOutput itself, which renders only its own props; a subclass says so itself.
  bool renders_concurrently() const noexcept override;

 private:
  CfnOutputProps props_;
};

}  // namespace cdk
