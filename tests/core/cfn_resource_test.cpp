// CfnResource rendering, options, overrides, removal policies and DependsOn, checked against
// what aws-cdk-lib 2.276.0 writes (tests/parity/reference/l1_rendering.json, produced by
// tests/parity/l1_rendering.js). The C++ trees below mirror that script construct by construct.
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
#include <cdk/core/token.hpp>
#include <string>
#include <vector>

#include "core/detail/locale_compare.hpp"
#include "parity_reference.hpp"

namespace {

using Json = nlohmann::ordered_json;

const Json& reference() {
  static const Json ref = cdk::test::parity_reference("l1_rendering.json");
  return ref;
}

std::string template_text(const cdk::CloudAssembly& assembly, const std::string& file) {
  const auto* found = assembly.find_file(file);
  REQUIRE(found != nullptr);
  return found->contents;
}

// Lazy.string({produce: () => value}).
class LazyString : public cdk::IResolvable {
 public:
  explicit LazyString(std::string value) : value_(std::move(value)) {}
  Json resolve(cdk::ResolveContext& /*context*/) const override { return value_; }

 private:
  std::string value_;
};

const Json kUndefined = Json(Json::value_t::discarded);

// The stacks of l1_rendering.js, in the same creation order.
void build_l1_app(cdk::App& app) {
  using cdk::Fn;
  auto& stack = app.add<cdk::Stack>("L1Stack", {.description = "L1 rendering reference"});
  stack.add_transform("AWS::Serverless-2016-10-31");
  stack.add_transform("AWS::LanguageExtensions");
  stack.add_transform("AWS::Serverless-2016-10-31");
  stack.add_metadata("StackMetaB", {{"b", 1}});
  stack.add_metadata("StackMetaA", "a");
  stack.set_template_format_version("2010-09-09");

  stack.add<cdk::CfnOutput>("EarlyOutput", {.value = "early"});
  auto& env = stack.add<cdk::CfnParameter>(
      "Env",
      {
          .allowed_pattern = "[a-z]+",
          .allowed_values = {"dev", "prod"},
          .constraint_description = "must be dev or prod",
          .default_value = "dev",
          .description = "Environment name",
          .max_length = 10,
          .min_length = 2,
          .no_echo = false,
          .type = "String",
      });
  auto& count = stack.add<cdk::CfnParameter>(
      "Count",
      {
          .default_value = 3,
          .description = "A number",
          .max_value = 10,
          .min_value = 1,
          .no_echo = true,
          .type = "Number",
      });
  auto& plain = stack.add<cdk::CfnParameter>("Plain");
  auto& is_prod = stack.add<cdk::CfnCondition>(
      "IsProd", {.expression = Fn::condition_equals(env.value_as_string(), "prod")});

  // count.valueAsNumber renders {"Ref": "Count"} like value_as_string (cdkpp has no number tokens).
  auto& props = stack.add<cdk::CfnResource>(
      "Props",
      {
          .properties =
              {
                  {"Zed", "z"},
                  {"Alpha", {{"B", 1}, {"A", 2}}},
                  {"List", Json::array({3, 1, 2, Json{{"Y", true}, {"X", nullptr}}})},
                  {"Name", env.value_as_string() + "-name"},
                  {"Count", count.value_as_string()},
                  {"Empty", Json::object()},
                  {"EmptyList", Json::array()},
                  {"Undef", kUndefined},
                  {"Null", nullptr},
                  {"Conditional", Fn::condition_if(is_prod.logical_id(), "big", "small")},
                  {"LazyProp", cdk::Token::as_string(stack, std::make_shared<LazyString>("lazy"))},
              },
          .type = "AWS::Test::Props",
      });
  props.add_override("Properties.A.B", "override-a-b");
  props.add_property_override("New.Deep", "x");
  props.add_property_override("Alpha.C", Json{{"Nested", Json::array({1, 2})}});
  props.add_deletion_override("Properties.Zed");
  props.add_property_deletion_override("Alpha.B");
  props.add_override("Metadata.FromOverride", "m");
  props.add_override("UpdatePolicy.AutoScalingReplacingUpdate.WillReplace", true);
  props.add_override("Properties.List.1", "not-an-index");

  auto& mapping = stack.add<cdk::CfnMapping>(
      "RegionMap",
      {.mapping = {
           {"us-east-1", {{"ami", "ami-1"}, {"size", "t3.micro"}}},
           {"eu-west-1", {{"ami", "ami-2"}, {"size", "t3.small"}}},
       }});
  auto& lazy_mapping =
      stack.add<cdk::CfnMapping>("LazyMap", {.lazy = true, .mapping = {{"k1", {{"k2", "inlined-value"}}}}});
  auto& lazy_mapping_token =
      stack.add<cdk::CfnMapping>("LazyMapToken", {.lazy = true, .mapping = {{"us-east-1", {{"v", "x"}}}}});
  stack.add<cdk::CfnMapping>("UnusedLazyMap", {.lazy = true, .mapping = {{"a", {{"b", "c"}}}}});
  mapping.set_value("ap-south-1", "ami", "ami-3");

  auto& options = stack.add<cdk::CfnResource>(
      "Options",
      {
          .properties =
              {
                  {"Ami", mapping.find_in_map(cdk::Aws::region(), "ami")},
                  {"AmiLiteral", mapping.find_in_map("us-east-1", "size")},
                  {"Inlined", lazy_mapping.find_in_map("k1", "k2")},
                  {"LazyTokenKey", lazy_mapping_token.find_in_map(cdk::Aws::region(), "v")},
              },
          .type = "AWS::Test::Options",
      });
  options.cfn_options().condition = &is_prod;
  options.cfn_options().metadata = {{"Z", 1}, {"A", {{"b", 2}}}};
  options.add_metadata("Added", "yes");
  options.cfn_options().creation_policy = {
      {"ResourceSignal", {{"Count", 2}, {"Timeout", "PT5M"}}},
      {"AutoScalingCreationPolicy", {{"MinSuccessfulInstancesPercent", 50}}},
  };
  options.cfn_options().update_policy = {
      {"AutoScalingRollingUpdate",
       {{"MaxBatchSize", 1}, {"MinInstancesInService", 0}, {"PauseTime", "PT1M"}, {"WaitOnResourceSignals", true}}},
      {"UseOnlineResharding", true},
  };
  options.cfn_options().update_replace_policy = "Retain";
  options.cfn_options().deletion_policy = "Snapshot";
  options.cfn_options().version = "1.0";
  options.cfn_options().description = "resource description";

  stack.add<cdk::CfnOutput>(
      "PropsRef",
      {
          .condition = &is_prod,
          .description = "The ref",
          .export_name = "PropsRefExport",
          .value = props.ref(),
      });
  stack.add<cdk::CfnOutput>("PropsArn", {.key = "CustomOutputKey", .value = props.get_att("Arn")});
  stack.add<cdk::CfnOutput>(
      "Joined", {.export_name = cdk::Aws::stack_name() + "-joined", .value = props.ref() + "/" + cdk::Aws::region()});

  stack.add<cdk::CfnRule>(
      "ProdRule",
      {
          .assertions =
              {
                  {.assert_ = Fn::condition_contains({"a", "b"}, plain.value_as_string()),
                   .assert_description = "plain must be a or b"},
                  {.assert_ = Fn::condition_equals(count.value_as_string(), "3")},
              },
          .rule_condition = Fn::condition_equals(env.value_as_string(), "prod"),
      });
  auto& rule2 = stack.add<cdk::CfnRule>("NoConditionRule");
  rule2.add_assertion(Fn::condition_not(Fn::condition_equals(env.value_as_string(), "x")), "added assertion");

  const std::vector<std::pair<std::string, cdk::RemovalPolicy>> policies = {
      {"Destroy", cdk::RemovalPolicy::destroy},
      {"Retain", cdk::RemovalPolicy::retain},
      {"Snapshot", cdk::RemovalPolicy::snapshot},
      {"RetainOnUpdateOrDelete", cdk::RemovalPolicy::retain_on_update_or_delete},
  };
  for (const auto& [id, policy] : policies) {
    stack.add<cdk::CfnResource>("Removal" + id, {.type = "AWS::Test::Removal"}).apply_removal_policy(policy);
  }
  stack.add<cdk::CfnResource>("RemovalDefaultRetain", {.type = "AWS::Test::Removal"})
      .apply_removal_policy(std::nullopt, {.default_policy = cdk::RemovalPolicy::retain});
  stack.add<cdk::CfnResource>("RemovalApplyToUpdateReplaceFalse", {.type = "AWS::Test::Removal"})
      .apply_removal_policy(cdk::RemovalPolicy::retain, {.apply_to_update_replace_policy = false});

  stack.add<cdk::CfnResource>("Renamed", {.type = "AWS::Test::Renamed"}).override_logical_id("MyExplicitLogicalId");

  auto& group = stack.add<cdk::Construct>("DepGroup");
  const std::vector<std::string> ids = {
      "beta", "Alpha", "alpha2", "Gamma", "delta", "B-dash", "b_under", "Z9", "z10", "\xC3\x84-umlaut"};
  std::vector<cdk::CfnResource*> targets;
  for (const auto& id : ids) targets.push_back(&group.add<cdk::CfnResource>(id, {.type = "AWS::Test::Dep"}));
  targets[0]->override_logical_id("AAAFirstByLogicalId");
  targets[3]->override_logical_id("ZZZLastByLogicalId");
  auto& dependent = stack.add<cdk::CfnResource>("Dependent", {.type = "AWS::Test::Dependent"});
  for (auto it = targets.rbegin(); it != targets.rend(); ++it) dependent.add_dependency(**it);
  dependent.add_dependency(*targets[0]);

  auto& subtree = stack.add<cdk::Construct>("Subtree");
  subtree.add<cdk::CfnResource>("Two", {.type = "AWS::Test::Dep"});
  subtree.add<cdk::CfnResource>("One", {.type = "AWS::Test::Dep"});
  auto& node_dependent = stack.add<cdk::CfnResource>("NodeDependent", {.type = "AWS::Test::Dependent"});
  node_dependent.node().add_dependency(subtree);
  node_dependent.node().add_dependency(props);
  stack.add<cdk::CfnOutput>("AfterDeps", {.value = dependent.ref()});

  auto& late = stack.add<cdk::CfnParameter>("LateParam", {.default_value = "1,2", .type = "List<Number>"});
  stack.add<cdk::CfnCondition>(
      "LateCondition",
      {.expression = Fn::condition_and(
           {is_prod.as_expression(), Fn::condition_equals(Fn::select(0, late.value_as_list()), "1")})});
  stack.add<cdk::CfnCondition>("EmptyCondition");
  stack.add<cdk::CfnResource>("NoProps", {.type = "AWS::Test::NoProps"});
  stack.add<cdk::CfnResource>("EmptyProps", {.properties = Json::object(), .type = "AWS::Test::EmptyProps"});
  stack.add<cdk::CfnResource>("UndefinedProps", {.properties = {{"A", kUndefined}}, .type = "AWS::Test::UndefinedProps"});

  auto& single = app.add<cdk::Stack>("SingleTransformStack");
  single.add_transform("AWS::Serverless-2016-10-31");
  single.add<cdk::CfnResource>("R", {.type = "AWS::Test::R"});

  auto& only_outputs = app.add<cdk::Stack>("OnlyOutputsStack");
  only_outputs.add<cdk::CfnOutput>("Out", {.value = "v"});
}

}  // namespace

