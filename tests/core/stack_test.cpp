// Stacks: names, artifact ids, environment, pseudo parameters, the manifest stack artifact and
// stack dependencies, replayed against aws-cdk-lib 2.276.0.
//
// Expected values are read at test time from tests/parity/reference/stack_basics.json, written by
// tests/parity/stack_basics.js from aws-cdk-lib 2.276.0. The tests build the same trees and map
// each reference case, by its description, to the cdkpp call that does the same thing.
//
// Not covered yet, because cdkpp doesn't support them: Stages (the "Stage/StageStack" case and the
// "assembly-Stage" artifact), availability zones (`availabilityZones`, no context provider yet)
// and `analyticsReporting` (cdkpp never writes the CDKMetadata resource it turns off, so the
// "analyticsReporting false" stack is built as a plain stack and must match CDK's output anyway).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/aws.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/detail/bootstrap.hpp"
#include "parity_reference.hpp"

namespace {

using Json = nlohmann::ordered_json;

const Json& reference() {
  static const Json data = cdk::test::parity_reference("stack_basics.json");
  return data;
}

// The reference case of `section` with this description.
const Json& reference_case(const char* section, const std::string& description) {
  for (const auto& entry : reference().at(section)) {
    if (entry.at("description") == description) return entry;
  }
  FAIL("no reference case '" << description << "' in " << section);
  throw std::logic_error("unreachable");
}

// The tree of stack_basics.js "naming": one App, stacks created in the script's order, each
// with a CfnResource "Topic".
struct NamingApp {
  cdk::App app;
  std::map<std::string, cdk::Stack*> stacks;  // by reference description
  std::vector<std::string> order;

  NamingApp() {
    auto& group = app.add<cdk::Construct>("Group");
    auto& sub = group.add<cdk::Construct>("Sub");
    const std::map<std::string, std::function<cdk::Stack&()>> factories = {
        {"MyStack", [&]() -> cdk::Stack& { return app.add<cdk::Stack>("MyStack"); }},
        {"my-stack", [&]() -> cdk::Stack& { return app.add<cdk::Stack>("my-stack"); }},
        {"Group/Inner (stack inside a plain Construct)",
         [&]() -> cdk::Stack& { return group.add<cdk::Stack>("Inner"); }},
        {"Group/Sub/Deep", [&]() -> cdk::Stack& { return sub.add<cdk::Stack>("Deep"); }},
        {"Group/Default", [&]() -> cdk::Stack& { return group.add<cdk::Stack>("Default"); }},
        {"explicit stackName",
         [&]() -> cdk::Stack& { return app.add<cdk::Stack>("Explicit", {.stack_name = "my-explicit-name"}); }},
        {"env concrete us-east-1",
         [&]() -> cdk::Stack& {
           return app.add<cdk::Stack>(
               "Concrete", {.env = cdk::Environment{.account = "123456789012", .region = "us-east-1"}});
         }},
        {"env concrete cn-north-1",
         [&]() -> cdk::Stack& {
           return app.add<cdk::Stack>(
               "China", {.env = cdk::Environment{.account = "123456789012", .region = "cn-north-1"}});
         }},
        {"env us-gov-west-1",
         [&]() -> cdk::Stack& {
           return app.add<cdk::Stack>(
               "Gov", {.env = cdk::Environment{.account = "123456789012", .region = "us-gov-west-1"}});
         }},
        {"env region only",
         [&]() -> cdk::Stack& {
           return app.add<cdk::Stack>("RegionOnly", {.env = cdk::Environment{.region = "eu-west-1"}});
         }},
        {"env account only",
         [&]() -> cdk::Stack& {
           return app.add<cdk::Stack>("AccountOnly", {.env = cdk::Environment{.account = "123456789012"}});
         }},
        {"id with spaces and dots, explicit stackName",
         [&]() -> cdk::Stack& { return app.add<cdk::Stack>("My Stack.v2", {.stack_name = "MyStackV2"}); }},
        {"id 128 chars", [&]() -> cdk::Stack& { return app.add<cdk::Stack>(std::string(128, 'S')); }},
        {"id 129 chars", [&]() -> cdk::Stack& { return app.add<cdk::Stack>(std::string(129, 'T')); }},
        {"terminationProtection true",
         [&]() -> cdk::Stack& { return app.add<cdk::Stack>("Protected", {.termination_protection = true}); }},
        {"description",
         [&]() -> cdk::Stack& { return app.add<cdk::Stack>("Described", {.description = "A description"}); }},
        {"tags in props",
         [&]() -> cdk::Stack& { return app.add<cdk::Stack>("TaggedProps", {.tags = {{"b", "2"}, {"a", "1"}}}); }},
        {"notificationArns",
         [&]() -> cdk::Stack& {
           return app.add<cdk::Stack>(
               "Notified", {.notification_arns = {"arn:aws:sns:us-east-1:123456789012:t"}});
         }},
        {"analyticsReporting false", [&]() -> cdk::Stack& { return app.add<cdk::Stack>("NoAnalytics"); }},
    };
    for (const auto& entry : reference().at("naming")) {
      const auto description = entry.at("description").get<std::string>();
      if (description == "Stage/StageStack (stack inside a Stage)") continue;  // Stages: not supported yet
      auto factory = factories.find(description);
      if (factory == factories.end()) FAIL("no cdkpp stack for reference case '" << description << "'");
      cdk::Stack& stack = factory->second();
      stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
      stacks[description] = &stack;
      order.push_back(description);
    }
  }
};

// The value a quoted part of a CDK error message names ("... got 'my_stack'" -> my_stack).
std::string last_quoted(const std::string& message) {
  const auto close = message.rfind('\'');
  if (close == std::string::npos || close == 0) return "";
  const auto open = message.rfind('\'', close - 1);
  if (open == std::string::npos) return "";
  return message.substr(open + 1, close - open - 1);
}

std::string what_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

// Three stacks, A -> B -> C.
struct StackChain {
  StackChain() {
    a.add_dependency(b);
    b.add_dependency(c);
  }
  cdk::App app;
  cdk::Stack& a = app.add<cdk::Stack>("A");
  cdk::Stack& b = app.add<cdk::Stack>("B");
  cdk::Stack& c = app.add<cdk::Stack>("C");
};

}  // namespace

