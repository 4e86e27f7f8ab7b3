#pragma once

#include <cdk/core/token.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace cdk {

/// A token whose value is a fixed CloudFormation expression (e.g. {"Fn::Base64": ...}); tokens
/// inside the expression resolve in turn.
class Intrinsic : public IResolvable {
 public:
  explicit Intrinsic(nlohmann::ordered_json value, std::string display_hint = "TOKEN")
      : value_(std::move(value)), display_hint_(std::move(display_hint)) {}
  nlohmann::ordered_json resolve(ResolveContext& context) const override;
  std::string display_hint() const override { return display_hint_; }
  /// True for Intrinsic itself, which only returns its value; a subclass says so itself.
  bool resolves_concurrently() const noexcept override;
  /// The unresolved expression.
  const nlohmann::ordered_json& value() const noexcept { return value_; }

 private:
  nlohmann::ordered_json value_;
  std::string display_hint_;
};

}  // namespace cdk