TEST_CASE("the reference template text round-trips through dump(1)", "[core][l1]") {
  // GIVEN every template aws-cdk-lib wrote
  for (const auto& [name, entry] : reference()["stacks"].items()) {
    // WHEN it is parsed and written again the way cdkpp writes templates
    const auto text = entry["template_text"].get<std::string>();
    // THEN the text is unchanged, so comparing text below compares exactly what CDK wrote
    CAPTURE(name);
    CHECK(Json::parse(text).dump(1) == text);
  }
}

TEST_CASE("a single-transform stack renders byte for byte like aws-cdk-lib", "[core][l1]") {
  // GIVEN the stacks of l1_rendering.js
  cdk::App app;
  build_l1_app(app);
  // WHEN the app is synthesized
  const auto& assembly = app.assembly();
  // THEN a single transform is a string, and the text equals CDK's
  const auto& expected = reference()["stacks"]["SingleTransformStack"];
  CHECK(expected["template_file"] == "SingleTransformStack.template.json");
  CHECK(template_text(assembly, "SingleTransformStack.template.json") == expected["template_text"].get<std::string>());
}

TEST_CASE("a stack with only an output renders Outputs, Parameters, Rules like aws-cdk-lib", "[core][l1]") {
  // GIVEN the stacks of l1_rendering.js
  cdk::App app;
  build_l1_app(app);
  // WHEN the app is synthesized
  const auto& assembly = app.assembly();
  // THEN the text equals CDK's
  const auto& expected = reference()["stacks"]["OnlyOutputsStack"];
  CHECK(template_text(assembly, "OnlyOutputsStack.template.json") == expected["template_text"].get<std::string>());
}

