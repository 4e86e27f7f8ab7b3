#pragma once

#include <cdk/core/cfn_element.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace cdk {

/// Props of a template mapping.
struct CfnMappingProps {
  /// Top-level key -> second-level key -> value.
  nlohmann::ordered_json mapping = nlohmann::ordered_json::object();
};

/// A template mapping, read with Fn::FindInMap.
class CfnMapping : public CfnElement {
 public:
  using Props = CfnMappingProps;

  CfnMapping(Scope scope, CfnMappingProps props);

  /// Sets mapping[key1][key2].
  void set_value(const std::string& key1, const std::string& key2, nlohmann::ordered_json value);
  /// Fn::FindInMap on this mapping; literal keys are checked against the mapping now.
  std::string find_in_map(const std::string& key1, const std::string& key2) const;

  nlohmann::ordered_json to_cloudformation() const override;

 private:
  nlohmann::ordered_json mapping_;
};

}  // namespace cdk
