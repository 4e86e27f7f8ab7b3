// Tags::of(...).add/remove and TagManager, checked against what aws-cdk-lib 2.276.0 writes
// (tests/parity/reference/tags.json, produced by tests/parity/tags.js). The generated L1 classes
// of that script (sns.CfnTopic, cognito.CfnUserPool, autoscaling.CfnAutoScalingGroup,
// ssm.CfnParameter) are built here as cdk::CfnResource with the same type, properties and the
// matching .tagging spec.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/aws.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tag_manager.hpp>
#include <cdk/core/tags.hpp>
#include <cctype>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "parity_reference.hpp"

namespace {

using Json = nlohmann::ordered_json;

const Json& tags_reference() {
  static const Json ref = cdk::test::parity_reference("tags.json");
  return ref;
}

const Json& scenario(const std::string& name) {
  for (const auto& entry : tags_reference()["scenarios"]) {
    if (entry["name"] == name) return entry;
  }
  FAIL("no reference scenario '" << name << "'");
  static const Json none;
  return none;
}

// aws-cdk-lib's token counter is random, so the reference writes ${Token[X.#]}.
std::string normalize_tokens(const std::string& text) {
  static const std::regex counter(R"(([$#]\{Token\[[^\]]*?)\.\d+\]\})");
  return std::regex_replace(text, counter, "$1.#]}");
}

cdk::CfnResource& topic(cdk::Construct& scope, const std::string& id, Json tags = nullptr) {
  Json properties = Json::object();
  if (!tags.is_null()) properties["Tags"] = std::move(tags);
  return scope.add<cdk::CfnResource>(
      id, {.properties = std::move(properties), .tagging = cdk::TagSpec{}, .type = "AWS::SNS::Topic"});
}

cdk::CfnResource& user_pool(cdk::Construct& scope, const std::string& id, Json tags = nullptr) {
  Json properties = Json::object();
  if (!tags.is_null()) properties["UserPoolTags"] = std::move(tags);
  return scope.add<cdk::CfnResource>(
      id,
      {
          .properties = std::move(properties),
          .tagging = cdk::TagSpec{.property = "UserPoolTags", .type = cdk::TagType::map},
          .type = "AWS::Cognito::UserPool",
      });
}

cdk::CfnResource& auto_scaling_group(cdk::Construct& scope, const std::string& id, Json properties) {
  return scope.add<cdk::CfnResource>(
      id,
      {
          .properties = std::move(properties),
          .tagging = cdk::TagSpec{.type = cdk::TagType::auto_scaling_group},
          .type = "AWS::AutoScaling::AutoScalingGroup",
      });
}

// tags.js all(s): one resource of every tag format, plus two generic (untaggable) topics.
void all(cdk::Stack& s) {
  topic(s, "Topic");
  topic(s, "TopicWithTags", Json::array({{{"Key", "zInitial"}, {"Value", "i"}}, {{"Key", "Shared"}, {"Value", "from-props"}}}));
  user_pool(s, "UserPool");
  auto_scaling_group(
      s, "Asg", {{"AvailabilityZones", Json::array({"us-east-1a"})}, {"MaxSize", "1"}, {"MinSize", "0"}});
  s.add<cdk::CfnResource>(
      "Param",
      {
          .properties = {{"Type", "String"}, {"Value", "v"}},
          .tagging = cdk::TagSpec{.type = cdk::TagType::map},
          .type = "AWS::SSM::Parameter",
      });
  s.add<cdk::CfnResource>("GenericTopic", {.type = "AWS::SNS::Topic"});
  s.add<cdk::CfnResource>(
      "GenericWithTags",
      {.properties = {{"Tags", Json::array({{{"Key", "Manual"}, {"Value", "m"}}})}}, .type = "AWS::SNS::Topic"});
}

// Compares one stack of a synthesized app with the reference record of that stack: template
// Resources, manifest tags and the stack's tag values, each as text so key order counts.
void check_stack(cdk::App& app, const cdk::Stack& stack, const Json& expected) {
  const auto& assembly = app.assembly();
  CAPTURE(stack.node().path());
  CHECK(assembly.template_json(stack)["Resources"].dump(1) == expected["resources"].dump(1));
  const Json manifest = assembly.manifest()["artifacts"][stack.artifact_id()]["properties"];
  const Json manifest_tags = manifest.contains("tags") ? manifest["tags"] : Json(nullptr);
  CHECK(normalize_tokens(manifest_tags.dump()) == expected["manifest_tags"].dump());
  CHECK(normalize_tokens(stack.tags().tag_values().dump()) == expected["stack_tags_tagValues"].dump());
}

}  // namespace

