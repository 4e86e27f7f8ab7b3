// A stack's template as text (Stack::render_template_text, what synthesis writes): fragments kept
// as text are merged section by section, and the text is what the JSON writer gives for the
// merged template.
#include "core/detail/template_text.hpp"

#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <string>

#include "core/detail/json_text.hpp"

namespace {

using Json = nlohmann::ordered_json;

// An element contributing the fragment it is given, whatever its sections.
class RawElement : public cdk::CfnElement {
 public:
  struct Props {
    Json fragment;
  };
  RawElement(cdk::Scope scope, Props props)
      : CfnElement(std::move(scope)), fragment_(std::move(props.fragment)) {}
  Json to_cloudformation() const override { return fragment_; }

 private:
  Json fragment_;
};

const RawElement& add_raw(cdk::Stack& stack, const std::string& id, Json fragment) {
  return stack.add<RawElement>(id, {std::move(fragment)});
}

// Values of every kind the writer handles, nested, with strings that need escaping.
Json varied_value() {
  return Json{
      {"Type", "AWS::Test::Thing"},
      {"Properties",
       {{"Text", "quote \" backslash \\ newline \n"},
        {"Unicode", "caf\xC3\xA9"},
        {"Numbers", Json::array({1, -2, 0.5, 12345678901234ULL})},
        {"Flags", Json::array({true, false, nullptr})},
        {"Empty", Json::object()},
        {"None", Json::array()},
        {"Deep", {{"A", {{"B", Json::array({Json{{"C", "d"}}})}}}}}}}};
}

}  // namespace

TEST_CASE(
    "a template's text is its merged fragments as the JSON writer writes them",
    "[core][template]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S", cdk::StackProps{.description = "the stack"});
  stack.add_transform("AWS::Serverless-2016-10-31");
  stack.add_transform("AWS::LanguageExtensions");
  stack.set_template_format_version("2010-09-09");
  stack.add_metadata("Owner", "team");
  add_raw(stack, "A", Json{{"Resources", {{"A", varied_value()}}}});
  add_raw(stack, "M", Json{{"Metadata", {{"Extra", 1}}}});  // joins the stack's Metadata
  add_raw(stack, "C", Json{{"Conditions", Json::object()}});
  add_raw(stack, "B", Json{{"Resources", {{"B", {{"Type", "AWS::Test::Other"}}}}}});
  add_raw(stack, "H", Json{{"Hooks", "not an object"}});
  add_raw(stack, "O", Json{{"Outputs", {{"O", {{"Value", "v"}}}}}, {"Resources", {{"D", 2}}}});

  // Sections where they are first used; entries in the order of the elements.
  const Json expected = {
      {"Description", "the stack"},
      {"Transform", Json::array({"AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"})},
      {"AWSTemplateFormatVersion", "2010-09-09"},
      {"Metadata", {{"Owner", "team"}, {"Extra", 1}}},
      {"Resources", {{"A", varied_value()}, {"B", {{"Type", "AWS::Test::Other"}}}, {"D", 2}}},
      {"Conditions", Json::object()},
      {"Hooks", "not an object"},
      {"Outputs", {{"O", {{"Value", "v"}}}}},
  };
  CHECK(stack.render_template_text() == cdk::detail::to_json_text(expected, 1));
  CHECK(stack.render_template() == expected);
  CHECK(stack.render_template().dump() == expected.dump());  // the order too
}

TEST_CASE("an empty template's text is an empty object", "[core][template]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  CHECK(stack.render_template_text() == "{}");
  CHECK(cdk::detail::TemplateText().text() == cdk::detail::to_json_text(Json::object(), 1));
}

TEST_CASE(
    "a single transform is a string, and fragments keep their text until merged",
    "[core][template]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  stack.add_transform("AWS::Serverless-2016-10-31");
  const auto& element = add_raw(stack, "R", Json{{"Resources", {{"R", {{"Type", "T"}}}}}});

  cdk::detail::TemplateText text;
  text.add_section("Transform", "AWS::Serverless-2016-10-31");
  text.merge(cdk::detail::fragment_text(element.to_cloudformation()), element);
  CHECK(text.text() == stack.render_template_text());
  CHECK(
      text.text() ==
      "{\n \"Transform\": \"AWS::Serverless-2016-10-31\",\n \"Resources\": {\n  \"R\": {\n   "
      "\"Type\": \"T\"\n  }\n }\n}");
}

TEST_CASE("sections that can't be merged name the element", "[core][template]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S", cdk::StackProps{.description = "text"});
  SECTION("a section that is a string in the stack") {
    add_raw(stack, "E", Json{{"Description", {{"Key", "value"}}}});
  }
  SECTION("a section that is a string in the element") {
    add_raw(stack, "First", Json{{"Mappings", {{"M", 1}}}});
    add_raw(stack, "E", Json{{"Mappings", "text"}});
  }
  try {
    (void)stack.render_template_text();
    FAIL("merged");
  } catch (const cdk::SynthesisError& error) {
    CHECK(error.path() == "S/E");
    CHECK_THAT(error.message(), Catch::Contains("cannot merge template section"));
  }
}

TEST_CASE(
    "a logical ID already in the section names the stack and the element", "[core][template]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  stack.add_metadata("Taken", 1);
  add_raw(stack, "E", Json{{"Resources", {{"Fine", 1}}}, {"Metadata", {{"Taken", 2}}}});
  try {
    (void)stack.render_template_text();
    FAIL("merged");
  } catch (const cdk::SynthesisError& error) {
    CHECK(error.path() == "S/E");
    CHECK_THAT(
        error.message(),
        Catch::StartsWith("section 'Metadata' already contains 'Taken': two elements of "
                          "stack 'S' have the same logical ID"));
  }
}
