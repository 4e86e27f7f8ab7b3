#pragma once

#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/stack.hpp>
#include <nlohmann/json.hpp>
#include <vector>

namespace cdk::test {

/// Catch checks that each stack's template is aws-cdk-lib's text for text (key order
/// included): `expected` is the template itself for one stack, else templates by stack id,
/// as the parity generators record them.
inline void check_templates_equal_reference(
    const std::vector<cdk::Stack*>& stacks, const nlohmann::ordered_json& expected) {
  for (cdk::Stack* stack : stacks) {
    const auto ours = cdk::assertions::Template::from_stack(*stack).to_json();
    const auto& theirs = stacks.size() == 1 ? expected : expected[stack->node().id()];
    CHECK(ours.dump(1) == theirs.dump(1));
  }
}

}  // namespace cdk::test