TEST_CASE("stacks get aws-cdk-lib's names, artifact ids, template files and environments", "[core][stack]") {
  // GIVEN the stacks of stack_basics.js built the same way
  NamingApp fixture;
  REQUIRE(fixture.order.size() + 1 == reference().at("naming").size());  // all but the Stage case

  for (const auto& description : fixture.order) {
    const Json& expected = reference_case("naming", description);
    const cdk::Stack& stack = *fixture.stacks.at(description);
    INFO("case '" << description << "'");
    // WHEN its naming properties are read THEN they are CDK's
    CHECK(stack.node().path() == expected.at("path").get<std::string>());
    CHECK(stack.stack_name() == expected.at("stack_name").get<std::string>());
    CHECK(stack.artifact_id() == expected.at("artifact_id").get<std::string>());
    CHECK(stack.template_file() == expected.at("template_file").get<std::string>());
    CHECK(cdk::Stack::is_stack(stack) == expected.at("is_stack").get<bool>());
    CHECK(stack.environment() == expected.at("environment").get<std::string>());
    CHECK(stack.termination_protection() == expected.at("termination_protection").get<bool>());
  }
}

TEST_CASE("stack pseudo values resolve as in aws-cdk-lib", "[core][stack]") {
  // GIVEN the stacks of stack_basics.js
  NamingApp fixture;
  for (const auto& description : fixture.order) {
    const Json& resolved = reference_case("naming", description).at("resolved");
    const cdk::Stack& stack = *fixture.stacks.at(description);
    INFO("case '" << description << "'");
    // WHEN account, region, partition, URL suffix, name, id and notification ARNs are resolved
    // THEN each is CDK's literal or {"Ref": "AWS::..."} (availability zones: not supported yet)
    CHECK(stack.resolve(Json(stack.account())) == resolved.at("account"));
    CHECK(stack.resolve(Json(stack.region())) == resolved.at("region"));
    CHECK(stack.resolve(Json(stack.partition())) == resolved.at("partition"));
    CHECK(stack.resolve(Json(stack.url_suffix())) == resolved.at("url_suffix"));
    CHECK(stack.resolve(Json(stack.stack_name())) == resolved.at("stack_name"));
    CHECK(stack.resolve(Json(stack.stack_id())) == resolved.at("stack_id"));
    CHECK(stack.resolve(Json(stack.notification_arns())) == resolved.at("notification_arns"));
  }
}

