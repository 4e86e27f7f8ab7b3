#pragma once

#include <cdk/core/token.hpp>
#include <map>
#include <string>

namespace cdk {
class CfnElement;
}

namespace cdk::detail {

/// A Ref or Fn::GetAtt to an element. It renders as such inside the element's own stack; for
/// another stack, preparation registers a replacement (an import, a parameter, an output
/// attribute) that it renders instead (aws-cdk-lib's cfn-reference.ts).
class CfnReference : public IResolvable {
 public:
  /// A reference to `target`; an empty attribute means Ref.
  CfnReference(const CfnElement& target, std::string attribute);

  nlohmann::ordered_json resolve(ResolveContext& context) const override;
  std::string display_hint() const override;
  /// Reads the target's logical ID and the replacements made so far; a missing replacement
  /// is made on the synthesizing thread.
  bool resolves_concurrently() const noexcept override { return true; }

  const CfnElement& target() const noexcept { return target_; }
  /// The GetAtt attribute, or "" for Ref.
  const std::string& attribute() const noexcept { return attribute_; }
  /// The reference as it renders in the target's own stack.
  nlohmann::ordered_json intrinsic() const;
  /// The replacement it renders as inside `consumer`, if one was set.
  const std::string* replacement_in(const Stack& consumer) const;
  /// Makes the reference render as `replacement` (a token string) inside `consumer`.
  void set_replacement(const Stack& consumer, std::string replacement) const;

 private:
  const CfnElement& target_;
  std::string attribute_;
  // Filled during preparation; mutable because the token table holds references as const.
  mutable std::map<const Stack*, std::string> replacements_;
};

}  // namespace cdk::detail

namespace cdk::detail {

/// An element's logical ID as a string token: late-bound, so an override made after the token
/// was taken still counts (aws-cdk-lib's `logicalId` is a token for the same reason).
class LogicalIdToken : public IResolvable {
 public:
  explicit LogicalIdToken(const CfnElement& element) : element_(element) {}
  nlohmann::ordered_json resolve(ResolveContext& context) const override;
  std::string display_hint() const override;
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  const CfnElement& element_;
};

}  // namespace cdk::detail
