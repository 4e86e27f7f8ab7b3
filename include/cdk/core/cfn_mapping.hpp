#pragma once

#include <cdk/core/cfn_element.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace cdk {

/// Props of a template mapping.
struct CfnMappingProps {
  /// Inline the value of find_in_map() when both keys are literals, and render the mapping only
  /// if some lookup used a token key. Default: false (always rendered, lookups are
  /// Fn::FindInMap).
  bool lazy = false;
  /// Top-level key -> second-level key -> value. Second-level keys must be alphanumeric.
  nlohmann::ordered_json mapping = nlohmann::ordered_json::object();
};

/// A template mapping, read with Fn::FindInMap.
class CfnMapping : public CfnElement {
 public:
  using Props = CfnMappingProps;

  CfnMapping(Scope scope, CfnMappingProps props);

  /// Sets mapping[key1][key2]; key2 must be alphanumeric.
  void set_value(const std::string& key1, const std::string& key2, nlohmann::ordered_json value);
  /// Fn::FindInMap on this mapping; literal keys are checked against the mapping now (and, for a
  /// lazy mapping, the value is returned directly).
  std::string find_in_map(const std::string& key1, const std::string& key2) const;

  nlohmann::ordered_json to_cloudformation() const override;

 private:
  void validate_alphanumeric(const std::string& key) const;

  bool lazy_;
  nlohmann::ordered_json mapping_;
  mutable bool lazy_render_ = false;
};

}  // namespace cdk