TEST_CASE("the manifest has aws-cdk-lib's stack artifact entry, keys in CDK's order", "[core][stack][manifest]") {
  // GIVEN the stacks of stack_basics.js
  NamingApp fixture;
  // WHEN the app is synthesized
  const auto& assembly = fixture.app.assembly();
  const Json manifest = assembly.manifest();

  for (const auto& description : fixture.order) {
    const Json& expected = reference_case("naming", description);
    const cdk::Stack& stack = *fixture.stacks.at(description);
    INFO("case '" << description << "'");
    // THEN the stack's artifact, dumped with its key order, is CDK's
    REQUIRE(manifest.at("artifacts").contains(stack.artifact_id()));
    CHECK(manifest.at("artifacts").at(stack.artifact_id()).dump() == expected.at("manifest_artifact").dump());
    // THEN its template is CDK's, keys in CDK's order
    CHECK(assembly.template_json(stack).dump() == expected.at("template").dump());
    REQUIRE(assembly.find_file(stack.template_file()) != nullptr);
  }

  // THEN the manifest's top-level keys, version and artifact order are CDK's; the Stage's nested
  // assembly is left out (Stages: not supported yet)
  Json keys = Json::array();
  for (const auto& item : manifest.items()) keys.push_back(item.key());
  CHECK(keys.dump() == reference().at("manifest_top_level_keys").dump());
  CHECK(manifest.at("version") == reference().at("manifest_version"));
  Json artifact_order = Json::array();
  for (const auto& item : manifest.at("artifacts").items()) artifact_order.push_back(item.key());
  Json expected_order = Json::array();
  for (const auto& id : reference().at("manifest_artifact_order")) {
    if (id != "assembly-Stage") expected_order.push_back(id);
  }
  // Known gap outside this area: cdkpp doesn't write the "aws-cdk-lib/feature-flag-report"
  // artifact yet (src/core/detail/synthesis.cpp), so compare up to it.
  REQUIRE(expected_order.back() == "aws-cdk-lib/feature-flag-report");
  expected_order.erase(expected_order.size() - 1);
  CHECK(artifact_order.dump() == expected_order.dump());
}

TEST_CASE("is_stack and Stack::of agree with aws-cdk-lib", "[core][stack]") {
  // GIVEN the stacks of stack_basics.js
  NamingApp fixture;
  const Json& expected = reference().at("is_stack");
  const cdk::Stack& first = *fixture.stacks.at(fixture.order.front());
  // WHEN the app, a plain construct and a stack are tested THEN the answers are CDK's
  // ("Stack.isStack({})" has no C++ equivalent: the type system rules it out)
  CHECK(cdk::Stack::is_stack(fixture.app) == expected.at("Stack.isStack(app)").get<bool>());
  CHECK(
      cdk::Stack::is_stack(*fixture.app.node().try_find_child("Group")) ==
      expected.at("Stack.isStack(group construct)").get<bool>());
  CHECK(cdk::Stack::is_stack(first) == expected.at("Stack.isStack(stack)").get<bool>());
  // WHEN the stack of a resource is looked up THEN it is the stack that holds it
  CHECK(
      cdk::Stack::of(first.node().find_child("Topic")).node().path() ==
      expected.at("Stack.of(resource) path").get<std::string>());
}

