// CfnParameter, CfnOutput, CfnCondition, CfnMapping, CfnRule and logical-ID handling, checked
// against what aws-cdk-lib 2.276.0 does (tests/parity/reference/l1_rendering.json, "values" and
// "errors", produced by tests/parity/l1_rendering.js).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/aws.hpp>
#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_mapping.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <functional>
#include <string>

#include "parity_reference.hpp"

namespace {

using Json = nlohmann::ordered_json;

const Json& elements_reference() {
  static const Json ref = cdk::test::parity_reference("l1_rendering.json");
  return ref;
}

const Json& value_of(const std::string& name) {
  const auto& values = elements_reference()["values"];
  REQUIRE(values.contains(name));
  return values[name];
}

const Json& error_case(const std::string& description) {
  for (const auto& entry : elements_reference()["errors"]) {
    if (entry["description"] == description) return entry;
  }
  FAIL("no reference error case '" << description << "'");
  static const Json none;
  return none;
}

// Synthesizes a fresh App with one stack "S" built by `build` and returns its template.
Json synth_of(const std::function<void(cdk::Stack&)>& build) {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  build(stack);
  return app.assembly().template_json(stack);
}

// Runs `action`, expecting a cdk::Error whose message contains `expected` and whose path is
// `path`.
void check_error(const std::function<void()>& action, const std::string& expected, const std::string& path) {
  try {
    action();
    FAIL("expected an error containing: " << expected);
  } catch (const cdk::Error& error) {
    CHECK_THAT(error.message(), Catch::Contains(expected));
    CHECK(error.path() == path);
  }
}

}  // namespace

TEST_CASE("as_element finds elements of every kind and nothing else", "[core][elements]") {
  // GIVEN an App, a stack, a plain construct and elements of several kinds under them
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& group = stack.add<cdk::Construct>("Group");
  auto& resource = group.add<cdk::CfnResource>("Resource", {.type = "AWS::SNS::Topic"});
  auto& parameter = stack.add<cdk::CfnParameter>("Parameter", {.type = "String"});
  auto& output = stack.add<cdk::CfnOutput>("Output", {.value = "v"});
  // WHEN each is asked for as an element
  // THEN the elements give themselves, as their base class
  CHECK(cdk::CfnElement::as_element(resource) == &resource);
  CHECK(cdk::CfnElement::as_element(parameter) == &parameter);
  CHECK(cdk::CfnElement::as_element(output) == &output);
  // AND the App, the stack and the plain construct give null
  CHECK(cdk::CfnElement::as_element(app) == nullptr);
  CHECK(cdk::CfnElement::as_element(stack) == nullptr);
  CHECK(cdk::CfnElement::as_element(group) == nullptr);
}

TEST_CASE("element logical IDs and references resolve like aws-cdk-lib", "[core][l1]") {
  // GIVEN elements at the same paths as in the reference L1Stack
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("L1Stack");
  auto& env = stack.add<cdk::CfnParameter>("Env", {.type = "String"});
  auto& count = stack.add<cdk::CfnParameter>("Count", {.type = "Number"});
  auto& late = stack.add<cdk::CfnParameter>("LateParam", {.default_value = "1,2", .type = "List<Number>"});
  auto& props = stack.add<cdk::CfnResource>("Props", {.type = "AWS::Test::Props"});
  auto& renamed = stack.add<cdk::CfnResource>("Renamed", {.type = "AWS::Test::Renamed"});
  renamed.override_logical_id("MyExplicitLogicalId");
  auto& mapping = stack.add<cdk::CfnMapping>("RegionMap", {.mapping = {{"us-east-1", {{"ami", "ami-1"}}}}});
  auto& lazy_mapping =
      stack.add<cdk::CfnMapping>("LazyMap", {.lazy = true, .mapping = {{"k1", {{"k2", "inlined-value"}}}}});
  auto& out3 = stack.add<cdk::CfnOutput>("PropsArn", {.key = "CustomOutputKey", .value = props.get_att("Arn")});
  auto& empty_condition = stack.add<cdk::CfnCondition>("EmptyCondition");
  // WHEN their IDs and tokens are resolved in the stack
  // THEN they equal CDK's
  CHECK(props.logical_id() == value_of("props.logicalId"));
  CHECK(stack.resolve(props.ref()).dump() == value_of("props.ref").dump());
  CHECK(renamed.logical_id() == value_of("renamed.logicalId"));
  CHECK(env.logical_id() == value_of("env.logicalId"));
  CHECK(stack.resolve(env.value_as_string()).dump() == value_of("env.valueAsString").dump());
  CHECK(stack.resolve(env.value_as_string()).dump() == value_of("env.value").dump());
  CHECK(stack.resolve(count.value_as_string()).dump() == value_of("count.valueAsNumber").dump());
  CHECK(stack.resolve(late.value_as_list()).dump() == value_of("late.valueAsList").dump());
  CHECK(stack.resolve(mapping.find_in_map("us-east-1", "ami")).dump() == value_of("mapping.findInMap(literal keys)").dump());
  CHECK(lazy_mapping.find_in_map("k1", "k2") == value_of("lazyMapping.findInMap(literal keys)"));
  // The output key renames the template entry only; the logical ID stays as allocated.
  CHECK(out3.logical_id() == value_of("out3.logicalId (key option)"));
  CHECK(value_of("emptyCondition.expression").is_null());
  CHECK(empty_condition.to_cloudformation().empty());
}

