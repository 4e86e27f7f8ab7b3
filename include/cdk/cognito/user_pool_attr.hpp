#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace cdk::cognito {

/// How a standard attribute is set up (aws-cdk-lib's StandardAttribute). `mutable_` has a
/// trailing underscore because `mutable` is a C++ keyword.
struct StandardAttribute {
  /// Whether the value can be changed after sign-up. Default: true.
  bool mutable_ = true;
  /// Whether every user must have a value. Default: false.
  bool required = false;
};

/// The standard attributes a pool keeps, each unset by default (aws-cdk-lib's
/// StandardAttributes). They render in this (alphabetical) order, which is also the order
/// designated initializers force on the caller.
struct StandardAttributes {
  std::optional<StandardAttribute> address{};
  std::optional<StandardAttribute> birthdate{};
  std::optional<StandardAttribute> email{};
  std::optional<StandardAttribute> family_name{};
  /// The `name` attribute.
  std::optional<StandardAttribute> fullname{};
  std::optional<StandardAttribute> gender{};
  std::optional<StandardAttribute> given_name{};
  /// The `updated_at` attribute.
  std::optional<StandardAttribute> last_update_time{};
  std::optional<StandardAttribute> locale{};
  std::optional<StandardAttribute> middle_name{};
  std::optional<StandardAttribute> nickname{};
  std::optional<StandardAttribute> phone_number{};
  std::optional<StandardAttribute> preferred_username{};
  /// The `profile` attribute.
  std::optional<StandardAttribute> profile_page{};
  /// The `picture` attribute.
  std::optional<StandardAttribute> profile_picture{};
  /// The `zoneinfo` attribute.
  std::optional<StandardAttribute> timezone{};
  std::optional<StandardAttribute> website{};
};

/// A custom attribute holding a string (aws-cdk-lib's StringAttribute).
struct StringAttribute {
  /// Maximum length, at most 2048. Default: Cognito's (2048).
  std::optional<int> max_len{};
  /// Minimum length, at least 0. Default: Cognito's (0).
  std::optional<int> min_len{};
  /// Whether the value can change after sign-up. Default: unset (Cognito: mutable).
  std::optional<bool> mutable_{};
};

/// A custom attribute holding a number (aws-cdk-lib's NumberAttribute).
struct NumberAttribute {
  /// Maximum value. Default: none.
  std::optional<double> max{};
  /// Minimum value. Default: none.
  std::optional<double> min{};
  /// Whether the value can change after sign-up. Default: unset (Cognito: mutable).
  std::optional<bool> mutable_{};
};

/// A custom attribute holding a boolean (aws-cdk-lib's BooleanAttribute).
struct BooleanAttribute {
  /// Whether the value can change after sign-up. Default: unset (Cognito: mutable).
  std::optional<bool> mutable_{};
};

/// A custom attribute holding a date and time (aws-cdk-lib's DateTimeAttribute).
struct DateTimeAttribute {
  /// Whether the value can change after sign-up. Default: unset (Cognito: mutable).
  std::optional<bool> mutable_{};
};

/// One custom attribute (aws-cdk-lib's ICustomAttribute implementations).
using CustomAttribute =
    std::variant<StringAttribute, NumberAttribute, BooleanAttribute, DateTimeAttribute>;

/// Custom attributes by name, without the "custom:" prefix, in the order they render (a
/// JavaScript object keeps insertion order, so aws-cdk-lib renders them as written).
using CustomAttributes = std::vector<std::pair<std::string, CustomAttribute>>;

}  // namespace cdk::cognito