TEST_CASE("stack validation accepts and rejects what aws-cdk-lib does", "[core][stack][errors]") {
  // Each reference case, run in a fresh App. An action returns CDK's recorded `value`, if any.
  using Action = std::function<Json()>;
  const auto stack_in_fresh_app = [](cdk::StackProps props, std::string id = "S") {
    return [props = std::move(props), id = std::move(id)]() -> Json {
      cdk::App app;
      auto& stack = app.add<cdk::Stack>(id, props);
      return stack.stack_name();
    };
  };
  const auto synth_with_description = [](std::size_t length) {
    return [length]() -> Json {
      cdk::App app;
      auto& stack = app.add<cdk::Stack>("S", {.description = std::string(length, 'd')});
      stack.add<cdk::CfnResource>("T", {.type = "AWS::SNS::Topic"});
      app.assembly();
      return stack.description().size();
    };
  };
  const std::map<std::string, Action> actions = {
      {"stackName 'my_stack' (underscore)", stack_in_fresh_app({.stack_name = "my_stack"})},
      {"stackName starting with a digit", stack_in_fresh_app({.stack_name = "1stack"})},
      {"stackName starting with a dash", stack_in_fresh_app({.stack_name = "-stack"})},
      {"stackName with a space", stack_in_fresh_app({.stack_name = "my stack"})},
      {"stackName 128 chars", stack_in_fresh_app({.stack_name = std::string(128, 'a')})},
      {"stackName 129 chars", stack_in_fresh_app({.stack_name = std::string(129, 'a')})},
      // An empty .stack_name means "not given" in cdkpp (the default); the stack id "S" is then
      // used, so cdkpp accepts what CDK rejects. Checked separately below.
      {"stack id 'my_stack' (underscore, no stackName)", stack_in_fresh_app({}, "my_stack")},
      {"stack id '1abc' (no stackName)", stack_in_fresh_app({}, "1abc")},
      {"stack id 'My Stack.v2' (no stackName)", stack_in_fresh_app({}, "My Stack.v2")},
      {"stack description 512 chars",
       []() -> Json {
         cdk::App app;
         return app.add<cdk::Stack>("S", {.description = std::string(512, 'd')}).description().size();
       }},
      {"stack description 513 chars",
       []() -> Json {
         cdk::App app;
         app.add<cdk::Stack>("S", {.description = std::string(513, 'd')});
         return nullptr;
       }},
      {"construct id empty",
       []() -> Json {
         cdk::App app;
         app.add<cdk::Stack>("");
         return nullptr;
       }},
      {"construct id empty for a child",
       []() -> Json {
         cdk::App app;
         app.add<cdk::Stack>("S").add<cdk::Construct>("");
         return nullptr;
       }},
      {"construct id with '/' (value: node.id and node.path)",
       []() -> Json {
         cdk::App app;
         auto& construct = app.add<cdk::Stack>("S").add<cdk::Construct>("a/b");
         return Json::array({construct.node().id(), construct.node().path()});
       }},
      {"stack id with '/' (value: stackName, artifactId)",
       []() -> Json {
         cdk::App app;
         auto& stack = app.add<cdk::Stack>("a/b");
         return Json::array({stack.stack_name(), stack.artifact_id()});
       }},
      {"duplicate sibling id",
       []() -> Json {
         cdk::App app;
         auto& stack = app.add<cdk::Stack>("S");
         stack.add<cdk::Construct>("Dup");
         stack.add<cdk::Construct>("Dup");
         return nullptr;
       }},
      {"duplicate stack id",
       []() -> Json {
         cdk::App app;
         app.add<cdk::Stack>("S");
         app.add<cdk::Stack>("S");
         return nullptr;
       }},
      {"stack description 1024 chars", synth_with_description(1024)},
      {"stack description 1025 chars", synth_with_description(1025)},
      {"notificationArns with a token",
       []() -> Json {
         cdk::App app;
         app.add<cdk::Stack>("S", {.notification_arns = {cdk::Aws::account_id()}});
         return nullptr;
       }},
      {"stack with token account (value: resolved account, environment)",
       []() -> Json {
         cdk::App app;
         auto& stack = app.add<cdk::Stack>("S", {.env = cdk::Environment{.account = cdk::Aws::account_id()}});
         return Json::array({stack.resolve(Json(stack.account())), stack.environment()});
       }},
      {"Stack.of(construct outside any stack)",
       []() -> Json {
         cdk::App app;
         cdk::Stack::of(app.add<cdk::Construct>("Loose"));
         return nullptr;
       }},
      {"stack nested in a stack (not NestedStack) (value: stackName, artifactId)",
       []() -> Json {
         cdk::App app;
         auto& inner = app.add<cdk::Stack>("Outer").add<cdk::Stack>("Inner");
         return Json::array({inner.stack_name(), inner.artifact_id()});
       }},
      {"empty stack synth (no resources)",
       []() -> Json {
         cdk::App app;
         auto& stack = app.add<cdk::Stack>("Empty");
         return app.assembly().template_json(stack);
       }},
  };
  // Deliberate differences: cdkpp rejects construct ids containing '/', which separates ids in
  // a path; CDK silently rewrites '/' to "--", so the id the user wrote never appears anywhere.
  const std::set<std::string> cdkpp_rejects = {
      "construct id with '/' (value: node.id and node.path)",
      "stack id with '/' (value: stackName, artifactId)",
  };
  // Cases without a cdkpp equivalent, checked in their own test below.
  const std::set<std::string> checked_elsewhere = {"stackName empty string"};

  std::size_t replayed = 0;
  for (const auto& entry : reference().at("errors")) {
    const auto description = entry.at("description").get<std::string>();
    if (checked_elsewhere.count(description) != 0) continue;
    INFO("case '" << description << "'");
    auto action = actions.find(description);
    if (action == actions.end()) FAIL("no cdkpp action for reference case '" << description << "'");
    ++replayed;

    if (cdkpp_rejects.count(description) != 0) {
      // GIVEN an id with '/' WHEN the construct is added THEN cdkpp throws, naming the id and a fix
      REQUIRE(entry.value("no_error", false));
      const std::string message = what_of([&] { action->second(); });
      CHECK_THAT(message, Catch::Contains("contains '/'"));
      CHECK_THAT(message, Catch::Contains("a/b"));
      CHECK_THAT(message, Catch::Contains("fix:"));
      continue;
    }
    if (entry.value("no_error", false)) {
      // WHEN the case runs THEN it succeeds with CDK's value
      Json value;
      CHECK_NOTHROW(value = action->second());
      if (entry.contains("value")) CHECK(value.dump() == entry.at("value").dump());
      continue;
    }
    // WHEN the case runs THEN it fails; the wording is cdkpp's own, so check that the message
    // names the offending value CDK names (when short enough to quote) and says how to fix it
    const auto cdk_message = entry.at("error").get<std::string>();
    INFO("CDK says: " << cdk_message);
    const std::string message = what_of([&] { action->second(); });
    REQUIRE_FALSE(message.empty());
    const std::string quoted = last_quoted(cdk_message);
    if (!quoted.empty() && quoted.size() <= 200) CHECK_THAT(message, Catch::Contains(quoted));
    CHECK_THAT(message, Catch::Contains("fix:"));
    // Stack-level problems name the stack's path ("S"); tree-level ones name where they happened.
    if (cdk_message.rfind("Stack ", 0) == 0 || cdk_message.rfind("Construct at", 0) == 0) {
      CHECK_THAT(message, Catch::Contains("at path ["));
    }
  }
  CHECK(replayed + checked_elsewhere.size() == reference().at("errors").size());
}