TEST_CASE("every L1 element, option and override renders byte for byte like aws-cdk-lib", "[core][l1]") {
  // GIVEN the interleaved L1Stack of l1_rendering.js
  cdk::App app;
  build_l1_app(app);
  // WHEN the app is synthesized
  const auto text = template_text(app.assembly(), "L1Stack.template.json");
  // THEN the template equals CDK's byte for byte
  CHECK(text == reference()["stacks"]["L1Stack"]["template_text"].get<std::string>());
}

TEST_CASE("sections appear in the order their first element appears in the tree", "[core][l1]") {
  // GIVEN the L1Stack (an output first, then parameters, a condition, resources, mappings, rules)
  cdk::App app;
  build_l1_app(app);
  // WHEN it is synthesized
  const Json actual = Json::parse(template_text(app.assembly(), "L1Stack.template.json"));
  // THEN the top-level keys follow CDK's
  std::vector<std::string> expected_keys;
  for (const auto& key : reference()["stacks"]["L1Stack"]["top_level_keys"]) expected_keys.push_back(key.get<std::string>());
  std::vector<std::string> actual_keys;
  for (const auto& [key, value] : actual.items()) actual_keys.push_back(key);
  CHECK(actual_keys == expected_keys);
}

TEST_CASE("DependsOn is sorted by construct path with localeCompare, accents included", "[core][l1]") {
  // GIVEN the reference order of the Dependent resource's DependsOn
  const auto& expected = reference()["stacks"]["L1Stack"]["template"]["Resources"]["Dependent"]["DependsOn"];
  // WHEN the same tree is synthesized by cdkpp
  cdk::App app;
  build_l1_app(app);
  const Json actual = Json::parse(template_text(app.assembly(), "L1Stack.template.json"));
  // THEN 'Ä-umlaut' sorts as 'A' + accent, case ties are broken lower-first, '_' < '-'
  CHECK(actual["Resources"]["Dependent"]["DependsOn"].dump() == expected.dump());
  CHECK(cdk::detail::locale_compare("\xC3\x84-umlaut", "Alpha") < 0);
  CHECK(cdk::detail::locale_compare("A", "\xC3\x84") < 0);   // secondary: no accent first
  CHECK(cdk::detail::locale_compare("\xC3\xA4", "\xC3\x84") < 0);  // tertiary: lower first
  CHECK(cdk::detail::locale_compare("b_under", "B-dash") < 0);
  CHECK(cdk::detail::locale_compare("z10", "Z9") < 0);
  CHECK(cdk::detail::locale_compare("stra\xC3\x9F" "e", "strasse") > 0);  // ß expands to ss
}

