#pragma once

// Tokens the iam module resolves itself, in cdk::iam::detail.

#include <cdk/core/token.hpp>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk {
class Construct;
class Stack;
}  // namespace cdk

namespace cdk::iam::detail {

/// A value computed from the stack that uses it (aws-cdk-lib's StackDependentToken in
/// principals.ts): e.g. an account ARN whose partition and account are that stack's.
class StackDependentToken final : public IResolvable {
 public:
  using Producer = std::function<std::string(const Stack&)>;
  explicit StackDependentToken(Producer producer) : producer_(std::move(producer)) {}
  nlohmann::ordered_json resolve(ResolveContext& context) const override;
  /// Its producer is the library's own, and reads only.
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  Producer producer_;
};

/// A string token for `producer`, registered with the App of the first token in `related`,
/// else with the newest App on this thread.
std::string stack_dependent_string(
    StackDependentToken::Producer producer, const std::vector<std::string>& related = {});

/// A list whose elements are resolved, then kept once each by their JSON, in first-seen order;
/// nothing when empty (aws-cdk-lib's UniqueStringSet, used for a role's ManagedPolicyArns).
class UniqueListToken final : public IResolvable {
 public:
  using Producer = std::function<std::vector<std::string>()>;
  explicit UniqueListToken(Producer producer) : producer_(std::move(producer)) {}
  nlohmann::ordered_json resolve(ResolveContext& context) const override;
  /// Its producer is the library's own, and reads only.
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  Producer producer_;
};

/// aws-cdk-lib's Resource.getResourceArnAttribute/getResourceNameAttribute: for a consumer in
/// the owner's environment the attribute itself (a reference, exported across stacks as usual);
/// for a consumer in another account or region the value built from the physical name, since
/// CloudFormation can't reference across environments.
class CrossEnvironmentToken final : public IResolvable {
 public:
  CrossEnvironmentToken(
      const Construct& owner,
      std::string same_environment,
      std::function<std::string()> other_environment)
      : owner_(owner),
        same_environment_(std::move(same_environment)),
        other_environment_(std::move(other_environment)) {}
  nlohmann::ordered_json resolve(ResolveContext& context) const override;
  /// Its producer is the library's own, and reads only.
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  const Construct& owner_;
  std::string same_environment_;
  std::function<std::string()> other_environment_;
};

/// aws-cdk-lib's Token.compareStrings.
enum class TokenComparison { same, different, one_unresolved, both_unresolved };
TokenComparison compare_strings(const std::string& a, const std::string& b);

}  // namespace cdk::iam::detail
