#include "backup/detail/names.hpp"

#include <cdk/core/construct.hpp>
#include <vector>

#include "core/detail/uniqueid.hpp"

namespace cdk::backup::detail {

std::string node_unique_id(const Construct& construct) {
  std::vector<std::string> components;
  for (const Construct* scope : construct.node().scopes()) {
    if (scope->node().scope() != nullptr) components.push_back(scope->node().id());
  }
  return components.empty() ? "" : cdk::detail::make_unique_id(std::move(components));
}

}  // namespace cdk::backup::detail