TEST_CASE("localeCompare's ASCII shortcut orders as the general collation does", "[core][l1]") {
  // Every pair of strings of up to two characters from an alphabet with case pairs, punctuation
  // ICU orders apart from byte order, digits, a control character and DEL, and longer strings
  // that tie at the primary level and differ only in case further on.
  const std::string alphabet = "aAbZz_-.09 ~\x01\x7f";  // 14 characters
  std::vector<std::string> strings = {
      "", "Resource", "resource", "resourcE", "ResourcE", "b_under", "B-dash"};
  for (const char c : alphabet) {
    strings.emplace_back(1, c);
    for (const char d : alphabet) strings.push_back(std::string{c, d});
  }
  int disagreements = 0;
  for (const auto& a : strings) {
    for (const auto& b : strings) {
      if (cdk::detail::locale_compare(a, b) != cdk::detail::locale_compare_general(a, b))
        ++disagreements;
    }
  }
  CHECK(strings.size() == 7 + 14 + 14 * 14);
  CHECK(disagreements == 0);
}

TEST_CASE("an override on an array index replaces that element, as deepMerge does in JavaScript", "[core][l1]") {
  // GIVEN a list property and overrides addressed by index
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& resource = stack.add<cdk::CfnResource>(
      "R", {.properties = {{"List", Json::array({"a", "b", "c"})}}, .type = "AWS::Test::A"});
  resource.add_property_override("List.1", "B");
  resource.add_property_override("List.4", "E");          // past the end: a hole, written as null
  resource.add_property_override("List.0.Nested", "n");  // an object replaces a scalar element
  resource.add_property_override("List.x", "ignored");    // not an index: JSON never shows it
  // WHEN it is synthesized
  const Json actual = app.assembly().template_json(stack);
  // THEN the list stays a list with the elements replaced
  CHECK(actual["Resources"]["R"]["Properties"]["List"].dump() == R"([{"Nested":"n"},"B","c",null,"E"])");
}

