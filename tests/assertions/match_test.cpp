#include <catch2/catch.hpp>
#include <cdk/assertions/assertion_error.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>

namespace {

using cdk::assertions::AssertionError;
using cdk::assertions::Match;
using cdk::assertions::Template;
using json = nlohmann::ordered_json;

// Matches `pattern` against `actual`, both placed under the key "V" of a template, so every
// reported pointer starts with /V.
void check(const json& actual, const json& pattern) {
  Template::from_json({{"V", actual}}).template_matches({{"V", pattern}});
}

}  // namespace

TEST_CASE("literal scalars match by value and type", "[assertions][match]") {
  // GIVEN scalar values / WHEN matched against literals / THEN equal values pass
  CHECK_NOTHROW(check("a", "a"));
  CHECK_NOTHROW(check(true, true));
  CHECK_NOTHROW(check(nullptr, nullptr));
  // numbers compare numerically, whatever their JSON representation
  CHECK_NOTHROW(check(1, 1.0));
  CHECK_NOTHROW(check(7U, 7));
  CHECK_THROWS_WITH(
      check("a", "b"),
      Catch::Contains("Expected \"b\" but received \"a\" at /V (using objectLike matcher)"));
  CHECK_THROWS_WITH(
      check(3, "3"), Catch::Contains("Expected type string but received number at /V"));
  CHECK_THROWS_WITH(check(nullptr, 0), Catch::Contains("Expected type number but received null"));
}

TEST_CASE(
    "object_like allows extra keys at every level of nested literals", "[assertions][match]") {
  // GIVEN an object with more keys than the pattern
  const json actual = {{"a", 1}, {"b", {{"c", 2}, {"d", 3}}}};
  // WHEN / THEN the pattern's keys suffice, also inside nested literal objects
  CHECK_NOTHROW(check(actual, Match::object_like({{"b", {{"c", 2}}}})));
  CHECK_NOTHROW(check(actual, Match::object_like({})));
  // THEN a missing key is reported with its pointer
  CHECK_THROWS_WITH(
      check(actual, Match::object_like({{"b", {{"e", 1}}}})),
      Catch::Contains("Missing key at /V/b/e (using objectLike matcher)"));
  CHECK_THROWS_WITH(
      check(json::array({1}), Match::object_like({{"a", 1}})),
      Catch::Contains("Expected type object but received array at /V"));
}

TEST_CASE(
    "object_equals rejects extra keys and makes nested literals exact", "[assertions][match]") {
  // GIVEN an object with nested object
  const json actual = {{"a", 1}, {"b", {{"c", 2}, {"d", 3}}}};
  // WHEN / THEN exactly the same keys pass
  CHECK_NOTHROW(check(actual, Match::object_equals({{"a", 1}, {"b", {{"c", 2}, {"d", 3}}}})));
  // THEN an unexpected top-level key is reported
  CHECK_THROWS_WITH(
      check(actual, Match::object_equals({{"b", {{"c", 2}, {"d", 3}}}})),
      Catch::Contains("Unexpected key at /V/a (using objectEquals matcher)"));
  // THEN nested literal objects are compared exactly too, as CDK's partial: false does
  CHECK_THROWS_WITH(
      check(actual, Match::object_equals({{"a", 1}, {"b", {{"c", 2}}}})),
      Catch::Contains("Unexpected key at /V/b/d (using objectEquals matcher)"));
  // THEN a nested object_like restores partial matching
  CHECK_NOTHROW(
      check(actual, Match::object_equals({{"a", 1}, {"b", Match::object_like({{"c", 2}})}})));
}