TEST_CASE("tags are sorted with localeCompare and merged with a resource's own tags", "[core][tags]") {
  // GIVEN scenario 'basic': keys added out of order, including '9', '10', 'b_under', 'B-dash'
  const auto& expected = scenario("basic");
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  all(s);
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"zeta", "z"},
           {"Alpha", "A"},
           {"beta", "b"},
           {"Shared", "from-aspect"},
           {"b_under", "1"},
           {"B-dash", "2"},
           {"10", "ten"},
           {"9", "nine"},
       }) {
    cdk::Tags::of(s).add(key, value);
  }
  // WHEN synthesized
  const Json resources = app.assembly().template_json(s)["Resources"];
  // THEN every resource is CDK's: lists sorted ('10' before '9'), maps with integer-like keys
  // first ('9', '10'), the aspect overriding the same key from props, generic resources untouched
  CHECK(resources.dump(1) == expected["stacks"]["S"]["resources"].dump(1));
  CHECK(s.tags().tag_values().dump() == expected["stacks"]["S"]["stack_tags_tagValues"].dump());
}

TEST_CASE("manifest tags list integer-like keys first", "[core][tags]") {
  // The manifest's tags are a JavaScript object in aws-cdk-lib, so "9" comes before "10".
  // GIVEN scenario 'basic'
  const auto& expected = scenario("basic");
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  cdk::Tags::of(s).add("10", "ten");
  cdk::Tags::of(s).add("9", "nine");
  cdk::Tags::of(s).add("zeta", "z");
  // WHEN synthesized
  const Json manifest_tags = app.assembly().manifest()["artifacts"]["S"]["properties"]["tags"];
  // THEN the keys are in CDK's order
  Json expected_subset = Json::object();
  for (const auto& key : {"9", "10", "zeta"}) expected_subset[key] = expected["stacks"]["S"]["manifest_tags"][key];
  CHECK(manifest_tags.dump() == expected_subset.dump());
}

TEST_CASE("resources without tags keep their own tags, sorted", "[core][tags]") {
  // GIVEN scenario 'no_tags'
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  all(s);
  // WHEN synthesized  THEN it is CDK's output (initial tags sorted by key, no manifest tags)
  check_stack(app, s, scenario("no_tags")["stacks"]["S"]);
}

TEST_CASE("tag priorities: higher wins, equal goes to the later (deeper) aspect, remove is 200", "[core][tags]") {
  // GIVEN scenario 'priorities'
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  auto& g = s.add<cdk::Construct>("Group");
  auto& deep = topic(g, "Deep");
  topic(s, "Top");
  cdk::Tags::of(s).add("p", "stack-100");
  cdk::Tags::of(g).add("p", "group-100");
  cdk::Tags::of(s).add("q", "stack-300", {.priority = 300});
  cdk::Tags::of(g).add("q", "group-100");
  cdk::Tags::of(g).add("r", "group-50", {.priority = 50});
  cdk::Tags::of(s).add("r", "stack-100");
  cdk::Tags::of(s).add("removed", "x");
  cdk::Tags::of(g).remove("removed");
  cdk::Tags::of(s).add("kept", "x", {.priority = 300});
  cdk::Tags::of(g).remove("kept");
  cdk::Tags::of(s).add("removedLowPrio", "x");
  cdk::Tags::of(g).remove("removedLowPrio", {.priority = 10});
  cdk::Tags::of(deep).add("p", "deep-100");
  cdk::Tags::of(s).add("order1", "first");
  cdk::Tags::of(s).add("order1", "second");
  // WHEN synthesized  THEN resources, manifest and stack tags are CDK's
  check_stack(app, s, scenario("priorities")["stacks"]["S"]);
}

TEST_CASE("include and exclude resource types select the tagged resources", "[core][tags]") {
  // GIVEN scenario 'include_exclude'
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  all(s);
  cdk::Tags::of(s).add("onlyTopics", "yes", {.include_resource_types = {"AWS::SNS::Topic"}});
  cdk::Tags::of(s).add("notTopics", "yes", {.exclude_resource_types = {"AWS::SNS::Topic"}});
  cdk::Tags::of(s).add(
      "both", "yes",
      {.exclude_resource_types = {"AWS::SSM::Parameter"},
       .include_resource_types = {"AWS::SNS::Topic", "AWS::SSM::Parameter"}});
  cdk::Tags::of(s).add("emptyInclude", "yes", {.include_resource_types = {}});
  // WHEN synthesized  THEN it is CDK's output (the stack itself is type aws:cdk:stack)
  check_stack(app, s, scenario("include_exclude")["stacks"]["S"]);
}