TEST_CASE("a stack description longer than 512 characters is rejected, as aws-cdk-lib does", "[core][stack][errors]") {
  // aws-cdk-lib's message says "<= 1024 bytes" but it rejects more than 512 JavaScript
  // characters (it assumes up to 2 bytes each); cdkpp enforces the same limit and says so.
  const auto& at_limit = reference_case("errors", "stack description 512 chars");
  const auto& over = reference_case("errors", "stack description 513 chars");
  REQUIRE(at_limit.value("no_error", false));
  REQUIRE(over.contains("error"));
  const std::size_t limit = at_limit.at("value").get<std::size_t>();

  // GIVEN a description of exactly the limit THEN the stack is created
  cdk::App app;
  CHECK_NOTHROW(app.add<cdk::Stack>("AtLimit", {.description = std::string(limit, 'd')}));
  // GIVEN one more character THEN it is an error that says the limit, the length and the fix
  const std::string message =
      what_of([&] { app.add<cdk::Stack>("Over", {.description = std::string(limit + 1, 'd')}); });
  CHECK_THAT(message, Catch::Contains("at most 512 characters (got 513)"));
  CHECK_THAT(message, Catch::Contains("at path [Over]"));
  CHECK_THAT(message, Catch::Contains("fix:"));
  // GIVEN 512 two-byte characters (1024 bytes, 512 JavaScript characters) THEN CDK's limit holds
  std::string accented;
  for (std::size_t i = 0; i < limit; ++i) accented += "\xC3\xA9";  // é
  CHECK_NOTHROW(app.add<cdk::Stack>("Accented", {.description = accented}));
}

