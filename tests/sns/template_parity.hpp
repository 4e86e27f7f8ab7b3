#pragma once

// Compares every template aws-cdk-lib 2.276.0 wrote for a scenario of tests/parity/sns.js
// (tests/parity/reference/sns.json) with the one cdkpp writes, byte for byte. Shared by the sns,
// cloudwatch_actions and events_targets tests, whose scenarios live in the same reference.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <string>

#include "core/parity_reference.hpp"
#include "core/parity_assembly.hpp"

namespace cdk::test {

inline const nlohmann::ordered_json& sns_reference() {
  static const nlohmann::ordered_json reference = parity_reference("sns.json");
  return reference;
}

inline void check_sns_scenario(const std::string& scenario, cdk::App& app) {
  check_assembly_equals_reference_templates(app, scenario, sns_reference().at("scenarios").at(scenario).at("templates"));
}

}  // namespace cdk::test