TEST_CASE("apply_to_launched_instances=false renders PropagateAtLaunch false", "[core][tags]") {
  // GIVEN scenario 'asg_launched_instances' (an ASG with a tag of its own, not propagated)
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  auto_scaling_group(
      s, "Asg",
      {{"MaxSize", "1"},
       {"MinSize", "0"},
       {"Tags", Json::array({{{"Key", "fromProps"}, {"PropagateAtLaunch", false}, {"Value", "p"}}})}});
  cdk::Tags::of(s).add("propagate", "yes");
  cdk::Tags::of(s).add("noPropagate", "no", {.apply_to_launched_instances = false});
  // WHEN synthesized  THEN it is CDK's output
  check_stack(app, s, scenario("asg_launched_instances")["stacks"]["S"]);
}

TEST_CASE("tags on the app, a stack and a construct reach the resources below them", "[core][tags]") {
  // GIVEN scenario 'app_stack_construct' (S2 also has tags in its props: manifest only)
  cdk::App app;
  auto& s1 = app.add<cdk::Stack>("S1");
  auto& s2 = app.add<cdk::Stack>("S2", {.tags = {{"propTag", "fromStackProps"}}});
  auto& c = s1.add<cdk::Construct>("C");
  topic(c, "InC");
  topic(s1, "InS1");
  topic(s2, "InS2");
  cdk::Tags::of(app).add("appTag", "app");
  cdk::Tags::of(s1).add("stackTag", "s1");
  cdk::Tags::of(c).add("constructTag", "c");
  // WHEN synthesized  THEN both stacks are CDK's
  const auto& expected = scenario("app_stack_construct")["stacks"];
  check_stack(app, s1, expected["S1"]);
  check_stack(app, s2, expected["S2"]);
}

TEST_CASE("stack tags reach the manifest even with no taggable resource", "[core][tags]") {
  // GIVEN scenario 'stack_tags_only'
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  s.add<cdk::CfnResource>("Generic", {.type = "AWS::SNS::Topic"});
  cdk::Tags::of(s).add("b", "2");
  cdk::Tags::of(s).add("a", "1");
  // WHEN synthesized  THEN the manifest has properties.tags sorted by key
  check_stack(app, s, scenario("stack_tags_only")["stacks"]["S"]);
}

TEST_CASE("tag values may be tokens", "[core][tags]") {
  // GIVEN scenario 'token_value' (the stack excluded) and 'token_value_on_stack'
  {
    cdk::App app;
    auto& s = app.add<cdk::Stack>("S");
    topic(s, "Topic");
    auto& other = topic(s, "Other");
    cdk::Tags::of(s).add("region", cdk::Aws::region(), {.exclude_resource_types = {"aws:cdk:stack"}});
    cdk::Tags::of(s).add("ref", "x-" + other.ref(), {.exclude_resource_types = {"aws:cdk:stack"}});
    // WHEN synthesized  THEN resources resolve the tokens and the manifest has no tags
    check_stack(app, s, scenario("token_value")["stacks"]["S"]);
  }
  {
    cdk::App app;
    auto& s = app.add<cdk::Stack>("S");
    topic(s, "Topic");
    cdk::Tags::of(s).add("region", cdk::Aws::region());
    // WHEN synthesized  THEN the manifest carries the unresolved token, as CDK's does
    check_stack(app, s, scenario("token_value_on_stack")["stacks"]["S"]);
  }
}

TEST_CASE("keys starting with aws: are not rejected", "[core][tags]") {
  // GIVEN scenario 'aws_prefix'
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  topic(s, "Topic");
  cdk::Tags::of(s).add("aws:reserved", "v");
  // WHEN synthesized  THEN it is CDK's output
  check_stack(app, s, scenario("aws_prefix")["stacks"]["S"]);
}

