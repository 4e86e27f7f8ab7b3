#pragma once

// Compares the template files aws-cdk-lib 2.276.0 wrote for a parity scenario (reference
// "scenarios"/<name>/"templates": file name -> text) with those of a cdkpp assembly, byte for
// byte; a failure shows a unified diff. Shared by the iam, kms, s3 and sns parity tests.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "support/unified_diff.hpp"

namespace cdk::test {

inline void check_assembly_equals_reference_templates(
    cdk::App& app, const std::string& scenario, const nlohmann::ordered_json& templates) {
  const auto& assembly = app.assembly();
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
