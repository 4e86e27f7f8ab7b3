#pragma once

// Compares every template aws-cdk-lib 2.276.0 wrote for a scenario of tests/parity/sns.js
// (tests/parity/reference/sns.json) with the one cdkpp writes, byte for byte. Shared by the sns,
// cloudwatch_actions and events_targets tests, whose scenarios live in the same reference.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <string>

#include "core/parity_reference.hpp"
#include "support/unified_diff.hpp"

namespace cdk::test {

inline const nlohmann::ordered_json& sns_reference() {
  static const nlohmann::ordered_json reference = parity_reference("sns.json");
  return reference;
}

inline void check_sns_scenario(const std::string& scenario, cdk::App& app) {
  const auto& assembly = app.assembly();
  const auto& templates = sns_reference().at("scenarios").at(scenario).at("templates");
  REQUIRE(!templates.empty());
  for (auto it = templates.begin(); it != templates.end(); ++it) {
    INFO(scenario << "/" << it.key());
    const auto* file = assembly.find_file(it.key());
    REQUIRE(file != nullptr);
    const std::string expected = it.value().get<std::string>();
    INFO(unified_diff(expected, file->contents, "aws-cdk-lib", "cdkpp"));
    CHECK(file->contents == expected);
  }
}

}  // namespace cdk::test