TEST_CASE("a Tags::of tag overrides the same key given in a resource's props", "[core][tags]") {
  // GIVEN scenario 'l1_tags_property_overwritten' (list and map formats)
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  topic(s, "T", Json::array({{{"Key", "k"}, {"Value", "props"}}}));
  user_pool(s, "P", {{"k", "props"}, {"other", "o"}});
  cdk::Tags::of(s).add("k", "aspect");
  // WHEN synthesized  THEN the aspect's value wins (props tags have priority 50)
  check_stack(app, s, scenario("l1_tags_property_overwritten")["stacks"]["S"]);
}

TEST_CASE("tag keys and values are not validated, as in aws-cdk-lib", "[core][tags]") {
  // GIVEN the reference outcomes (no errors) for an empty key, an empty value, long keys/values
  std::map<std::string, Json> expected;
  for (const auto& entry : tags_reference()["errors"]) expected[entry["description"].get<std::string>()] = entry;
  REQUIRE(expected["empty key"].contains("no_error"));
  REQUIRE(expected["empty value"].contains("no_error"));
  REQUIRE(expected["key longer than 128"].contains("no_error"));
  REQUIRE(expected["value longer than 256"].contains("no_error"));
  // ('undefined value' is CDK's only tag error; a std::string value can't be undefined.)
  REQUIRE(expected["undefined value"]["error"] == "Tag 'k' must have a value");
  // WHEN such tags are added
  auto resources_with = [](const std::string& key, const std::string& value) {
    cdk::App app;
    auto& s = app.add<cdk::Stack>("S");
    topic(s, "T");
    cdk::Tags::of(s).add(key, value);
    return app.assembly().template_json(s)["Resources"];
  };
  // THEN they are rendered as given
  CHECK(resources_with("", "v").dump() == expected["empty key"]["value"].dump());
  CHECK(resources_with("k", "").dump() == expected["empty value"]["value"].dump());
  const Json long_key = resources_with(std::string(129, 'k'), "v");
  Json key_names = Json::array();
  for (const auto& [name, value] : long_key["T"]["Properties"]["Tags"][0].items()) key_names.push_back(name);
  CHECK(key_names.dump() == expected["key longer than 128"]["value"].dump());
  const Json long_value = resources_with("k", std::string(257, 'v'));
  CHECK(long_value["T"]["Properties"]["Tags"][0]["Value"].get<std::string>().size() ==
        expected["value longer than 256"]["value"].get<std::size_t>());
}

TEST_CASE("TagManager renders every tag format like aws-cdk-lib's renderTags", "[core][tags]") {
  // GIVEN the reference: setTag("b","2"), setTag("a","1",0,false), setTag("C","3") per TagType.
  // aws-cdk-lib's renderTags gives the formatter's camelCase form, which the generated L1
  // converts to CloudFormation names in alphabetical order; cdkpp renders that final form.
  auto to_cloudformation = [](const Json& tag) {
    std::map<std::string, Json> sorted;
    for (const auto& [key, value] : tag.items()) {
      std::string name = key;
      name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
      sorted[name] = value;
    }
    Json out = Json::object();
    for (const auto& [key, value] : sorted) out[key] = value;
    return out;
  };
  const std::vector<std::pair<std::string, cdk::TagType>> types = {
      {"STANDARD", cdk::TagType::standard},
      {"AUTOSCALING_GROUP", cdk::TagType::auto_scaling_group},
      {"MAP", cdk::TagType::map},
      {"KEY_VALUE", cdk::TagType::key_value},
      {"NOT_TAGGABLE", cdk::TagType::not_taggable},
  };
  for (const auto& [name, type] : types) {
    CAPTURE(name);
    const auto& expected = tags_reference()["tag_manager"][name];
    // WHEN a TagManager of that type gets the same calls
    cdk::TagManager manager(cdk::TagSpec{.type = type});
    manager.set_tag("b", "2");
    manager.set_tag("a", "1", 0, false);
    manager.set_tag("C", "3");
    // THEN rendering, tag values and has_tags are CDK's
    Json rendered = expected["rendered"];
    if (type == cdk::TagType::standard || type == cdk::TagType::auto_scaling_group) {
      Json converted = Json::array();
      for (const auto& tag : rendered) converted.push_back(to_cloudformation(tag));
      rendered = converted;
    }
    CHECK(manager.render().dump() == rendered.dump());
    CHECK(manager.tag_values().dump() == expected["tagValues"].dump());
    CHECK(manager.has_tags() == expected["hasTags"].get<bool>());
  }
}

