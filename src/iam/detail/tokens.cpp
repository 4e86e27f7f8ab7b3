#include "iam/detail/tokens.hpp"

#include <cdk/core/stack.hpp>
#include <algorithm>

namespace cdk::iam::detail {

using Json = nlohmann::ordered_json;

Json StackDependentToken::resolve(ResolveContext& context) const {
  return producer_(Stack::of(context.scope()));
}

std::string stack_dependent_string(
    StackDependentToken::Producer producer, const std::vector<std::string>& related) {
  return Token::as_string(std::make_shared<StackDependentToken>(std::move(producer)), related);
}

Json UniqueListToken::resolve(ResolveContext& context) const {
  Json out = Json::array();
  for (const auto& element : producer_()) {
    Json resolved = context.resolve(Json(element));
    if (resolved.is_discarded()) continue;
    // Compared as values: the lists are short, and writing each value out cost more.
    if (std::find(out.begin(), out.end(), resolved) == out.end()) out.push_back(std::move(resolved));
  }
  if (out.empty()) return Json(Json::value_t::discarded);
  return out;
}

Json CrossEnvironmentToken::resolve(ResolveContext& context) const {
  const Stack& owner = Stack::of(owner_);
  const Stack& consumer = Stack::of(context.scope());
  // Most of these resolve in their own stack, whose account and region are its own.
  if (&owner == &consumer) return same_environment_;
  auto differs = [](const std::string& a, const std::string& b) {
    const auto comparison = compare_strings(a, b);
    return comparison == TokenComparison::different ||
           comparison == TokenComparison::one_unresolved;
  };
  if (differs(owner.account(), consumer.account()) || differs(owner.region(), consumer.region())) {
    return other_environment_();
  }
  return same_environment_;
}

TokenComparison compare_strings(const std::string& a, const std::string& b) {
  const bool a_unresolved = Token::is_unresolved(a);
  const bool b_unresolved = Token::is_unresolved(b);
  if (a_unresolved && b_unresolved) return TokenComparison::both_unresolved;
  if (a_unresolved || b_unresolved) return TokenComparison::one_unresolved;
  return a == b ? TokenComparison::same : TokenComparison::different;
}

}  // namespace cdk::iam::detail