TEST_CASE("exact matches deeply but still honours nested matchers", "[assertions][match]") {
  // GIVEN a nested value
  const json actual = {{"Key", "project"}, {"Value", {{"x", 1}, {"y", 2}}}};
  // WHEN / THEN a deep literal copy passes
  CHECK_NOTHROW(check(actual, Match::exact(actual)));
  // THEN nested objects must have exactly the pattern's keys
  CHECK_THROWS_WITH(
      check(actual, Match::exact({{"Key", "project"}, {"Value", {{"x", 1}}}})),
      Catch::Contains("Unexpected key at /V/Value/y (using exact matcher)"));
  // THEN matchers nested deeper are still applied
  CHECK_NOTHROW(check(actual, Match::exact({{"Key", "project"}, {"Value", Match::any_value()}})));
  // THEN exact cannot wrap a matcher directly
  CHECK_THROWS_WITH(
      Match::exact(Match::any_value()), Catch::Contains("cannot directly contain another matcher"));
}

TEST_CASE("literal arrays match element-wise with the same length", "[assertions][match]") {
  // GIVEN an array of objects
  const json actual = json::array({{{"Key", "a"}, {"Value", "1"}}, {{"Key", "b"}, {"Value", "2"}}});
  // WHEN matched by a literal array inside the default object_like / THEN objects in it are partial
  CHECK_NOTHROW(check(actual, json::array({{{"Key", "a"}}, {{"Key", "b"}}})));
  CHECK_THROWS_WITH(
      check(actual, json::array({{{"Key", "a"}}})),
      Catch::Contains("Too many elements in array (expecting 1, got 2) at /V/1"));
  CHECK_THROWS_WITH(
      check(json::array({1}), json::array({1, 2})),
      Catch::Contains("Not enough elements in array (expecting 2, got 1) at /V/1"));
  CHECK_THROWS_WITH(
      check(actual, json::array({{{"Key", "b"}}, {{"Key", "a"}}})),
      Catch::Contains("Expected \"b\" but received \"a\" at /V/0/Key"));
}

TEST_CASE("array_with matches its elements as an ordered subsequence", "[assertions][match]") {
  // GIVEN an array of numbers
  const json actual = json::array({1, 2, 3, 4});
  // WHEN the pattern elements appear in order, gaps allowed / THEN it passes
  CHECK_NOTHROW(check(actual, Match::array_with(json::array({2, 4}))));
  CHECK_NOTHROW(check(actual, Match::array_with(json::array())));
  // WHEN they appear out of order / THEN it names the pattern element that could not be matched
  CHECK_THROWS_WITH(
      check(actual, Match::array_with(json::array({4, 2}))),
      Catch::Contains("Could not match arrayWith pattern 1. No more elements to try at /V/4"));
  CHECK_THROWS_WITH(
      check(actual, Match::array_with(json::array({4, 2}))),
      Catch::Contains("arrayWith pattern 0 matched here at /V/3"));
  // WHEN an element is missing but others were tried / THEN the closest element is explained
  const json tags =
      json::array({{{"Key", "env"}, {"Value", "dev"}}, {{"Key", "project"}, {"Value", "x"}}});
  CHECK_THROWS_WITH(
      check(tags, Match::array_with(json::array({Match::object_like({{"Key", "owner"}})}))),
      Catch::Contains("Could not match arrayWith pattern 0. This is the closest match at /V/0"));
  CHECK_THROWS_WITH(
      check(actual, Match::array_with(json::array({7}))),
      Catch::Contains("Expected 7 but received 1 at /V/0 (using arrayWith matcher)"));
  CHECK_THROWS_WITH(
      check({{"a", 1}}, Match::array_with(json::array({1}))),
      Catch::Contains("Expected type array but received object at /V"));
}

TEST_CASE("array_with compares literal objects exactly, like CDK", "[assertions][match]") {
  // GIVEN tags with Key and Value
  const json tags = json::array({{{"Key", "project"}, {"Value", "cdkpp"}}});
  // WHEN a literal object omits Value / THEN it does not match (CDK's arrayWith has no partial
  // objects)
  CHECK_THROWS_WITH(
      check(tags, Match::array_with({{{"Key", "project"}}})),
      Catch::Contains("Unexpected key at /V/0/Value (using arrayWith matcher)"));
  // WHEN the element is wrapped in object_like / THEN it matches
  CHECK_NOTHROW(check(tags, Match::array_with({Match::object_like({{"Key", "project"}})})));
  CHECK_NOTHROW(check(tags, Match::array_with({{{"Key", "project"}, {"Value", "cdkpp"}}})));
}

