// The hello example's whole assembly, pinned by golden files (tests/golden/hello/) and checked
// byte for byte against what aws-cdk-lib 2.276.0 writes for the same tree
// (tests/parity/hello/app.js, output committed in tests/parity/reference/hello/).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "hello_stack.hpp"
#include "support/golden.hpp"

namespace {

std::map<std::string, std::string> synthesize_hello() {
  cdk::App app;
  hello::add_hello_stack(app);
  std::map<std::string, std::string> files;
  for (const auto& file : app.assembly().files()) files[file.path] = file.contents;
  return files;
}

std::string read_reference(const std::string& name) {
  std::ifstream in(std::string(CDKPP_SOURCE_DIR) + "/tests/parity/reference/hello/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("golden: the hello assembly is unchanged", "[golden][hello]") {
  cdk::test::check_golden_dir("hello", synthesize_hello());
}

TEST_CASE("the hello template, asset manifest and tree equal aws-cdk-lib's bytes", "[hello][parity]") {
  // GIVEN the same tree synthesized by cdkpp and by aws-cdk-lib 2.276.0
  auto files = synthesize_hello();
  // THEN
  for (const char* name : {"HelloStack.template.json", "HelloStack.assets.json", "tree.json", "cdk.out"}) {
    INFO(name);
    CHECK(files.at(name) == read_reference(name));
  }
}

TEST_CASE("the hello manifest equals aws-cdk-lib's apart from the feature-flag report", "[hello][parity]") {
  // GIVEN
  auto ours = nlohmann::ordered_json::parse(synthesize_hello().at("manifest.json"));
  auto theirs = nlohmann::ordered_json::parse(read_reference("manifest.json"));
  // WHEN the report of aws-cdk-lib's own feature flags, which cdkpp does not write, is dropped
  theirs["artifacts"].erase("aws-cdk-lib/feature-flag-report");
  // THEN
  CHECK(ours.dump(2) == theirs.dump(2));
}