TEST_CASE("an output's import_value can't be used in its own stack", "[core][l1]") {
  // GIVEN an exported output
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("L1Stack");
  auto& props = stack.add<cdk::CfnResource>("Props", {.type = "AWS::Test::Props"});
  auto& out = stack.add<cdk::CfnOutput>("PropsRef", {.export_name = "PropsRefExport", .value = props.ref()});
  auto& other = app.add<cdk::Stack>("Other");
  // WHEN import_value is resolved in the output's stack, and in another one
  const std::string expected = value_of("out2.importValue (same stack)")["error"].get<std::string>();
  // THEN the same stack fails with CDK's message, the other gets Fn::ImportValue
  REQUIRE_THAT(expected, Catch::Contains("'importValue' property of 'L1Stack/PropsRef' should only be used in a different Stack"));
  CHECK_THROWS_WITH(
      stack.resolve(out.import_value()),
      Catch::Contains("'importValue' property of 'L1Stack/PropsRef' should only be used in a different Stack"));
  CHECK(other.resolve(out.import_value()).dump() == R"({"Fn::ImportValue":"PropsRefExport"})");
}

TEST_CASE("a NoEcho given as false is rendered, an unset one is not", "[core][l1]") {
  // GIVEN the reference parameters Env (noEcho: false) and Plain (nothing set)
  const auto& parameters = elements_reference()["stacks"]["L1Stack"]["template"]["Parameters"];
  // WHEN the same parameters are rendered by cdkpp
  const Json actual = synth_of([](cdk::Stack& s) {
    s.add<cdk::CfnParameter>("Env", {.no_echo = false});
    s.add<cdk::CfnParameter>("Plain");
  });
  // THEN "NoEcho": false appears only where it was given
  CHECK(parameters["Env"]["NoEcho"] == false);
  CHECK(actual["Parameters"]["Env"].dump() == R"({"Type":"String","NoEcho":false})");
  CHECK(actual["Parameters"]["Plain"].dump() == parameters["Plain"].dump());
}

TEST_CASE("two elements with the same logical ID in one section are an error", "[core][l1]") {
  // GIVEN CDK's messages for resources and for outputs
  const std::string resources = error_case("overrideLogicalId to a sibling logical id")["error"].get<std::string>();
  const std::string outputs = error_case("two outputs with the same logical id")["error"].get<std::string>();
  // WHEN a second element takes an existing logical ID
  // THEN synthesis fails naming the section, the ID and the path of the second element
  check_error(
      [] {
        synth_of([](cdk::Stack& s) {
          s.add<cdk::CfnResource>("First", {.type = "AWS::Test::A"});
          s.add<cdk::CfnResource>("Second", {.type = "AWS::Test::B"}).override_logical_id("First");
        });
      },
      resources, "S/Second");
  check_error(
      [] {
        synth_of([](cdk::Stack& s) {
          s.add<cdk::CfnOutput>("O1", {.value = "a"});
          s.add<cdk::CfnOutput>("O2", {.value = "b"}).override_logical_id("O1");
        });
      },
      outputs, "S/O2");
}

