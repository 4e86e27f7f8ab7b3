// Tokens as aws-cdk-lib 2.276.0 encodes and resolves them (core/lib/private/encoding.ts,
// resolve.ts, cloudformation-lang.ts): markers, the minimal Fn::Join, per-App token tables and
// the errors for misuse. The behaviour against real CDK output is in fn_test.cpp and
// to_json_string_test.cpp.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "core/detail/cloudformation_lang.hpp"
#include "core/detail/encoding.hpp"

namespace {

using Json = nlohmann::ordered_json;
namespace detail = cdk::detail;

std::string ref_token(cdk::App& app, const std::string& name) {
  return cdk::Token::as_string(app, std::make_shared<cdk::Intrinsic>(Json{{"Ref", name}}, name));
}

}  // namespace

TEST_CASE("markers have aws-cdk-lib's shape with a sanitized hint", "[core][tokens][encoding]") {
  // GIVEN hints with and without characters outside the marker alphabet
  // WHEN markers are made THEN they read ${Token[hint.N]} / #{Token[hint.N]}
  CHECK(detail::make_string_marker("Bucket.Arn", 17) == "${Token[Bucket.Arn.17]}");
  CHECK(detail::make_list_marker("Fn::Split", 3) == "#{Token[Fn::Split.3]}");
  CHECK(detail::make_string_marker("my hint/x", 1) == "${Token[my.hint.x.1]}");
  CHECK(detail::make_string_marker("", 2) == "${Token[TOKEN.2]}");
}

TEST_CASE("a string splits into literal and token fragments", "[core][tokens][encoding]") {
  // GIVEN a string with text around two markers
  const std::string text = "a${Token[X.1]}${Token[Y.Z.22]}b";
  // WHEN it is split
  auto fragments = detail::split_string_markers(text);
  // THEN literals and tokens alternate, each token with its number
  REQUIRE(fragments.size() == 4);
  CHECK_FALSE(fragments[0].is_token);
  CHECK(fragments[0].text == "a");
  CHECK(fragments[1].is_token);
  CHECK(fragments[1].number == 1);
  CHECK(fragments[2].number == 22);
  CHECK(fragments[2].text == "${Token[Y.Z.22]}");
  CHECK(fragments[3].text == "b");
}

TEST_CASE("text that only resembles a marker stays literal", "[core][tokens][encoding]") {
  // GIVEN strings that are not complete markers
  auto [text] = GENERATE(table<std::string>({
      {"${Token[]}"},
      {"${Token[abc]}"},
      {"${Token[X.1"},
      {"${Token[X.1a]}"},
      {"${Token[X Y.1]}"},
      {"${notatoken}"},
      {"$ {Token[X.1]}"},
  }));
  INFO(text);
  // WHEN inspected THEN no marker is found
  CHECK_FALSE(detail::contains_string_marker(text));
  CHECK_FALSE(cdk::Token::is_unresolved(text));
  auto fragments = detail::split_string_markers(text);
  REQUIRE(fragments.size() == 1);
  CHECK_FALSE(fragments[0].is_token);
  // AND resolving it as a value or as a key gives it back unchanged
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  const Json document = {{"value", text}, {text, "key"}, {"list", Json::array({text})}};
  CHECK(stack.resolve(document) == document);
}

TEST_CASE("only texts holding the part every marker shares may contain a marker", "[core][tokens][encoding]") {
  // GIVEN markers of both kinds, marker look-alikes and plain texts
  // WHEN checked THEN the quick check is true wherever a marker could be, and false for the rest
  CHECK(detail::may_contain_marker(detail::make_string_marker("A", 1)));
  CHECK(detail::may_contain_marker("x" + detail::make_list_marker("L", 2)));
  CHECK(detail::may_contain_marker("${Token[abc]}"));
  CHECK_FALSE(detail::may_contain_marker(""));
  CHECK_FALSE(detail::may_contain_marker("arn:aws:s3:::bucket/*"));
  CHECK_FALSE(detail::may_contain_marker("${Token"));
  CHECK_FALSE(detail::may_contain_marker("${notatoken}"));
}