TEST_CASE(
    "array_with rejects non-array patterns and absent or any_value elements",
    "[assertions][match]") {
  // GIVEN / WHEN nlohmann reads {{"Key", "env"}} as an object / THEN the error says how to write
  // the array
  CHECK_THROWS_AS(Match::array_with({{"Key", "env"}}), AssertionError);
  CHECK_THROWS_WITH(
      Match::array_with({{"Key", "env"}}),
      Catch::Contains(
          "Match::array_with expects an array pattern (got object {\"Key\":\"env\"})") &&
          Catch::Contains("{{{\"Key\", \"env\"}}}"));
  CHECK_NOTHROW(Match::array_with({"a", "b"}));  // two plain strings stay an array
  // THEN absent and any_value cannot be array elements
  CHECK_THROWS_WITH(
      Match::array_with({Match::absent()}),
      Catch::Contains("Match::absent() cannot be nested within Match::array_with()"));
  CHECK_THROWS_WITH(
      Match::array_with({Match::any_value()}),
      Catch::Contains("Match::any_value() cannot be nested within Match::array_with()"));
}

TEST_CASE("array_equals requires the same elements in the same order", "[assertions][match]") {
  // GIVEN an array
  const json actual = json::array({"a", "b"});
  // WHEN / THEN
  CHECK_NOTHROW(check(actual, Match::array_equals(json::array({"a", "b"}))));
  CHECK_THROWS_WITH(
      check(actual, Match::array_equals(json::array({"a"}))),
      Catch::Contains(
          "Too many elements in array (expecting 1, got 2) at /V/1 (using arrayEquals matcher)"));
}

TEST_CASE("any_value matches everything but null and a missing key", "[assertions][match]") {
  // GIVEN values of every kind / THEN any_value accepts them
  for (const json& value : {json("s"), json(0), json(false), json::array(), json::object()}) {
    CHECK_NOTHROW(check(value, Match::any_value()));
  }
  // THEN null and a missing key fail
  CHECK_THROWS_WITH(
      check(nullptr, Match::any_value()),
      Catch::Contains("Expected a value but found none at /V (using anyValue matcher)"));
  CHECK_THROWS_WITH(
      Template::from_json(json::object()).template_matches({{"V", Match::any_value()}}),
      Catch::Contains("Missing key at /V"));
}

TEST_CASE("absent matches only a missing key", "[assertions][match]") {
  // GIVEN an object with key a / WHEN b must be absent / THEN it passes
  CHECK_NOTHROW(check({{"a", 1}}, Match::object_like({{"b", Match::absent()}})));
  // WHEN a must be absent / THEN the received value is reported
  CHECK_THROWS_WITH(
      check({{"a", "x"}}, Match::object_like({{"a", Match::absent()}})),
      Catch::Contains("Received \"x\", but key should be absent at /V/a (using absent matcher)"));
}

TEST_CASE("string_like_regexp searches strings with ECMAScript syntax", "[assertions][match]") {
  // GIVEN a string / THEN an unanchored pattern finds a substring, like RegExp.test
  CHECK_NOTHROW(check("arn:aws:s3:::my-bucket", Match::string_like_regexp("s3:::my")));
  CHECK_NOTHROW(
      check("arn:aws:s3:::my-bucket", Match::string_like_regexp("^arn:aws:s3:::[a-z-]+$")));
  // THEN ^ and $ match at line breaks (CDK compiles with the m flag)
  CHECK_NOTHROW(check("first\nsecond", Match::string_like_regexp("^second$")));
  CHECK_THROWS_WITH(
      check("python3.12", Match::string_like_regexp("^nodejs")),
      Catch::Contains("String 'python3.12' did not match pattern '^nodejs' at /V (using "
                      "stringLikeRegexp matcher)"));
  CHECK_THROWS_WITH(
      check(42, Match::string_like_regexp("4")),
      Catch::Contains("Expected a string, but got 'number'"));
  CHECK_THROWS_WITH(
      Match::string_like_regexp("(unclosed"),
      Catch::Contains("not a valid ECMAScript regular expression"));
}

