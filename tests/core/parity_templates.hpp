#pragma once

#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/stack.hpp>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
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

/// Parity scenarios by name: each builds its tree in the App given and returns its stacks.
using ParityScenarios = std::map<std::string, std::function<std::vector<cdk::Stack*>(cdk::App&)>>;

/// Catch checks, a section per scenario, that each scenario synthesizes the templates of
/// `reference["templates"][name]`, and that the reference has no scenario more or less.
inline void check_scenarios_equal_reference(const ParityScenarios& scenarios, const nlohmann::ordered_json& reference) {
  REQUIRE(reference["templates"].size() == scenarios.size());
  for (const auto& [name, build] : scenarios) {
    SECTION(name) {
      // GIVEN the scenario built with cdkpp
      cdk::App app;
      const std::vector<cdk::Stack*> stacks = build(app);
      app.assembly();
      // WHEN each stack is synthesized
      // THEN its template is aws-cdk-lib's, key order included
      check_templates_equal_reference(stacks, reference["templates"][name]);
    }
  }
}

}  // namespace cdk::test
