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
  /// The value; may be a token. Required.
  std::string value{};
};

/// A template output.
class CfnOutput : public CfnElement {
 public:
  using Props = CfnOutputProps;

  CfnOutput(Scope scope, CfnOutputProps props);

  const std::string& value() const noexcept { return props_.value; }
  const std::string& export_name() const noexcept { return props_.export_name; }
  /// Fn::ImportValue of the export name, for use in other stacks.
  std::string import_value() const;

  nlohmann::ordered_json to_cloudformation() const override;

 private:
  CfnOutputProps props_;
};

}  // namespace cdk