TEST_CASE("new integer-like override keys go first, as in a JavaScript object", "[core][l1]") {
  // GIVEN overrides adding the keys "b", "10" and "9" to an object
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& resource = stack.add<cdk::CfnResource>("R", {.properties = {{"M", {{"a", 1}}}}, .type = "AWS::Test::A"});
  resource.add_property_override("M.b", 2);
  resource.add_property_override("M.10", 3);
  resource.add_property_override("M.9", 4);
  // WHEN it is synthesized
  const Json actual = app.assembly().template_json(stack);
  // THEN the keys are in JavaScript's property order
  CHECK(actual["Resources"]["R"]["Properties"]["M"].dump() == R"({"9":4,"10":3,"a":1,"b":2})");
}

TEST_CASE("a backslash in an override path escapes the next character", "[core][l1]") {
  // GIVEN override paths with escaped dots
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& resource = stack.add<cdk::CfnResource>("R", {.type = "AWS::Test::A"});
  resource.add_property_override("a\\.b.c", 1);
  // WHEN it is synthesized
  const Json actual = app.assembly().template_json(stack);
  // THEN the escaped dot stays in the key
  CHECK(actual["Resources"]["R"]["Properties"].dump() == R"({"a.b":{"c":1}})");
}

TEST_CASE("deleting the last property drops Properties entirely", "[core][l1]") {
  // GIVEN a resource whose only property is deleted by an override
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& resource = stack.add<cdk::CfnResource>("R", {.properties = {{"Only", {{"A", 1}}}}, .type = "AWS::Test::A"});
  resource.add_property_deletion_override("Only.A");
  // WHEN it is synthesized
  const Json actual = app.assembly().template_json(stack);
  // THEN objects emptied by the deletion disappear, up to Properties itself
  CHECK(actual["Resources"]["R"].dump() == R"({"Type":"AWS::Test::A"})");
}