TEST_CASE("a marker after a false start is still found", "[core][tokens][encoding]") {
  // GIVEN an unterminated marker followed by a real one
  auto fragments = detail::split_string_markers("${Token[x ${Token[A.7]}");
  // WHEN split THEN the real one is a token
  REQUIRE(fragments.size() == 2);
  CHECK(fragments[0].text == "${Token[x ");
  CHECK(fragments[1].number == 7);
}

TEST_CASE(
    "list and string markers are recognised whole or inside text", "[core][tokens][encoding]") {
  // GIVEN list markers alone and with text
  // WHEN inspected THEN only the exact marker is a whole list marker
  CHECK(detail::whole_list_marker("#{Token[L.5]}") == std::optional<std::uint64_t>(5));
  CHECK_FALSE(detail::whole_list_marker("x#{Token[L.5]}").has_value());
  CHECK_FALSE(detail::whole_list_marker("#{Token[L.5]}x").has_value());
  CHECK(detail::whole_string_marker("${Token[Bucket.Arn.12]}") == std::optional<std::uint64_t>(12));
  CHECK_FALSE(detail::whole_string_marker("x${Token[S.5]}").has_value());
  CHECK_FALSE(detail::whole_string_marker("${Token[S.5]}x").has_value());
  CHECK_FALSE(detail::whole_string_marker("${Token[S.5]}${Token[S.6]}").has_value());
  CHECK_FALSE(detail::whole_string_marker("#{Token[L.5]}").has_value());
  CHECK_FALSE(detail::whole_string_marker("${Token[S.x]}").has_value());
  CHECK(detail::contains_list_marker("x#{Token[L.5]}"));
  CHECK_FALSE(detail::contains_string_marker("#{Token[L.5]}"));
  CHECK(
      detail::first_marker_number("a#{Token[L.5]}${Token[S.6]}") ==
      std::optional<std::uint64_t>(5));
  CHECK(
      detail::first_marker_number("a${Token[S.6]}#{Token[L.5]}") ==
      std::optional<std::uint64_t>(6));
  CHECK_FALSE(detail::first_marker_number("plain").has_value());
}

TEST_CASE("Token::is_unresolved finds markers in strings, lists and JSON", "[core][tokens]") {
  // GIVEN an App and a token
  cdk::App app;
  const std::string token = ref_token(app, "R");
  const std::vector<std::string> list =
      cdk::Token::as_list(app, std::make_shared<cdk::Intrinsic>(Json{{"Ref", "L"}}));
  // WHEN asked THEN strings holding markers, list tokens and JSON containing either are unresolved
  CHECK(cdk::Token::is_unresolved(token));
  CHECK(cdk::Token::is_unresolved("prefix-" + token));
  CHECK_FALSE(cdk::Token::is_unresolved("plain"));
  CHECK(cdk::Token::is_unresolved(list));
  CHECK_FALSE(cdk::Token::is_unresolved(std::vector<std::string>{"a", "b"}));
  CHECK_FALSE(cdk::Token::is_unresolved(std::vector<std::string>{list.front(), "b"}));
  CHECK(cdk::Token::is_unresolved(Json{{"a", Json::array({1, token})}}));
  CHECK(cdk::Token::is_unresolved(Json{{token, 1}}));
  CHECK_FALSE(cdk::Token::is_unresolved(Json{{"a", Json::array({1, "x"})}}));
}

TEST_CASE("registering the same resolvable twice gives the same marker", "[core][tokens]") {
  // GIVEN one resolvable
  cdk::App app;
  auto value = std::make_shared<cdk::Intrinsic>(Json{{"Ref", "X"}});
  // WHEN registered twice THEN the marker is the same, and a list marker differs
  CHECK(cdk::Token::as_string(app, value) == cdk::Token::as_string(app, value));
  CHECK(cdk::Token::as_list(app, value).front() != cdk::Token::as_string(app, value));
}

