// Logical IDs, replayed against aws-cdk-lib 2.276.0.
//
// Expected values are read at test time from tests/parity/reference/unique_ids.json, written by
// tests/parity/unique_ids.js from aws-cdk-lib 2.276.0's makeUniqueId (core/lib/private/uniqueid)
// and Stack.getLogicalId. Nothing here is copied by hand from CDK output.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <memory>
#include <string>
#include <vector>

#include "core/detail/uniqueid.hpp"
#include "parity_reference.hpp"

namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> components_of(const Json& list) {
  std::vector<std::string> out;
  for (const auto& component : list) out.push_back(component.get<std::string>());
  return out;
}

std::string describe(const Json& components) { return components.dump(); }

// The reference records a token component by its encoding with the counter replaced by '#'
// (tests/parity/README.md); each such component becomes a real token of `app` here.
std::vector<std::string> with_real_tokens(cdk::App& app, const Json& list) {
  std::vector<std::string> out;
  for (const auto& component : list) {
    const auto text = component.get<std::string>();
    if (text.find("${Token[") != std::string::npos) {
      out.push_back(cdk::Token::as_string(app, std::make_shared<cdk::Intrinsic>(Json{{"Ref", "X"}})));
    } else {
      out.push_back(text);
    }
  }
  return out;
}

// Builds the reference's construct path below `stack` (plain constructs, then a CfnResource).
cdk::CfnResource& resource_at(cdk::Stack& stack, const std::string& path_below_stack) {
  cdk::Construct* scope = &stack;
  std::string rest = path_below_stack;
  for (auto slash = rest.find('/'); slash != std::string::npos; slash = rest.find('/')) {
    const std::string id = rest.substr(0, slash);
    rest = rest.substr(slash + 1);
    cdk::Construct* child = scope->node().try_find_child(id);
    scope = child != nullptr ? child : &scope->add<cdk::Construct>(id);
  }
  return scope->add<cdk::CfnResource>(rest, {.type = "AWS::SNS::Topic"});
}

}  // namespace

TEST_CASE("make_unique_id gives aws-cdk-lib's logical ID for every reference component list", "[core][uniqueid]") {
  // GIVEN every component list that unique_ids.js passed to makeUniqueId
  const auto reference = cdk::test::parity_reference("unique_ids.json");
  const auto& cases = reference.at("unique_ids");
  REQUIRE(cases.size() >= 40);

  std::size_t compared = 0;
  std::size_t rejected = 0;
  for (const auto& entry : cases) {
    const auto components = components_of(entry.at("components"));
    const auto expected = entry.at("id").get<std::string>();
    INFO("components " << describe(entry.at("components")));
    if (expected.empty()) {
      // Deliberate difference: CDK returns "" when a single component has no ASCII letter or
      // digit ("日本語", "---"). CloudFormation rejects an empty logical ID ("Resources": {"": ..}
      // is not alphanumeric), so cdkpp reports it when the ID is made instead of at deploy time.
      // WHEN the ID is made THEN it is an error that names the component and says how to fix it
      CHECK_THROWS_AS(cdk::detail::make_unique_id(components), cdk::ValidationError);
      CHECK_THROWS_WITH(cdk::detail::make_unique_id(components), Catch::Contains("no ASCII letter or digit"));
      CHECK_THROWS_WITH(cdk::detail::make_unique_id(components), Catch::Contains(components.front()));
      CHECK_THROWS_WITH(cdk::detail::make_unique_id(components), Catch::Contains("fix:"));
      ++rejected;
      continue;
    }
    // WHEN the ID is made THEN it equals CDK's
    CHECK(cdk::detail::make_unique_id(components) == expected);
    ++compared;
  }
  CHECK(compared + rejected == cases.size());
  CHECK(rejected == 2);
}

