#pragma once

#include <cdk/core/cfn_element.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {

/// Props of a template parameter.
struct CfnParameterProps {
  std::string allowed_pattern{};
  std::vector<std::string> allowed_values{};
  std::string constraint_description{};
  /// The Default value (any JSON scalar). Default: none.
  nlohmann::ordered_json default_value{};
  std::string description{};
  std::optional<double> max_length{};
  std::optional<double> max_value{};
  std::optional<double> min_length{};
  std::optional<double> min_value{};
  /// Whether CloudFormation masks the value. Default: unset (not rendered; an explicit false
  /// renders "NoEcho": false, as in aws-cdk-lib).
  std::optional<bool> no_echo{};
  /// The parameter type. Default: "String", as in aws-cdk-lib.
  std::string type = "String";
};

/// A template parameter, given a value at deploy time.
class CfnParameter : public CfnElement {
 public:
  using Props = CfnParameterProps;

  CfnParameter(Scope scope, CfnParameterProps props);

  /// The parameter's value as a string token ({"Ref": logicalId}).
  std::string value_as_string() const;
  /// The value of a list-typed parameter as a list token; throws for other types.
  std::vector<std::string> value_as_list() const;
  /// The parameter type.
  const std::string& type() const noexcept { return props_.type; }

  nlohmann::ordered_json to_cloudformation() const override;
  /// True for CfnParameter itself, which renders only its own props; a subclass says so itself.
  bool renders_concurrently() const noexcept override;

 private:
  CfnParameterProps props_;
  mutable std::string value_;
};

}  // namespace cdk