TEST_CASE("TagManager priorities: a lower priority can't change what a higher one decided", "[core][tags]") {
  // GIVEN a manager
  cdk::TagManager tags(cdk::TagSpec{});
  // WHEN tags are set and removed with different priorities
  tags.set_tag("a", "high", 200);
  tags.set_tag("a", "low", 100);        // ignored: lower than 200
  tags.set_tag("b", "first", 100);
  tags.set_tag("b", "second", 100);     // equal priority: the later wins
  tags.set_tag("c", "x", 100);
  tags.remove_tag("c", 50);             // ignored
  tags.set_tag("d", "x", 100);
  tags.remove_tag("d", 200);            // removed, and the key stays decided at 200
  tags.set_tag("d", "back", 150);       // ignored
  tags.set_tag("e", "x", 300);
  tags.remove_tag("e", 300);            // equal priority: the removal wins
  // THEN only the winners remain
  CHECK(tags.tag_values().dump() == R"({"a":"high","b":"second","c":"x"})");
}

TEST_CASE("initial tags have priority 50 and keep non-literal entries after the others", "[core][tags]") {
  // GIVEN a taggable resource created with tags, one of them not a plain string pair
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  auto& r = topic(
      s, "T",
      Json::array({
          {{"Key", "z"}, {"Value", "props"}},
          {{"Key", "dynamic"}, {"Value", {{"Ref", "Something"}}}},
          {{"Key", "a"}, {"Value", "props"}},
      }));
  // WHEN a tag operation at priority 40 and one at 60 touch the same keys
  r.tags()->set_tag("z", "forty", 40);
  r.tags()->set_tag("a", "sixty", 60);
  // THEN 50 sits between them; the intrinsic entry is rendered last, as given
  CHECK(app.assembly().template_json(s)["Resources"]["T"]["Properties"]["Tags"].dump() ==
        R"([{"Key":"a","Value":"sixty"},{"Key":"z","Value":"props"},{"Key":"dynamic","Value":{"Ref":"Something"}}])");
}

TEST_CASE("stack tags from props reach the manifest and lose to Tags::of", "[core][tags]") {
  // GIVEN a stack with tags in its props, one overridden by Tags::of
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S", {.tags = {{"team", "props"}, {"cost", "props"}}});
  cdk::Tags::of(s).add("team", "aspect");
  // WHEN synthesized
  const Json manifest = app.assembly().manifest();
  // THEN properties.tags holds both, sorted, with the aspect's value
  CHECK(manifest["artifacts"]["S"]["properties"]["tags"].dump() == R"({"cost":"props","team":"aspect"})");
}

TEST_CASE(
    "tags go before the first property after them, replacing a tags property set later",
    "[core][tags]") {
  // GIVEN a taggable resource whose properties are replaced after construction, one of them
  // the tags property itself
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  auto& t = topic(s, "T");
  t.properties() = Json{{"Alpha", 2}, {"Zeta", 1}, {"Tags", "replaced"}, {"Beta", {{"x", 3}}}};
  cdk::Tags::of(s).add("k", "v");
  // WHEN synthesized
  const Json properties = app.assembly().template_json(s)["Resources"]["T"]["Properties"];
  // THEN the properties keep their order, the rendered tags go before the first key greater than
  // "Tags" ("Zeta") and the old value is dropped, as aws-cdk-lib's generated L1s place them
  CHECK(
      properties.dump() ==
      R"({"Alpha":2,"Tags":[{"Key":"k","Value":"v"}],"Zeta":1,"Beta":{"x":3}})");
}

TEST_CASE(
    "tags reach a resource whose properties were set to null, not ones set to a string",
    "[core][tags]") {
  cdk::App app;
  auto& s = app.add<cdk::Stack>("S");
  topic(s, "Null").properties() = nullptr;
  cdk::Tags::of(s).add("k", "v");
  CHECK(
      app.assembly().template_json(s)["Resources"]["Null"]["Properties"].dump() ==
      R"({"Tags":[{"Key":"k","Value":"v"}]})");

  cdk::App other;
  auto& stack = other.add<cdk::Stack>("S");
  topic(stack, "Text").properties() = "not an object";
  cdk::Tags::of(stack).add("k", "v");
  CHECK_THROWS_WITH(
      other.synth(),
      Catch::Contains("S/Text") && Catch::Contains("must be a JSON object to receive its tags") &&
          Catch::Contains("\"not an object\""));
}