TEST_CASE("an empty stack_name means the name comes from the construct path", "[core][stack]") {
  // CDK rejects stackName "" ("must match ..."); in cdkpp the prop is a plain string whose
  // empty default means "not given", so the stack is named after its id instead.
  const auto& cdk_case = reference_case("errors", "stackName empty string");
  REQUIRE(cdk_case.contains("error"));
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S", {.stack_name = ""});
  CHECK(stack.stack_name() == "S");
}

TEST_CASE("an invalid stack name is an error naming the path and a fix", "[core][stack][errors]") {
  cdk::App app;
  // GIVEN an explicit name with an underscore WHEN the stack is created THEN the error says why
  const std::string named = what_of([&] { app.add<cdk::Stack>("Good", {.stack_name = "bad_name"}); });
  CHECK_THAT(named, Catch::Contains("/^[A-Za-z][A-Za-z0-9-]*$/ (got 'bad_name')"));
  CHECK_THAT(named, Catch::Contains("at path [Good]"));
  CHECK_THAT(named, Catch::Contains("fix: change .stack_name"));
  // GIVEN an id that is not a valid name and no explicit name THEN the fix offers both ways out
  const std::string from_id = what_of([&] { app.add<cdk::Stack>("bad_id"); });
  CHECK_THAT(from_id, Catch::Contains("(got 'bad_id')"));
  CHECK_THAT(from_id, Catch::Contains("at path [bad_id]"));
  CHECK_THAT(from_id, Catch::Contains("fix: set .stack_name"));
  // THEN the failed stacks were not added, so the ids can be used again
  CHECK_NOTHROW(app.add<cdk::Stack>("bad_id", {.stack_name = "GoodName"}));
}

TEST_CASE("Stack::of a construct outside any stack is an error naming its path", "[core][stack][errors]") {
  // GIVEN a construct directly under the App
  cdk::App app;
  auto& loose = app.add<cdk::Construct>("Loose");
  // WHEN its stack is looked up THEN it throws a ValidationError with the path and a fix
  CHECK_THROWS_AS(cdk::Stack::of(loose), cdk::ValidationError);
  const std::string message = what_of([&] { cdk::Stack::of(loose); });
  CHECK_THAT(message, Catch::Contains("not inside a Stack"));
  CHECK_THAT(message, Catch::Contains("at path [Loose]"));
  CHECK_THAT(message, Catch::Contains("fix:"));
}

