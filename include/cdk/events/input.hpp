#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace cdk::events {

class IRule;

/// What a target receives, as bound to a rule: `input` (a JSON text, possibly a token) or
/// `input_path` (a JSONPath into the event). Empty means unset.
struct RuleTargetInputProperties {
  std::string input{};
  std::string input_path{};
};

/// The input a target receives instead of the event (aws-cdk-lib's RuleTargetInput).
class RuleTargetInput {
 public:
  /// A JSON object or any JSON value; string tokens inside render as aws-cdk-lib's
  /// Stack.toJsonString does (an Fn::Join building the JSON text). Keys keep their order.
  static RuleTargetInput from_object(nlohmann::ordered_json object);
  /// A text, passed as a JSON string literal ("\"hello\"").
  static RuleTargetInput from_text(std::string text);
  /// A text of several lines, each passed as its own JSON string literal.
  static RuleTargetInput from_multiline_text(std::string text);
  /// A part of the event, by JSONPath ("$.detail").
  static RuleTargetInput from_event_path(std::string path);

  /// The input properties for a target of `rule`.
  RuleTargetInputProperties bind(const IRule& rule) const;

 private:
  enum class Kind { object, text, multiline_text, event_path };
  RuleTargetInput(Kind kind, nlohmann::ordered_json value)
      : kind_(kind), value_(std::move(value)) {}
  Kind kind_;
  nlohmann::ordered_json value_;
};

}  // namespace cdk::events
