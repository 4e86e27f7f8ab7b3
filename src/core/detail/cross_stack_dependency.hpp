#pragma once

#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/stack.hpp>
#include <string>

namespace cdk::detail {

/// Adds "source depends on target" for elements (or stacks) of two different stacks, as
/// aws-cdk-lib's deps.ts (operateOnDependency) places it: between the top-level stacks when
/// the two share no stack; nothing when a stack depends on a stack nested in it (deployed
/// before it anyway); an error when a nested stack depends on one of its parents; otherwise a
/// DependsOn between the two resources of their deepest common stack that lead to them (the
/// element itself, or the nested-stack resource holding it). `source_resource` and
/// `target_resource` are null for a dependency between stacks.
void add_cross_stack_dependency(
    Stack& source_stack,
    CfnResource* source_resource,
    Stack& target_stack,
    const CfnResource* target_resource,
    const std::string& reason);

}  // namespace cdk::detail