TEST_CASE("the same logical ID in different sections is allowed", "[core][l1]") {
  // GIVEN a parameter and a resource both called Same
  const auto& expected = error_case("parameter and resource with the same logical id (different sections)");
  REQUIRE(expected.contains("no_error"));
  // WHEN synthesized
  const Json actual = synth_of([](cdk::Stack& s) {
    s.add<cdk::CfnParameter>("Same", {.type = "String"});
    s.add<cdk::CfnResource>("Other", {.type = "AWS::Test::A"}).override_logical_id("Same");
  });
  // THEN the template is CDK's
  CHECK(actual.dump() == expected["value"].dump());
}

TEST_CASE("override_logical_id can be called twice and accepts non-alphanumeric IDs", "[core][l1]") {
  // GIVEN CDK's templates for the two cases
  const auto& twice = error_case("overrideLogicalId after logicalId was resolved... (overrideLogicalId twice)");
  const auto& bad = error_case("overrideLogicalId with invalid characters");
  // WHEN the same overrides are made in cdkpp
  const Json actual_twice = synth_of([](cdk::Stack& s) {
    auto& r = s.add<cdk::CfnResource>("R", {.type = "AWS::Test::A"});
    r.override_logical_id("X1");
    r.override_logical_id("X2");
  });
  const Json actual_bad = synth_of([](cdk::Stack& s) {
    s.add<cdk::CfnResource>("R", {.type = "AWS::Test::A"}).override_logical_id("Bad-Id");
  });
  // THEN the last override wins and 'Bad-Id' is written as given
  CHECK(actual_twice.dump() == twice["value"].dump());
  CHECK(actual_bad.dump() == bad["value"].dump());
}

TEST_CASE("override_logical_id rejects an empty ID", "[core][l1]") {
  // GIVEN a resource
  cdk::App app;
  auto& r = app.add<cdk::Stack>("S").add<cdk::CfnResource>("R", {.type = "AWS::Test::A"});
  // WHEN it is given an empty logical ID  THEN that fails with the path
  check_error([&] { r.override_logical_id(""); }, "empty logical ID", "S/R");
}

TEST_CASE("a CfnOutput without a value is rejected with CDK's message", "[core][l1]") {
  // GIVEN CDK's message
  const std::string expected = error_case("CfnOutput with undefined value")["error"].get<std::string>();
  REQUIRE(expected == "Missing value for CloudFormation output at path \"S/O\"");
  // WHEN an output has no value  THEN it throws that message with the path
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  check_error([&] { stack.add<cdk::CfnOutput>("O", {}); }, expected, "S/O");
}

TEST_CASE("parameter defaults are not checked against their constraints", "[core][l1]") {
  // GIVEN CDK's templates: neither allowedValues nor minLength is enforced at synthesis
  const auto& allowed = error_case("CfnParameter default not in allowedValues");
  const auto& min_length = error_case("CfnParameter default violates minLength");
  // WHEN the same parameters are synthesized
  const Json actual_allowed = synth_of([](cdk::Stack& s) {
    s.add<cdk::CfnParameter>("P", {.allowed_values = {"a"}, .default_value = "z", .type = "String"});
  });
  const Json actual_min = synth_of([](cdk::Stack& s) {
    s.add<cdk::CfnParameter>("P", {.default_value = "z", .min_length = 3, .type = "String"});
  });
  // THEN the templates are CDK's
  CHECK(actual_allowed.dump() == allowed["value"].dump());
  CHECK(actual_min.dump() == min_length["value"].dump());
}

TEST_CASE("value_as_list on a non-list parameter is rejected", "[core][l1]") {
  // GIVEN CDK's message
  const std::string expected = error_case("valueAsList on a String parameter")["error"].get<std::string>();
  // WHEN a String parameter is read as a list  THEN it throws that message with the path
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  auto& p = s.add<cdk::CfnParameter>("P", {.type = "String"});
  check_error([&] { (void)p.value_as_list(); }, expected, "S/P");
  // AND CommaDelimitedList / List<...> / SSM list types are lists
  CHECK_NOTHROW(s.add<cdk::CfnParameter>("C", {.type = "CommaDelimitedList"}).value_as_list());
  CHECK_NOTHROW(
      s.add<cdk::CfnParameter>("L", {.type = "AWS::SSM::Parameter::Value<List<String>>"}).value_as_list());
}