TEST_CASE(
    "minimal_join merges literals and flattens joins with the same delimiter",
    "[core][tokens][cfn_lang]") {
  // GIVEN values to join, as cloudformation-lang.ts minimalCloudFormationJoin sees them
  const Json ref_a = {{"Ref", "A"}};
  auto [delimiter, input, expected] = GENERATE_REF(table<std::string, Json, Json>({
      {"-", Json::array({"a", "b"}), Json::array({"a-b"})},
      {"", Json::array({"a", 1, 2.5}), Json::array({"a12.5"})},
      {",", Json::array({ref_a, "x", "y", ref_a}), Json::array({ref_a, "x,y", ref_a})},
      {"",
       Json::array({"x", Json{{"Fn::Join", {"", Json::array({"y", ref_a})}}}}),
       Json::array({"xy", ref_a})},
      {"-",
       Json::array({"x", Json{{"Fn::Join", {"", Json::array({"y", ref_a})}}}}),
       Json::array({"x", Json{{"Fn::Join", {"", Json::array({"y", ref_a})}}}})},
      // a join of a list value (not an array) can't be spliced
      {",",
       Json::array({"x", Json{{"Fn::Join", {",", Json{{"Ref", "List"}}}}}}),
       Json::array({"x", Json{{"Fn::Join", {",", Json{{"Ref", "List"}}}}}})},
      // spliced elements merge with neighbours on both sides
      {"",
       Json::array({"a", Json{{"Fn::Join", {"", Json::array({"b", ref_a, "c"})}}}, "d"}),
       Json::array({"ab", ref_a, "cd"})},
      {"", Json::array(), Json::array()},
  }));
  INFO(input.dump());
  // WHEN joined
  Json values = input;
  detail::minimal_join(delimiter, values);
  // THEN the result is minimal
  CHECK(values.dump() == expected.dump());
}

TEST_CASE("concat builds the smallest expression for two values", "[core][tokens][cfn_lang]") {
  // GIVEN pairs of resolved values, as CloudFormationLang.concat sees them
  const Json ref_a = {{"Ref", "A"}};
  const Json undefined = detail::undefined_value();
  auto [left, right, expected] = GENERATE_REF(table<Json, Json, Json>({
      {undefined, undefined, ""},
      {undefined, ref_a, ref_a},
      {"x", undefined, "x"},
      {"a", "b", "ab"},
      {"a", 1, "a1"},
      {1, 2, "12"},
      {0.5, "s", "0.5s"},
      {ref_a, "b", Json{{"Fn::Join", {"", Json::array({ref_a, "b"})}}}},
      {Json{{"Fn::Join", {"", Json::array({"a", ref_a})}}},
       "b",
       Json{{"Fn::Join", {"", Json::array({"a", ref_a, "b"})}}}},
  }));
  // WHEN concatenated THEN the result is aws-cdk-lib's
  CHECK(detail::concat(left, right).dump() == expected.dump());
}

TEST_CASE("a Concatenation gives what folding concat over its values gives", "[core][tokens][cfn_lang]") {
  // GIVEN every sequence of one to four values drawn from literals, numbers, intrinsics, joins
  // with the empty delimiter (minimal, not minimal, one literal) and with another delimiter
  const Json ref_a = {{"Ref", "A"}};
  const std::vector<Json> values = {
      detail::undefined_value(),
      "a",
      2,
      ref_a,
      Json{{"Fn::Join", {"", Json::array({"x", ref_a})}}},
      Json{{"Fn::Join", {"", Json::array({"y", "z", Json{{"Fn::Join", {"", Json::array({ref_a})}}}})}}},
      Json{{"Fn::Join", {"", Json::array({"w"})}}},
      Json{{"Fn::Join", {",", Json::array({"p", ref_a})}}},
  };
  const std::size_t n = values.size();
  int sequences = 0;
  for (std::size_t length = 1; length <= 4; ++length) {
    std::size_t count = 1;
    for (std::size_t i = 0; i < length; ++i) count *= n;
    for (std::size_t code = 0; code < count; ++code) {
      std::vector<Json> sequence;
      for (std::size_t i = 0, rest = code; i < length; ++i, rest /= n) sequence.push_back(values[rest % n]);
      // WHEN added to a Concatenation, and folded with concat as aws-cdk-lib's resolve does
      detail::Concatenation concatenation;
      for (const auto& value : sequence) concatenation.add(value);
      Json folded = sequence.front();
      for (std::size_t i = 1; i < sequence.size(); ++i) folded = detail::concat(folded, sequence[i]);
      // THEN both give the same JSON
      const Json result = std::move(concatenation).result();
      if (result.dump() != folded.dump()) {
        FAIL_CHECK(Json(sequence).dump() << ": " << result.dump() << " != " << folded.dump());
      }
      ++sequences;
    }
  }
  CHECK(sequences == 8 + 64 + 512 + 4096);
}

