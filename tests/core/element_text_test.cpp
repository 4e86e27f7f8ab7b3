// detail::render_fragment_text writes a plain CfnResource straight to text, resolving tokens on
// the way; everything else goes through render() and fragment_text. Both must give the same
// text for every shape of resource, and resolve the same tokens in the same order.
#include "core/detail/element_text.hpp"

#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <memory>
#include <string>
#include <vector>

#include "core/detail/cloudformation_lang.hpp"

namespace {

using Json = nlohmann::ordered_json;

// A token resolving to a fixed value, recording the order tokens are resolved in.
class Recorded : public cdk::IResolvable {
 public:
  Recorded(Json value, std::string name, std::vector<std::string>& log)
      : value_(std::move(value)), name_(std::move(name)), log_(log) {}
  Json resolve(cdk::ResolveContext& /*context*/) const override {
    log_.push_back(name_);
    return value_;
  }

 private:
  Json value_;
  std::string name_;
  std::vector<std::string>& log_;
};

struct Fixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("S");
  std::vector<std::string> log;

  std::string token(Json value, const std::string& name) {
    return cdk::Token::as_string(stack, std::make_shared<Recorded>(std::move(value), name, log));
  }
  std::vector<std::string> list_token(Json value, const std::string& name) {
    return cdk::Token::as_list(app, std::make_shared<Recorded>(std::move(value), name, log));
  }
};

// The fragment's text both ways, with the tokens each resolved.
struct BothWays {
  std::string direct;
  std::vector<std::string> direct_order;
  std::string rendered;
  std::vector<std::string> rendered_order;
};

std::string entries_text(const cdk::detail::FragmentText& fragment) {
  std::string text;
  for (const auto& section : fragment.sections) {
    text += section.name + (section.is_object ? " {" : " = " + section.text);
    for (const auto& entry : section.entries) text += "\n" + entry.key + ": " + entry.text;
    text += "\n";
  }
  return text;
}

BothWays both_ways(Fixture& f, const cdk::CfnElement& element) {
  BothWays result;
  f.log.clear();
  cdk::ResolveContext direct_context(element, f.stack);
  result.direct = entries_text(cdk::detail::render_fragment_text(element, direct_context));
  result.direct_order = f.log;
  f.log.clear();
  cdk::ResolveContext rendered_context(element, f.stack);
  result.rendered = entries_text(cdk::detail::fragment_text(element.render(rendered_context)));
  result.rendered_order = f.log;
  return result;
}

void check_same(Fixture& f, const cdk::CfnElement& element) {
  const BothWays result = both_ways(f, element);
  CHECK(result.direct == result.rendered);
  CHECK(result.direct_order == result.rendered_order);
}

}  // namespace

TEST_CASE("a resource written straight to text equals its rendering", "[core][template]") {
  Fixture f;
  const std::string undefined = f.token(cdk::detail::undefined_value(), "undefined");
  auto& resource = f.stack.add<cdk::CfnResource>(
      "Thing",
      {
          .properties =
              {
                  {"Plain", "text"},
                  {"Whole", f.token(Json{{"Ref", "Other"}}, "whole")},
                  {"Joined",
                   "arn:" + f.token("part", "part") + ":" + f.token(Json{{"Ref", "X"}}, "ref")},
                  {"Gone", undefined},
                  {"Numbers", Json::array({1, -2, 0.25, true, nullptr})},
                  {"List", f.list_token(Json::array({"a", "b"}), "list")},
                  {"Elements",
                   Json::array({"kept", undefined, f.token(3, "three"), Json::array()})},
                  {"Nested",
                   {{"Deep", {{"Deeper", f.token(Json::object(), "object")}}},
                    {"Empty", Json::object()}}},
                  {"TokenKey", {{f.token("key", "key"), "value"}, {"Other", 1}}},
                  {"AllGone", {{"A", undefined}}},
                  {"Escapes", "quote \" backslash \\ tab \t caf\xC3\xA9"},
              },
          .type = "AWS::Test::Thing",
      });
  auto& other = f.stack.add<cdk::CfnResource>("Other", {.type = "AWS::Test::Other"});
  auto& first = f.stack.add<cdk::CfnResource>("First", {.type = "AWS::Test::Other"});
  resource.add_dependency(other);
  resource.add_dependency(first);
  auto& condition = f.stack.add<cdk::CfnCondition>("Cond", {});
  auto& options = resource.cfn_options();
  options.condition = &condition;
  options.creation_policy = {{"ResourceSignal", {{"Count", f.token(2, "count")}}}};
  options.update_policy = {{"Gone", undefined}};
  options.update_replace_policy = "Retain";
  options.deletion_policy = f.token("Delete", "deletion");
  options.version = "1";
  options.description = undefined;
  options.metadata = {{"Key", f.token("meta", "meta")}};
  check_same(f, resource);
  const BothWays result = both_ways(f, resource);
  CHECK(result.direct.find("\"DependsOn\": [\n    \"First") != std::string::npos);  // sorted
  CHECK(result.direct.find("\"Gone\"") == std::string::npos);
  CHECK(result.direct.find("\"AllGone\": {}") != std::string::npos);
  CHECK(result.direct.find("\"Description\"") == std::string::npos);
}

