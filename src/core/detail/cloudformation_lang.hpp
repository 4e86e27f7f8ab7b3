#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

// CloudFormation's string algebra as aws-cdk-lib renders it (private/cloudformation-lang.ts):
// concatenations become one Fn::Join with "", adjacent literals merge, nested joins flatten.
namespace cdk::detail {

using Json = nlohmann::ordered_json;

/// CDK's `undefined`: dropped from objects and arrays when resolved.
Json undefined_value();
inline bool is_undefined(const Json& value) { return value.is_discarded(); }

/// True for an object with one key that is `Ref` or an `Fn::` intrinsic.
bool is_intrinsic(const Json& value);
/// A string or a number (which CloudFormation concatenates as text).
bool is_concatable(const Json& value);
/// A number as JavaScript's String(n) writes it (2, not 2.0; 1e-7, not 1e-07).
std::string number_text(const Json& number);
/// A double as JavaScript's String(n) writes it.
std::string js_number_text(double value);

/// Joins two resolved values as one string: "ab", or a minimal Fn::Join (a Concatenation of
/// the two; CloudFormationLang.concat).
Json concat(Json left, Json right);
/// Flattens nested Fn::Joins with the same delimiter and merges adjacent literals, in place.
/// `values` is an array.
void minimal_join(const std::string& delimiter, Json& values);

/// Gives what folding `concat` over the added values, left to right, gives (how aws-cdk-lib
/// resolves a string holding several tokens), without rebuilding the Fn::Join for each value:
/// once the result is a join, later values are appended to it.
class Concatenation {
 public:
  void add(Json value);
  /// The first value when only one was added; undefined when none was.
  Json result() &&;

 private:
  bool started_ = false;
  Json value_ = undefined_value();
  std::optional<Json::array_t> join_parts_;  // engaged once the result is an Fn::Join
};

}  // namespace cdk::detail
