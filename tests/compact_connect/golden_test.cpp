// The CompactConnect example's whole cloud assembly for the four context variants of
// example-app.md, pinned by golden files under tests/golden/compact_connect/<variant>/
// (rewrite them with CDKPP_UPDATE_GOLDEN=1 and review the diff). Whether these files equal
// aws-cdk-lib 2.276.0's is checked by tests/parity/compact_connect/compare.sh.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cloud_assembly.hpp>
#include <map>
#include <string>

#include "compact_connect_app.hpp"
#include "support/golden.hpp"

namespace {

using Json = nlohmann::json;

// Context as cdk.json (JSON values) or -c (strings) would give it.
const std::map<std::string, Json>& variants() {
  static const std::map<std::string, Json> all = {
      {"sandbox", Json::object()},
      {"prod", {{"environment_name", "prod"}}},
      {"nobackup", {{"backup_enabled", false}}},
      {"env", {{"account", "123456789012"}, {"region", "us-east-1"}}},
  };
  return all;
}

std::map<std::string, std::string> synthesize(const Json& context) {
  cdk::App app({.context = context});
  compact_connect::build_compact_connect(
      app, CDKPP_SOURCE_DIR "/examples/compact_connect/lambdas/cognito-backup");
  std::map<std::string, std::string> files;
  for (const auto& file : app.assembly().files()) files[file.path] = file.contents;
  return files;
}

}  // namespace

TEST_CASE("golden: the CompactConnect assemblies are unchanged", "[golden][compact_connect]") {
  for (const auto& [variant, context] : variants()) {
    SECTION(variant) {
      cdk::test::check_golden_dir("compact_connect/" + variant, synthesize(context));
    }
  }
}

TEST_CASE("the CompactConnect assembly is the same on every run", "[compact_connect]") {
  CHECK(synthesize(variants().at("sandbox")) == synthesize(variants().at("sandbox")));
}
