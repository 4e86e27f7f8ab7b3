#include "core/detail/cross_stack_dependency.hpp"

#include <fmt/format.h>

#include <cdk/core/errors.hpp>
#include <cdk/core/nested_stack.hpp>
#include <vector>

namespace cdk::detail {
namespace {

// The stacks from the top-level one down to `stack`.
std::vector<Stack*> path_from_top(Stack& stack) {
  std::vector<Stack*> path{&stack};
  while (auto* nested = dynamic_cast<NestedStack*>(path.back()))
    path.push_back(&nested->parent_stack());
  return {path.rbegin(), path.rend()};
}

}  // namespace

void add_cross_stack_dependency(
    Stack& source_stack,
    CfnResource* source_resource,
    Stack& target_stack,
    const CfnResource* target_resource,
    const std::string& reason) {
  const auto source_path = path_from_top(source_stack);
  const auto target_path = path_from_top(target_stack);
  std::size_t shared = 0;
  while (shared < source_path.size() && shared < target_path.size() &&
         source_path[shared] == target_path[shared]) {
    ++shared;
  }
  if (shared == 0) {
    source_path.front()->add_dependency(*target_path.front(), reason);
    return;
  }
  Stack* common = source_path[shared - 1];
  if (source_resource == nullptr && common == &source_stack) return;
  if (target_resource == nullptr && common == &target_stack) {
    throw ValidationError(
        fmt::format(
            "Nested stack '{}' cannot depend on a parent stack '{}'{}\n"
            "    fix: make the parent depend on the nested stack's resources instead, or "
            "remove the dependency (a nested stack is deployed with its parent)",
            source_stack.node().path(),
            target_stack.node().path(),
            reason.empty() ? "" : ": " + reason),
        source_stack.node().path());
  }
  // The resource of the common stack that leads to each side: the element itself when it is
  // in that stack, else the nested-stack resource of the child stack on its way.
  const auto holder = [&](const std::vector<Stack*>& path) -> CfnResource& {
    return static_cast<NestedStack*>(path[shared])->nested_stack_resource();
  };
  CfnResource& from = source_path.size() == shared ? *source_resource : holder(source_path);
  const CfnResource& to = target_path.size() == shared ? *target_resource : holder(target_path);
  if (&from != &to) from.add_dependency(to);
}

}  // namespace cdk::detail