TEST_CASE("the environment string names the account and region, or unknown-*", "[core][stack]") {
  cdk::App app;
  // GIVEN stacks with no env, a full env, one half, and a token account
  auto& agnostic = app.add<cdk::Stack>("Agnostic");
  auto& concrete = app.add<cdk::Stack>(
      "Concrete", {.env = cdk::Environment{.account = "123456789012", .region = "eu-west-1"}});
  auto& region_only = app.add<cdk::Stack>("RegionOnly", {.env = cdk::Environment{.region = "eu-west-1"}});
  auto& token_account = app.add<cdk::Stack>(
      "Token", {.env = cdk::Environment{.account = cdk::Aws::account_id(), .region = "eu-west-1"}});
  // THEN each environment string is aws://account/region with unknown-* for unknown parts
  CHECK(agnostic.environment() == "aws://unknown-account/unknown-region");
  CHECK(concrete.environment() == "aws://123456789012/eu-west-1");
  CHECK(region_only.environment() == "aws://unknown-account/eu-west-1");
  CHECK(token_account.environment() == "aws://unknown-account/eu-west-1");
  CHECK(agnostic.environment_agnostic());
  CHECK_FALSE(concrete.environment_agnostic());
  CHECK(region_only.environment_agnostic());
  CHECK(token_account.environment_agnostic());
}

TEST_CASE("add_dependency lists dependency artifacts before the stack's .assets in the manifest", "[core][stack][dependencies]") {
  // GIVEN stack A depending on C, then B (and on C again)
  cdk::App app;
  auto& a = app.add<cdk::Stack>("A");
  auto& b = app.add<cdk::Stack>("B");
  auto& c = app.add<cdk::Stack>("C", {.stack_name = "see-name"});
  a.add_dependency(c);
  a.add_dependency(b, "because");
  a.add_dependency(c);
  // WHEN the app is synthesized
  const Json manifest = app.assembly().manifest();
  // THEN A's dependencies are the targets' artifact ids in the order added, once each, then A.assets
  CHECK(
      manifest.at("artifacts").at("A").at("dependencies") ==
      Json::array({"C", "B", "A.assets"}));
  CHECK(manifest.at("artifacts").at("B").at("dependencies") == Json::array({"B.assets"}));
  CHECK(a.stack_dependencies() == std::vector<cdk::Stack*>{&c, &b});
}

TEST_CASE("a stack can't depend on itself", "[core][stack][dependencies]") {
  // aws-cdk-lib silently ignores stack.addDependency(stack) (deps.ts: the "common stack" is the
  // source); cdkpp reports it because it is always a mistake.
  cdk::App app;
  auto& a = app.add<cdk::Stack>("A");
  CHECK_THROWS_AS(a.add_dependency(a), cdk::ValidationError);
  const std::string message = what_of([&] { a.add_dependency(a); });
  CHECK_THAT(message, Catch::Contains("stack 'A' can't depend on itself"));
  CHECK_THAT(message, Catch::Contains("at path [A]"));
  CHECK_THAT(message, Catch::Contains("fix:"));
  CHECK(a.stack_dependencies().empty());
}

TEST_CASE("a stack dependency that closes a cycle is an error naming both stacks", "[core][stack][dependencies]") {
  // GIVEN A -> B -> C
  StackChain chain;
  auto& [app, a, b, c] = chain;
  // WHEN C depends on A THEN it throws, naming both stacks, and C keeps no dependency
  CHECK_THROWS_AS(c.add_dependency(a, "shared bucket"), cdk::ValidationError);
  const std::string message = what_of([&] { c.add_dependency(a, "shared bucket"); });
  CHECK_THAT(message, Catch::Contains("'C' depends on 'A' (shared bucket)"));
  CHECK_THAT(message, Catch::Contains("'A' already depends on 'C'"));
  CHECK_THAT(message, Catch::Contains("cycle"));
  CHECK_THAT(message, Catch::Contains("fix:"));
  CHECK(c.stack_dependencies().empty());
  // WHEN B depends on A directly THEN the two-stack cycle is caught too
  CHECK_THROWS_WITH(b.add_dependency(a), Catch::Contains("'B' depends on 'A'"));
}

TEST_CASE("a stack dependency added again is listed once", "[core][stack][dependencies]") {
  // GIVEN A -> B -> C
  StackChain chain;
  auto& [app, a, b, c] = chain;
  // WHEN both are added again, with other reasons
  a.add_dependency(b, "again");
  b.add_dependency(c, "again");
  // THEN each stack still lists its one dependency
  CHECK(a.stack_dependencies() == std::vector<cdk::Stack*>{&b});
  CHECK(b.stack_dependencies() == std::vector<cdk::Stack*>{&c});
}

