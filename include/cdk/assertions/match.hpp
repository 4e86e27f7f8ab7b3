#pragma once

// Patterns are plain nlohmann::ordered_json values, so matchers nest inside initializer lists:
//
//   template.has_resource_properties("AWS::S3::Bucket", {
//       {"VersioningConfiguration", {{"Status", "Enabled"}}},
//       {"Tags", Match::array_with({Match::object_like({{"Key", "project"}})})},
//       {"BucketName", Match::absent()},
//   });
//
// Tagging scheme: a matcher is a JSON object with exactly one key, Match::tag_key
// ("$cdkpp.match"), whose value is {"kind": <name>, "pattern": <inner pattern>} (a Capture adds
// "id"). The key cannot collide with a CloudFormation property (those never start with '$'),
// and an object that holds the tag key next to other keys is rejected as malformed rather than
// matched literally, so a typo never silently turns a matcher into a literal.
//
// Literal (untagged) patterns follow CDK's LiteralMatch: scalars compare by value (numbers
// numerically), arrays element-wise with equal length, objects key by key. Whether a literal
// object nested in a pattern may have extra keys is inherited from the nearest enclosing
// matcher: object_like (and every Template::has_* / find_* top level) allows them; exact,
// object_equals, array_with, array_equals, not_matching and serialized_json do not. So, exactly as
// in CDK, `array_with({{{"Key", "project"}}})` needs elements equal to {"Key": "project"};
// write `array_with({Match::object_like({{"Key", "project"}})})` to allow other keys.
//
// nlohmann gotcha: a braced list whose items are all two-element lists starting with a string,
// e.g. {{"Key", "env"}}, becomes the object {"Key": "env"}, not an array holding it. Write
// {{{"Key", "env"}}} or nlohmann::ordered_json::array({...}); array_with/array_equals reject a
// non-array pattern with that hint.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace cdk::assertions {

/// Factories for tagged pattern values (CDK's Match); every result nests inside other patterns.
class Match {
 public:
  /// The single reserved key that marks a JSON object as a matcher rather than a literal.
  static constexpr std::string_view tag_key = "$cdkpp.match";

  /// Matches when the key is missing from the enclosing object (CDK Match.absent).
  static nlohmann::ordered_json absent();
  /// Matches any value except null or a missing key (CDK Match.anyValue).
  static nlohmann::ordered_json any_value();
  /// Matches an array containing the pattern's elements in order, gaps allowed (CDK
  /// Match.arrayWith).
  static nlohmann::ordered_json array_with(nlohmann::ordered_json pattern);
  /// Matches an array element-wise with the same length (CDK Match.arrayEquals).
  static nlohmann::ordered_json array_equals(nlohmann::ordered_json pattern);
  /// Deep literal match: nested objects must have exactly the pattern's keys (CDK Match.exact).
  static nlohmann::ordered_json exact(nlohmann::ordered_json pattern);
  /// Matches an object that has at least the pattern's keys; nested literals too (CDK
  /// Match.objectLike).
  static nlohmann::ordered_json object_like(nlohmann::ordered_json pattern);
  /// Matches an object with exactly the pattern's keys (CDK Match.objectEquals).
  static nlohmann::ordered_json object_equals(nlohmann::ordered_json pattern);
  /// Matches anything the pattern does not match (CDK Match.not; `not` is a C++ keyword).
  static nlohmann::ordered_json not_matching(nlohmann::ordered_json pattern);
  /// Matches a string that parses as JSON matching the pattern (CDK Match.serializedJson).
  static nlohmann::ordered_json serialized_json(nlohmann::ordered_json pattern);
  /// Matches a string in which the ECMAScript regex finds a match (search, multiline, like
  /// RegExp.test).
  static nlohmann::ordered_json string_like_regexp(std::string regex);

  /// True if the value is a matcher tag produced by this class or by Capture::as_pattern().
  static bool is_matcher(const nlohmann::ordered_json& value);
};

}  // namespace cdk::assertions