TEST_CASE("make_unique_id rejects the component lists aws-cdk-lib rejects", "[core][uniqueid]") {
  // GIVEN the error cases of unique_ids.js (no components left after dropping Default; a token)
  const auto reference = cdk::test::parity_reference("unique_ids.json");
  const auto& cases = reference.at("errors");
  REQUIRE(cases.size() == 4);

  for (const auto& entry : cases) {
    cdk::App app;
    const auto components = with_real_tokens(app, entry.at("components"));
    const auto cdk_message = entry.at("error").get<std::string>();
    INFO("components " << describe(entry.at("components")) << ", CDK says: " << cdk_message);
    // WHEN the ID is made THEN it throws a ValidationError; the wording is cdkpp's own (what is
    // wrong, then a fix), so only the key part that matches CDK's meaning is checked
    CHECK_THROWS_AS(cdk::detail::make_unique_id(components), cdk::ValidationError);
    if (cdk_message.find("unresolved tokens") != std::string::npos) {
      CHECK_THROWS_WITH(
          cdk::detail::make_unique_id(components),
          Catch::Contains("ID components may not include unresolved tokens: ${Token["));
    } else {
      REQUIRE(cdk_message.find("empty set of components") != std::string::npos);
      CHECK_THROWS_WITH(cdk::detail::make_unique_id(components), Catch::Contains("no path components remain"));
      CHECK_THROWS_WITH(cdk::detail::make_unique_id(components), Catch::Contains("fix:"));
    }
  }
}

TEST_CASE("a stack gives each resource the logical ID aws-cdk-lib gives it at the same path", "[core][uniqueid][stack]") {
  // GIVEN stack "Stack" with a CfnResource at every path of stack_level, in reference order
  const auto reference = cdk::test::parity_reference("unique_ids.json");
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  std::vector<std::pair<const cdk::CfnResource*, std::string>> resources;
  for (const auto& entry : reference.at("stack_level")) {
    const auto path = entry.at("path").get<std::string>();
    resources.emplace_back(&resource_at(stack, path), entry.at("logical_id").get<std::string>());
  }

  // WHEN each logical ID is read THEN it is CDK's
  for (const auto& [resource, expected] : resources) {
    INFO("path " << resource->node().path());
    CHECK(stack.resolve(Json(stack.get_logical_id(*resource))) == Json(expected));
  }

  // WHEN the stack is synthesized THEN the Resources keys come in CDK's order
  const Json template_json = app.assembly().template_json(stack);
  Json keys = Json::array();
  for (const auto& item : template_json.at("Resources").items()) keys.push_back(item.key());
  CHECK(keys.dump() == reference.at("stack_level_template_resource_order").dump());
}

TEST_CASE("a resource whose path is only Default has no logical ID, as in aws-cdk-lib", "[core][uniqueid][stack]") {
  const auto reference = cdk::test::parity_reference("unique_ids.json");
  for (const auto& entry : reference.at("stack_level_errors")) {
    // GIVEN a stack with a resource at a path made only of Default ids
    const auto path = entry.at("path").get<std::string>();
    INFO("path " << path << ", CDK getLogicalId: " << entry.at("getLogicalId_error").get<std::string>()
                 << ", CDK synth: " << entry.at("synth_error").get<std::string>());
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("Stack");
    auto& resource = resource_at(stack, path);

    // WHEN its logical ID is read THEN it throws, naming the resource's path
    CHECK_THROWS_AS(stack.get_logical_id(resource), cdk::ValidationError);
    CHECK_THROWS_WITH(stack.get_logical_id(resource), Catch::Contains("no path components remain"));
    CHECK_THROWS_WITH(stack.get_logical_id(resource), Catch::Contains("Stack/" + path));

    // WHEN the app is synthesized THEN synthesis fails too (CDK: "Resolution error: ...")
    CHECK_THROWS_AS(app.assembly(), cdk::Error);
  }
}

TEST_CASE("make_unique_resource_name keeps both ends of a long name, as aws-cdk-lib's makeStackName", "[core][uniqueid]") {
  // GIVEN the stack ids of stack_basics.js whose generated names CDK recorded
  const auto reference = cdk::test::parity_reference("stack_basics.json");
  std::size_t checked = 0;
  for (const auto& entry : reference.at("naming")) {
    const auto path = entry.at("path").get<std::string>();
    if (path.find('/') == std::string::npos || path.rfind("Stage/", 0) == 0) continue;
    // WHEN a name is made from the path's ids THEN it is CDK's stack name
    std::vector<std::string> ids;
    for (std::size_t start = 0;;) {
      const auto slash = path.find('/', start);
      ids.push_back(path.substr(start, slash - start));
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    INFO("path " << path);
    CHECK(cdk::detail::make_unique_resource_name(ids, 128) == entry.at("stack_name").get<std::string>());
    ++checked;
  }
  CHECK(checked == 3);
}
