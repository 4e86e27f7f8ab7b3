#pragma once

// Assertions on a synthesized CloudFormation template, modelled on aws-cdk-lib's
// assertions.Template. Every check throws AssertionError with the complete report (the closest
// candidate and each mismatch with its JSON pointer), so it works under any test framework.
//
// Patterns: see match.hpp. At the top level a literal pattern means Match::object_like, and a
// null pattern (what a bare `{}` argument becomes in nlohmann) matches every entry, like CDK's
// `{}` default. A logical id of "*" selects every entry of the section.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

namespace cdk {
class Stack;
}

namespace cdk::assertions {

/// A CloudFormation template under test (CDK's assertions.Template).
class Template {
 public:
  /// Wraps a template; throws AssertionError unless it is a JSON object.
  static Template from_json(nlohmann::ordered_json template_json);
  /// The synthesized template of `stack` (synthesizes its App in memory, once).
  static Template from_stack(const cdk::Stack& stack);
  /// Parses a template; throws AssertionError on invalid JSON or a non-object root.
  static Template from_string(std::string_view json_text);

  /// The template as given.
  [[nodiscard]] const nlohmann::ordered_json& to_json() const noexcept;

  /// Asserts the template has exactly `count` resources of `type`.
  void resource_count_is(std::string_view type, std::size_t count) const;
  /// Asserts exactly `count` resources of `type` have Properties matching `props_pattern`.
  void resource_properties_count_is(
      std::string_view type, const nlohmann::ordered_json& props_pattern, std::size_t count) const;

  /// Asserts some resource of `type` has Properties matching the pattern (object_like by default).
  void has_resource_properties(
      std::string_view type, const nlohmann::ordered_json& props_pattern) const;
  /// Asserts some resource of `type` matches the pattern as a whole (Type, Properties, DependsOn,
  /// ...).
  void has_resource(std::string_view type, const nlohmann::ordered_json& pattern) const;
  /// The resources of `type` matching the pattern, as an object logical id -> resource.
  [[nodiscard]] nlohmann::ordered_json find_resources(
      std::string_view type,
      const nlohmann::ordered_json& pattern = nlohmann::ordered_json::object()) const;
  /// Asserts every resource of `type` matches the pattern as a whole (fails if there are none).
  void all_resources(std::string_view type, const nlohmann::ordered_json& pattern) const;
  /// Asserts every resource of `type` has Properties matching the pattern (fails if there are
  /// none).
  void all_resources_properties(
      std::string_view type, const nlohmann::ordered_json& props_pattern) const;

  /// Asserts an output with this logical id ("*" for any) matches the pattern.
  void has_output(std::string_view logical_id, const nlohmann::ordered_json& pattern) const;
  /// The outputs with this logical id ("*" for any) matching the pattern, by logical id.
  [[nodiscard]] nlohmann::ordered_json find_outputs(
      std::string_view logical_id,
      const nlohmann::ordered_json& pattern = nlohmann::ordered_json::object()) const;

  /// Asserts a parameter with this logical id ("*" for any) matches the pattern.
  void has_parameter(std::string_view logical_id, const nlohmann::ordered_json& pattern) const;
  /// The parameters with this logical id ("*" for any) matching the pattern, by logical id.
  [[nodiscard]] nlohmann::ordered_json find_parameters(
      std::string_view logical_id,
      const nlohmann::ordered_json& pattern = nlohmann::ordered_json::object()) const;

  /// Asserts a mapping with this logical id ("*" for any) matches the pattern.
  void has_mapping(std::string_view logical_id, const nlohmann::ordered_json& pattern) const;
  /// The mappings with this logical id ("*" for any) matching the pattern, by logical id.
  [[nodiscard]] nlohmann::ordered_json find_mappings(
      std::string_view logical_id,
      const nlohmann::ordered_json& pattern = nlohmann::ordered_json::object()) const;

  /// Asserts a condition with this logical id ("*" for any) matches the pattern.
  void has_condition(std::string_view logical_id, const nlohmann::ordered_json& pattern) const;
  /// The conditions with this logical id ("*" for any) matching the pattern, by logical id.
  [[nodiscard]] nlohmann::ordered_json find_conditions(
      std::string_view logical_id,
      const nlohmann::ordered_json& pattern = nlohmann::ordered_json::object()) const;

  /// Asserts the whole template matches the pattern (object_like unless the pattern is a matcher).
  void template_matches(const nlohmann::ordered_json& pattern) const;

 private:
  explicit Template(nlohmann::ordered_json template_json);

  nlohmann::ordered_json template_;
};

}  // namespace cdk::assertions