TEST_CASE("a CfnResource without a type is rejected with CDK's message and the path", "[core][l1]") {
  // GIVEN the reference error
  std::string expected;
  for (const auto& entry : reference()["errors"]) {
    if (entry["description"] == "CfnResource without type") expected = entry["error"].get<std::string>();
  }
  REQUIRE(expected == "The `type` property is required");
  // WHEN a CfnResource is created with no type
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // THEN it throws CDK's message, with the construct path
  try {
    stack.add<cdk::CfnResource>("R", {});
    FAIL("expected a ValidationError");
  } catch (const cdk::ValidationError& error) {
    CHECK_THAT(error.message(), Catch::Contains(expected));
    CHECK(error.path() == "S/R");
  }
  // AND the failed child is not left in the tree
  CHECK(stack.node().try_find_child("R") == nullptr);
}

TEST_CASE("a DependsOn across stacks becomes a stack dependency, as aws-cdk-lib does", "[core][l1]") {
  // GIVEN the reference outcome
  Json expected;
  for (const auto& entry : reference()["errors"]) {
    if (entry["description"] == "addDependency on a resource in another stack") expected = entry["value"];
  }
  REQUIRE(expected.is_object());
  // WHEN R2 in S2 depends on R1 in S1
  cdk::App app;
  auto& s1 = app.add<cdk::Stack>("S1");
  auto& s2 = app.add<cdk::Stack>("S2");
  auto& r1 = s1.add<cdk::CfnResource>("R1", {.type = "AWS::Test::A"});
  auto& r2 = s2.add<cdk::CfnResource>("R2", {.type = "AWS::Test::A"});
  r2.add_dependency(r1);
  const auto& assembly = app.assembly();
  // THEN R2 has no DependsOn and S2 depends on S1
  CHECK(expected["S2_DependsOn"].is_null());
  CHECK_FALSE(assembly.template_json(s2)["Resources"]["R2"].contains("DependsOn"));
  CHECK(assembly.manifest()["artifacts"]["S2"]["dependencies"].dump() == expected["S2_dependencies"].dump());
}

TEST_CASE("removal policies set DeletionPolicy and UpdateReplacePolicy like aws-cdk-lib", "[core][l1]") {
  // GIVEN the reference resources of every policy
  const auto& resources = reference()["stacks"]["L1Stack"]["template"]["Resources"];
  // WHEN the same policies are applied by cdkpp
  cdk::App app;
  build_l1_app(app);
  const Json actual = Json::parse(template_text(app.assembly(), "L1Stack.template.json"));
  // THEN each resource matches, including the default and applyToUpdateReplacePolicy=false
  for (const char* id :
       {"RemovalDestroy", "RemovalRetain", "RemovalSnapshot", "RemovalRetainOnUpdateOrDelete", "RemovalDefaultRetain",
        "RemovalApplyToUpdateReplaceFalse"}) {
    CAPTURE(id);
    CHECK(actual["Resources"][id].dump() == resources[id].dump());
  }
}

TEST_CASE("SNAPSHOT is accepted on any resource type, as aws-cdk-lib does", "[core][l1]") {
  // GIVEN the reference template
  Json expected;
  for (const auto& entry : reference()["errors"]) {
    if (entry["description"].get<std::string>().rfind("applyRemovalPolicy SNAPSHOT", 0) == 0) expected = entry["value"];
  }
  REQUIRE(expected.is_object());
  // WHEN SNAPSHOT is applied to a topic
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  stack.add<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"}).apply_removal_policy(cdk::RemovalPolicy::snapshot);
  // THEN the template is CDK's
  CHECK(app.assembly().template_json(stack).dump() == expected.dump());
}