TEST_CASE(
    "numbers in concatenations are written as JavaScript's String(n)", "[core][tokens][cfn_lang]") {
  // GIVEN doubles whose C++ and JavaScript spellings differ
  auto [value, text] = GENERATE(table<double, std::string>({
      {1.5, "1.5"},
      {100.0, "100"},
      {0.1, "0.1"},
      {-3.0, "-3"},
      {-0.0, "0"},
      {1e21, "1e+21"},
      {1.5e22, "1.5e+22"},
      {123456789012345680000.0, "123456789012345680000"},
      {1e-6, "0.000001"},
      {2.5e-5, "0.000025"},
      {1e-7, "1e-7"},
      {-1.25e-8, "-1.25e-8"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
  }));
  // WHEN written THEN the text is JavaScript's
  CHECK(detail::js_number_text(value) == text);
  CHECK(detail::number_text(Json(value)) == text);
}

TEST_CASE("a token from another App can't be resolved", "[core][tokens]") {
  // GIVEN two Apps and a token of the first
  cdk::App first;
  auto& first_stack = first.add<cdk::Stack>("First");
  auto& bucket = first_stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  cdk::App second;
  auto& second_stack = second.add<cdk::Stack>("Second");
  // WHEN the second App's stack resolves it THEN the error says where the token belongs
  CHECK_THROWS_WITH(
      second_stack.resolve(Json("x-" + bucket.ref())),
      Catch::Contains("it was not created in this App"));
  CHECK_THROWS_AS(second_stack.resolve(Json(bucket.ref())), cdk::SynthesisError);
  // AND an intrinsic built from the first App's tokens belongs to the first App, even though
  // the second is newer
  std::string joined = cdk::Fn::join("-", {bucket.ref(), "x"});
  CHECK_NOTHROW(first_stack.resolve(Json(joined)));
  CHECK_THROWS_WITH(second_stack.resolve(Json(joined)), Catch::Contains("not created in this App"));
}

TEST_CASE("tokens of two Apps made in turns resolve in their own App only", "[core][tokens]") {
  // GIVEN two Apps whose tokens are made alternately, so each App's numbers have gaps
  cdk::App first;
  cdk::App second;
  auto& first_stack = first.add<cdk::Stack>("First");
  auto& second_stack = second.add<cdk::Stack>("Second");
  std::vector<std::string> first_tokens;
  std::vector<std::string> second_tokens;
  for (int i = 0; i < 3; ++i) {
    first_tokens.push_back(ref_token(first, "F" + std::to_string(i)));
    second_tokens.push_back(ref_token(second, "S" + std::to_string(i)));
  }
  // WHEN each token is resolved in both Apps' stacks
  // THEN it resolves in its own App, and the other App reports it as foreign
  for (int i = 0; i < 3; ++i) {
    CHECK(first_stack.resolve(Json(first_tokens[i])) == Json{{"Ref", "F" + std::to_string(i)}});
    CHECK(second_stack.resolve(Json(second_tokens[i])) == Json{{"Ref", "S" + std::to_string(i)}});
    CHECK_THROWS_WITH(first_stack.resolve(Json(second_tokens[i])), Catch::Contains("not created in this App"));
    CHECK_THROWS_WITH(second_stack.resolve(Json(first_tokens[i])), Catch::Contains("not created in this App"));
  }
}

TEST_CASE("tokens without a scope need a live App", "[core][tokens]") {
  // GIVEN no App on this thread
  // WHEN an intrinsic is made THEN the error says to create the App first
  CHECK_THROWS_WITH(cdk::Fn::ref("X"), Catch::Contains("no cdk::App exists"));
}

TEST_CASE(
    "list tokens misused as strings or mixed into lists fail with aws-cdk-lib's messages",
    "[core][tokens]") {
  // GIVEN a list token
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  const std::vector<std::string> list = cdk::Fn::split(",", ref_token(app, "R"));
  REQUIRE(cdk::Token::is_unresolved(list));
  // WHEN its marker is used as a string THEN the scalar-context error
  CHECK_THROWS_WITH(
      stack.resolve(Json("x" + list.front())),
      Catch::Contains("Found an encoded list token string in a scalar string context"));
  CHECK_THROWS_WITH(
      stack.resolve(Json(cdk::Fn::join("-", {"a", list.front()}))),
      Catch::Contains("scalar string context"));
  // WHEN it is combined with other elements THEN the list errors of resolve.ts
  CHECK_THROWS_WITH(
      stack.resolve(Json::array({"a", list.front()})),
      Catch::Contains("Cannot add elements to list token"));
  CHECK_THROWS_WITH(
      stack.resolve(Json::array({"a" + list.front()})),
      Catch::Contains("Cannot concatenate strings in a tokenized string array"));
  // AND used on its own it is the list
  CHECK(stack.resolve(Json(list)).dump() == R"({"Fn::Split":[",",{"Ref":"R"}]})");
}

TEST_CASE("a token used as an object key must resolve to a string", "[core][tokens]") {
  // GIVEN keys that are tokens resolving to a string and to an intrinsic
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::string name = cdk::Token::as_string(app, std::make_shared<cdk::Intrinsic>(Json("key-name")));
  // WHEN resolved THEN a string key is fine and an intrinsic key is an error
  CHECK(stack.resolve(Json{{"k-" + name, 1}}).dump() == R"({"k-key-name":1})");
  CHECK_THROWS_WITH(
      stack.resolve(Json{{ref_token(app, "R"), 1}}),
      Catch::Contains("is used as the key in a map so must resolve to a string, but it resolves "
                      "to: {\"Ref\":\"R\"}"));
}

TEST_CASE("a token inside a resource property renders in the template", "[core][tokens]") {
  // GIVEN a resource whose property mixes text and a reference
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& bucket = stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  stack.add<cdk::CfnResource>(
      "Topic", {.properties = {{"TopicName", "t-" + bucket.ref()}}, .type = "AWS::SNS::Topic"});
  // WHEN synthesized
  Json template_json = app.assembly().template_json(stack);
  // THEN the property is the minimal Fn::Join
  CHECK(
      template_json["Resources"]["Topic"]["Properties"]["TopicName"].dump() ==
      R"({"Fn::Join":["",["t-",{"Ref":"Bucket"}]]})");
}

TEST_CASE(
    "registering one resolvable twice gives one marker, and null is refused", "[core][tokens]") {
  // GIVEN one resolvable registered as a string twice and as a list, and another one
  cdk::App app;
  const auto value = std::make_shared<cdk::Intrinsic>(Json{{"Ref", "A"}});
  const std::string marker = cdk::Token::as_string(app, value);
  // THEN the same object keeps its marker, a list marker is another one, another object gets its
  // own
  CHECK(cdk::Token::as_string(app, value) == marker);
  CHECK(cdk::Token::as_list(app, value).front() != marker);
  CHECK(cdk::Token::as_string(app, std::make_shared<cdk::Intrinsic>(Json{{"Ref", "A"}})) != marker);
  CHECK_THROWS_WITH(
      cdk::Token::as_string(app, nullptr),
      Catch::Contains("null IResolvable") && Catch::Contains("fix:"));
}