TEST_CASE("find_in_map checks literal keys against the mapping", "[core][l1]") {
  // GIVEN CDK's messages
  const std::string top = error_case("CfnMapping findInMap unknown key")["error"].get<std::string>();
  const std::string second = error_case("CfnMapping findInMap unknown second key")["error"].get<std::string>();
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& mapping = stack.add<cdk::CfnMapping>("M", {.mapping = {{"a", {{"b", "c"}}}}});
  // WHEN a literal key is missing  THEN find_in_map throws CDK's message with the path
  check_error([&] { (void)mapping.find_in_map("x", "b"); }, top, "S/M");
  check_error([&] { (void)mapping.find_in_map("a", "y"); }, second, "S/M");
  // AND a token key is not checked
  CHECK_NOTHROW(mapping.find_in_map(cdk::Aws::region(), "y"));
}

TEST_CASE("second-level mapping keys must be alphanumeric", "[core][l1]") {
  // GIVEN CDK's message (top-level keys such as 'a-b' are fine)
  const std::string expected = error_case("CfnMapping with non-alphanumeric key")["error"].get<std::string>();
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN a second-level key has other characters  THEN the mapping is rejected with the path
  check_error([&] { stack.add<cdk::CfnMapping>("M", {.mapping = {{"a-b", {{"c_d", "e"}}}}}); }, expected, "S/M");
  // AND set_value checks the same way
  auto& ok = stack.add<cdk::CfnMapping>("Ok", {.mapping = {{"a-b", {{"cd", "e"}}}}});
  check_error([&] { ok.set_value("x", "y-z", "v"); }, "Attribute name 'y-z' must contain only alphanumeric", "S/Ok");
}

TEST_CASE("a lazy mapping is rendered only when a lookup used a token key", "[core][l1]") {
  // GIVEN lazy mappings: one read with literal keys, one with a token key, one unused
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& inlined = stack.add<cdk::CfnMapping>("Inlined", {.lazy = true, .mapping = {{"k1", {{"k2", 5}}}}});
  auto& tokened = stack.add<cdk::CfnMapping>("Tokened", {.lazy = true, .mapping = {{"us-east-1", {{"v", "x"}}}}});
  stack.add<cdk::CfnMapping>("Unused", {.lazy = true, .mapping = {{"a", {{"b", "c"}}}}});
  stack.add<cdk::CfnResource>(
      "R",
      {
          .properties = {{"A", inlined.find_in_map("k1", "k2")}, {"B", tokened.find_in_map(cdk::Aws::region(), "v")}},
          .type = "AWS::Test::A",
      });
  // WHEN synthesized
  const Json actual = app.assembly().template_json(stack);
  // THEN the literal lookup is inlined (a number stays a number), only Tokened is rendered
  CHECK(actual["Resources"]["R"]["Properties"]["A"] == 5);
  CHECK(actual["Mappings"].dump() == R"({"Tokened":{"us-east-1":{"v":"x"}}})");
}

TEST_CASE("a rule assertion without a description renders only Assert", "[core][l1]") {
  // GIVEN the reference ProdRule (one assertion with a description, one without)
  const auto& expected = elements_reference()["stacks"]["L1Stack"]["template"]["Rules"]["ProdRule"]["Assertions"][1];
  // WHEN a rule with an undescribed assertion is synthesized
  const Json actual = synth_of([](cdk::Stack& s) {
    auto& count = s.add<cdk::CfnParameter>("Count", {.type = "Number"});
    s.add<cdk::CfnRule>("ProdRule", {.assertions = {{.assert_ = cdk::Fn::condition_equals(count.value_as_string(), "3")}}});
  });
  // THEN only Assert is written
  CHECK(actual["Rules"]["ProdRule"]["Assertions"][0].dump() == expected.dump());
}

TEST_CASE("a condition without an expression is not rendered", "[core][l1]") {
  // GIVEN the reference template (EmptyCondition is absent from Conditions)
  const auto& conditions = elements_reference()["stacks"]["L1Stack"]["template"]["Conditions"];
  REQUIRE_FALSE(conditions.contains("EmptyCondition"));
  // WHEN an empty condition is synthesized  THEN there is no Conditions section at all
  const Json actual = synth_of([](cdk::Stack& s) { s.add<cdk::CfnCondition>("EmptyCondition"); });
  CHECK_FALSE(actual.contains("Conditions"));
}