TEST_CASE("tags go where they render, also in place of a Tags property", "[core][template]") {
  Fixture f;
  const auto tagged = [&](const std::string& id, Json properties) -> cdk::CfnResource& {
    return f.stack.add<cdk::CfnResource>(
        id,
        {.properties = std::move(properties),
         .tagging = cdk::TagSpec{},
         .type = "AWS::Test::Tagged"});
  };
  auto& between = tagged("Between", {{"Alpha", 1}, {"Zulu", 2}});
  auto& last = tagged("Last", {{"Alpha", 1}});
  auto& first = tagged("First", {{"Zulu", 2}});
  auto& only = tagged("Only", Json::object());
  auto& replaced = tagged("Replaced", {{"Alpha", 1}, {"Tags", "replaced"}, {"Zulu", 2}});
  auto& untagged = tagged("Untagged", Json::object());
  cdk::Tags::of(f.stack).add("team", f.token("blue", "team"));
  for (auto* resource : {&between, &last, &first, &only, &replaced}) {
    resource->tags()->set_tag("owner", "me");
    check_same(f, *resource);
  }
  check_same(f, untagged);  // no tags, no properties: no Properties at all
  CHECK(both_ways(f, untagged).direct.find("Properties") == std::string::npos);
}

TEST_CASE("empty properties, dependencies and metadata are left out", "[core][template]") {
  Fixture f;
  const std::string undefined = f.token(cdk::detail::undefined_value(), "undefined");
  const std::string empty = f.token(Json::object(), "empty");
  auto& resource = f.stack.add<cdk::CfnResource>(
      "Emptied", {.properties = {{"Gone", undefined}}, .type = "AWS::Test::Thing"});
  resource.cfn_options().metadata = {{"Gone", undefined}};
  auto& nulls = f.stack.add<cdk::CfnResource>(
      "Nulls", {.properties = {{"Null", nullptr}, {"Empty", empty}}, .type = "AWS::Test::Thing"});
  nulls.cfn_options().metadata = Json::object();
  for (const auto* element : {&resource, &nulls}) check_same(f, *element);
  const std::string text = both_ways(f, resource).direct;
  CHECK(text.find("Properties") == std::string::npos);
  CHECK(text.find("Metadata") == std::string::npos);
}

TEST_CASE("resources that can't be written straight go through render", "[core][template]") {
  Fixture f;
  auto& overridden = f.stack.add<cdk::CfnResource>(
      "Overridden", {.properties = {{"A", 1}}, .type = "AWS::Test::Thing"});
  overridden.add_property_override("B.C", f.token("override", "override"));
  auto& token_key = f.stack.add<cdk::CfnResource>(
      "TokenKey", {.properties = {{f.token("key", "key"), 1}}, .type = "AWS::Test::Thing"});
  auto& string_metadata =
      f.stack.add<cdk::CfnResource>("StringMetadata", {.type = "AWS::Test::Thing"});
  string_metadata.cfn_options().metadata = "text";
  for (const auto* element : {&overridden, &token_key, &string_metadata}) check_same(f, *element);
  CHECK(both_ways(f, overridden).direct.find("\"override\"") != std::string::npos);
}

TEST_CASE("a token that can't resolve fails the same way both ways", "[core][template]") {
  Fixture f;
  auto& resource = f.stack.add<cdk::CfnResource>(
      "Broken",
      {.properties =
           {{"List", Json::array({"a", f.list_token(Json::array({"b"}), "list").front()})}},
       .type = "AWS::Test::Thing"});
  cdk::ResolveContext direct(resource, f.stack);
  cdk::ResolveContext rendered(resource, f.stack);
  CHECK_THROWS_WITH(
      cdk::detail::render_fragment_text(resource, direct),
      Catch::Contains("Cannot add elements to list token"));
  CHECK_THROWS_WITH(
      resource.render(rendered), Catch::Contains("Cannot add elements to list token"));
}
