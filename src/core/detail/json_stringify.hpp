#pragma once

#include <cdk/core/token.hpp>
#include <string>

#include "core/detail/cloudformation_lang.hpp"

namespace cdk::detail {

/// Renders `value` as JSON text for CloudFormation, the way aws-cdk-lib's `toJsonString` does:
/// plain JSON where everything is known, and an Fn::Join around the intrinsics where tokens are,
/// with string literals inside intrinsics JSON-escaped. `space` indents like JSON.stringify.
Json stringify_with_tokens(const Json& value, int space, ResolveContext& context);

/// JSON.stringify(value) without indentation: markers stay inside the strings (aws-cdk-lib's
/// Fn.toJsonString of a value that is not itself a token), undefined members are dropped and
/// numbers are written as JavaScript writes them.
std::string js_json_text(const Json& value);

/// A resolvable wrapping stringify_with_tokens, so the rendering happens at synthesis.
class JsonStringifyToken : public IResolvable {
 public:
  JsonStringifyToken(Json value, int space) : value_(std::move(value)), space_(space) {}
  Json resolve(ResolveContext& context) const override {
    return stringify_with_tokens(value_, space_, context);
  }
  std::string display_hint() const override { return "JSON"; }
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  Json value_;
  int space_;
};

}  // namespace cdk::detail