TEST_CASE("not_matching inverts its pattern", "[assertions][match]") {
  // GIVEN a value / WHEN the inner pattern does not match / THEN not_matching passes
  CHECK_NOTHROW(check("Enabled", Match::not_matching("Suspended")));
  CHECK_NOTHROW(
      check({{"a", 1}, {"b", 2}}, Match::not_matching({{"a", 1}})));  // inner literal is exact
  // WHEN it matches / THEN the matched value is printed
  CHECK_THROWS_WITH(
      check("Enabled", Match::not_matching(Match::string_like_regexp("^En"))),
      Catch::Contains("Found unexpected match: \"Enabled\" at /V (using not matcher)"));
}

TEST_CASE("serialized_json parses a JSON string and matches the result", "[assertions][match]") {
  // GIVEN a string holding JSON
  const json actual = R"({"retries":3,"mode":"fast"})";
  // WHEN / THEN a nested matcher is applied to the parsed document
  CHECK_NOTHROW(check(actual, Match::serialized_json(Match::object_like({{"retries", 3}}))));
  CHECK_NOTHROW(check(actual, Match::serialized_json({{"retries", 3}, {"mode", "fast"}})));
  // THEN literal objects are exact, as CDK's LiteralMatch default
  CHECK_THROWS_WITH(
      check(actual, Match::serialized_json({{"retries", 3}})),
      Catch::Contains("Unexpected key at /V/mode (using serializedJson matcher)"));
  CHECK_THROWS_WITH(
      check(actual, Match::serialized_json({{"retries", 4}, {"mode", "fast"}})),
      Catch::Contains("Encoded JSON value does not match at /V"));
  CHECK_THROWS_WITH(
      check("{not json", Match::serialized_json({{"a", 1}})),
      Catch::Contains("Invalid JSON string: {not json"));
  CHECK_THROWS_WITH(
      check(3, Match::serialized_json({{"a", 1}})),
      Catch::Contains("Expected JSON as a string but found number"));
}

TEST_CASE(
    "matchers are tagged JSON objects that nest in initializer lists", "[assertions][match]") {
  // GIVEN a matcher built inside an initializer list
  const json pattern = {{"Tags", Match::array_with({{{"Key", "project"}}})}};
  // THEN it is a single-key object under the reserved tag, holding kind and pattern
  const json& tag = pattern.at("Tags");
  REQUIRE(Match::is_matcher(tag));
  CHECK(tag.size() == 1);
  CHECK(tag.at(std::string(Match::tag_key)).at("kind") == "array_with");
  CHECK(tag.at(std::string(Match::tag_key)).at("pattern") == json::array({{{"Key", "project"}}}));
  CHECK_FALSE(Match::is_matcher({{"Key", "project"}}));
}

TEST_CASE("a tag object with extra keys is rejected as malformed", "[assertions][match]") {
  // GIVEN a tag mixed with a literal key
  json pattern = Match::any_value();
  pattern["Other"] = 1;
  // WHEN matched / THEN it is an error, never silently a literal
  CHECK_THROWS_WITH(check(1, pattern), Catch::Contains("Malformed matcher"));
  CHECK_THROWS_WITH(
      check(1, {{std::string(Match::tag_key), {{"kind", "bogus"}, {"pattern", 1}}}}),
      Catch::Contains("unknown kind \"bogus\""));
}

TEST_CASE("mismatch pointers escape '/' and '~' in keys", "[assertions][match]") {
  // GIVEN keys with pointer metacharacters / WHEN a value differs / THEN the pointer is RFC 6901
  CHECK_THROWS_WITH(
      check({{"a/b", {{"c~d", 1}}}}, {{"a/b", {{"c~d", 2}}}}), Catch::Contains("at /V/a~1b/c~0d"));
}
