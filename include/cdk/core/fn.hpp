#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {

/// CloudFormation's intrinsic functions. Each returns a token (a string, or a list token for
/// functions that return lists) that renders as the intrinsic, or the plain result when every
/// argument is known now, as aws-cdk-lib's `Fn` does.
class Fn {
 public:
  /// {"Ref": logical_name}
  static std::string ref(const std::string& logical_name);
  /// {"Fn::GetAtt": [logical_name, attribute]}
  static std::string get_att(const std::string& logical_name, const std::string& attribute);
  /// Values joined by `delimiter`; literals merge, nested joins flatten. Throws on an empty list.
  static std::string join(const std::string& delimiter, const std::vector<std::string>& values);
  /// The parts of `source`; a token source gives a list token, or `assumed_length` selects.
  static std::vector<std::string> split(
      const std::string& delimiter, const std::string& source,
      std::optional<std::size_t> assumed_length = std::nullopt);
  /// Element `index` of `values`.
  static std::string select(std::size_t index, const std::vector<std::string>& values);
  /// {"Fn::Sub": body}
  static std::string sub(const std::string& body);
  /// {"Fn::Sub": [body, variables]}, even for no variables (as aws-cdk-lib when given `{}`).
  static std::string sub(const std::string& body, const std::map<std::string, std::string>& variables);
  /// {"Fn::Base64": data}
  static std::string base64(const std::string& data);
  /// {"Fn::Cidr": [ip_block, count, size_mask]} as a list token.
  static std::vector<std::string> cidr(const std::string& ip_block, int count, const std::string& size_mask = "");
  /// {"Fn::GetAZs": region} as a list token ("" for the stack's region).
  static std::vector<std::string> get_azs(const std::string& region = "");
  /// {"Fn::ImportValue": shared_value_to_import}
  static std::string import_value(const std::string& shared_value_to_import);
  /// {"Fn::FindInMap": [map_name, top_level_key, second_level_key]}
  static std::string find_in_map(
      const std::string& map_name, const std::string& top_level_key, const std::string& second_level_key);
  /// JSON.stringify(value): tokens inside stay in the text and resolve to an Fn::Join, as in
  /// aws-cdk-lib. Throws if `value` is itself a token (aws-cdk-lib then renders Fn::ToJsonString
  /// with the AWS::LanguageExtensions transform, which cdkpp doesn't support). For JSON inside a
  /// template prefer Stack::to_json_string, which also escapes the text around tokens.
  static std::string to_json_string(const nlohmann::ordered_json& value);
  /// {"Fn::ImportValue"} of a list exported as a joined string, split into `assumed_length`
  /// elements.
  static std::vector<std::string> import_list_value(
      const std::string& shared_value_to_import, std::size_t assumed_length,
      const std::string& delimiter = ",");
  /// The domain of a URL ("https://example.com/path" -> "example.com"); Fn::Select/Fn::Split for
  /// a token.
  static std::string parse_domain_name(const std::string& url);
  /// {"Fn::GetStackOutput": {StackName, Region, RoleArn, OutputName}}; "" leaves a key out.
  static std::string get_stack_output(
      const std::string& stack_name, const std::string& output_name, const std::string& region = "",
      const std::string& role_arn = "");
  /// {"Fn::Transform": {"Name": macro_name, "Parameters": parameters}}
  static std::string transform(const std::string& macro_name, const nlohmann::ordered_json& parameters);

  /// {"Fn::If": [condition_id, value_if_true, value_if_false]}
  static std::string condition_if(
      const std::string& condition_id, const nlohmann::ordered_json& value_if_true,
      const nlohmann::ordered_json& value_if_false);
  /// {"Fn::Equals": [lhs, rhs]}
  static std::string condition_equals(const nlohmann::ordered_json& lhs, const nlohmann::ordered_json& rhs);
  /// {"Fn::And": [...]}; one condition is returned as is, more than 10 are nested.
  static std::string condition_and(const std::vector<std::string>& conditions);
  /// {"Fn::Or": [...]}; one condition is returned as is, more than 10 are nested.
  static std::string condition_or(const std::vector<std::string>& conditions);
  /// {"Fn::Not": [condition]}
  static std::string condition_not(const std::string& condition);
  /// {"Fn::Contains": [list, value]} (rules only).
  static std::string condition_contains(const std::vector<std::string>& list, const std::string& value);
  /// {"Fn::EachMemberEquals": [list, value]} (rules only).
  static std::string condition_each_member_equals(const std::vector<std::string>& list, const std::string& value);
  /// {"Fn::EachMemberIn": [strings_to_check, strings_to_match]} (rules only).
  static std::string condition_each_member_in(
      const std::vector<std::string>& strings_to_check, const std::vector<std::string>& strings_to_match);
  /// {"Fn::RefAll": parameter_type} as a list token (rules only).
  static std::vector<std::string> ref_all(const std::string& parameter_type);
  /// {"Fn::ValueOf": [parameter_or_logical_id, attribute]} (rules only).
  static std::string value_of(const std::string& parameter_or_logical_id, const std::string& attribute);
  /// {"Fn::ValueOfAll": [parameter_type, attribute]} as a list token (rules only).
  static std::vector<std::string> value_of_all(const std::string& parameter_type, const std::string& attribute);
};

}  // namespace cdk