TEST_CASE("termination protection, stack tags and an explicit name reach the manifest", "[core][stack][manifest]") {
  // GIVEN a stack with termination protection switched on later, tags from props and from
  // tags(), and an explicit name
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Prod", {.stack_name = "prod-stack", .tags = {{"team", "core"}}});
  stack.set_termination_protection(true);
  stack.tags().set_tag("app", "cdkpp");
  auto& plain = app.add<cdk::Stack>("Plain");
  // WHEN the app is synthesized
  const Json manifest = app.assembly().manifest();
  const Json& properties = manifest.at("artifacts").at("Prod").at("properties");
  // THEN terminationProtection is true, tags are sorted by key, and stackName comes last
  CHECK(properties.at("terminationProtection") == true);
  CHECK(properties.at("tags").dump() == R"({"app":"cdkpp","team":"core"})");
  std::vector<std::string> keys;
  for (const auto& item : properties.items()) keys.push_back(item.key());
  CHECK(keys.back() == "stackName");
  CHECK(properties.at("stackName") == "prod-stack");
  CHECK(keys[0] == "templateFile");
  CHECK(keys[1] == "terminationProtection");
  CHECK(keys[2] == "tags");
  CHECK(keys[3] == "validateOnSynth");
  // THEN a stack without them has neither tags nor stackName
  const Json& plain_properties = manifest.at("artifacts").at(plain.artifact_id()).at("properties");
  CHECK(plain_properties.at("terminationProtection") == false);
  CHECK_FALSE(plain_properties.contains("tags"));
  CHECK_FALSE(plain_properties.contains("stackName"));
}

TEST_CASE(
    "an asset manifest keeps the first entry of a source hash met twice, as aws-cdk-lib 2.276.0",
    "[core][stack][assets]") {
  // GIVEN a stack in a known environment and two assets with one source hash
  cdk::App app;
  auto& stack = app.add<cdk::Stack>(
      "S", {.env = cdk::Environment{.account = "123456789012", .region = "eu-west-1"}});
  const std::vector<cdk::FileAssetSource> files = {
      {.display_name = "first",
       .file_name = "asset.abc",
       .packaging = cdk::FileAssetPackaging::zip_directory,
       .source_hash = "abc"},
      {.display_name = "second", .file_name = "b.json", .source_hash = "abc"},
      {.display_name = "other", .file_name = "c.json", .source_hash = "def"},
  };

  // WHEN its asset manifest is written
  const Json manifest = Json::parse(cdk::detail::asset_manifest_text(stack, files));

  // THEN each hash has one entry, in first-met order, with the first asset's fields
  // (AssetManifestBuilder.addFileAsset keeps this.files[sourceHash] once set)
  REQUIRE(manifest["files"].size() == 2);
  CHECK(manifest["files"].begin().key() == "abc");
  const Json& entry = manifest["files"]["abc"];
  CHECK(entry["displayName"] == "first");
  CHECK(entry["source"] == Json{{"path", "asset.abc"}, {"packaging", "zip"}});
  // and one destination in the stack's account and region, named after them and a hash
  REQUIRE(entry["destinations"].size() == 1);
  const std::string key = entry["destinations"].begin().key();
  CHECK(key.starts_with("123456789012-eu-west-1-"));
  CHECK(key.size() == std::string("123456789012-eu-west-1-").size() + 8);
  CHECK(
      entry["destinations"][key] ==
      Json{
          {"bucketName", "cdk-hnb659fds-assets-123456789012-eu-west-1"},
          {"objectKey", "abc.zip"},
          {"region", "eu-west-1"},
          {"assumeRoleArn",
           "arn:${AWS::Partition}:iam::123456789012:role/"
           "cdk-hnb659fds-file-publishing-role-123456789012-eu-west-1"}});
  CHECK(manifest["dockerImages"] == Json::object());
}
