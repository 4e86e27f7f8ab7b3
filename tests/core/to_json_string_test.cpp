// Replays tests/parity/reference/to_json_string.json, written by aws-cdk-lib 2.276.0 through
// tests/parity/to_json_string.js: stack.resolve(stack.toJsonString(value, space)). Each reference
// case is mapped by its description to the same value in C++; the expected JSON is always read
// from the reference file.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/aws.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "core/detail/cloudformation_lang.hpp"
#include "parity_reference.hpp"

namespace {

using Json = nlohmann::ordered_json;
using cdk::detail::undefined_value;

// The tree of to_json_string.js: Stack "JsonStack" with Bucket, Topic and UserPool.
struct JsonTree {
  cdk::App app{};
  cdk::Stack& stack = app.add<cdk::Stack>("JsonStack");
  cdk::CfnResource& bucket = stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  cdk::CfnResource& topic = stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  cdk::CfnResource& pool =
      stack.add<cdk::CfnResource>("UserPool", {.type = "AWS::Cognito::UserPool"});
  // Token.asNumber({Ref: "NumParam"}): cdkpp has no number tokens; a string token of the
  // same intrinsic is what a cdkpp user writes.
  std::string num_tok =
      cdk::Token::as_string(app, std::make_shared<cdk::Intrinsic>(Json{{"Ref", "NumParam"}}));
};

struct Input {
  Json value;
  int space = 0;
};

using JsonCase = std::function<Input(JsonTree&)>;

std::map<std::string, JsonCase> to_json_string_cases() {
  std::map<std::string, JsonCase> c;
  c["literals only"] = [](JsonTree&) {
    return Input{Json{
        {"s", "str"},
        {"n", 42},
        {"f", 1.5},
        {"neg", -3},
        {"t", true},
        {"f2", false},
        {"nul", nullptr},
        {"arr", Json::array({1, "two", Json::array({3})})},
        {"obj", Json{{"x", Json{{"y", "z"}}}}}}};
  };
  c["empty object"] = [](JsonTree&) { return Input{Json::object()}; };
  c["empty array"] = [](JsonTree&) { return Input{Json::array()}; };
  c["plain string"] = [](JsonTree&) { return Input{"hello"}; };
  c["number"] = [](JsonTree&) { return Input{42}; };
  c["boolean"] = [](JsonTree&) { return Input{true}; };
  c["null"] = [](JsonTree&) { return Input{nullptr}; };
  c["object with Ref token value"] = [](JsonTree& t) {
    return Input{Json{{"bucket", t.bucket.ref()}}};
  };
  c["token value only"] = [](JsonTree& t) { return Input{t.bucket.ref()}; };
  c["string with token in the middle"] = [](JsonTree& t) {
    return Input{Json{{"arn", "arn:aws:s3:::" + t.bucket.ref() + "/*"}}};
  };
  c["list containing tokens"] = [](JsonTree& t) {
    return Input{Json{{"list", Json::array({t.bucket.ref(), "lit", t.topic.ref()})}}};
  };
  c["top-level list of tokens"] = [](JsonTree& t) {
    return Input{Json::array({t.bucket.ref(), t.topic.ref()})};
  };
  c["nested objects with several tokens"] = [](JsonTree& t) {
    return Input{Json{
        {"a",
         Json{
             {"b", t.bucket.ref()},
             {"c", Json::array({Json{{"d", t.topic.ref()}}, t.bucket.get_att("Arn")})}}},
        {"e", cdk::Aws::region()}}};
  };
  c["key order {b, a} kept"] = [](JsonTree&) { return Input{Json{{"b", 1}, {"a", 2}}}; };
  c["special characters"] = [](JsonTree&) {
    return Input{Json{
        {"quote", "say \"hi\""},
        {"backslash", "a\\b"},
        {"newline", "l1\nl2"},
        {"tab", "a\tb"},
        {"cr", "a\rb"},
        {"unicode", "h\u00e9llo \u2713 \u65e5\u672c"},
        {"emoji", "\U0001F600"},
        {"control", "\x01\x1f"},
        {"slash", "a/b"},
        {"lt", "<tag>&amp;"},
        {"ls", "\u2028\u2029"}}};
  };
  c["special characters next to a token"] = [](JsonTree& t) {
    return Input{Json{{"v", "\"" + t.bucket.ref() + "\"\n\\"}}};
  };
  c["keys with special characters"] = [](JsonTree&) {
    return Input{Json{{"k\"ey", 1}, {"new\nline", 2}}};
  };
  c["number token in string"] = [](JsonTree& t) { return Input{Json{{"s", "n=" + t.num_tok}}}; };
  c["pseudo parameters"] = [](JsonTree& t) {
    return Input{Json{
        {"account", cdk::Aws::account_id()},
        {"region", cdk::Aws::region()},
        {"partition", cdk::Aws::partition()},
        {"stackName", t.stack.stack_name()}}};
  };
  c["Fn.join value"] = [](JsonTree& t) {
    return Input{Json{{"j", cdk::Fn::join("-", {t.bucket.ref(), "x"})}}};
  };
  c["Fn.getAtt value"] = [](JsonTree& t) { return Input{Json{{"arn", t.bucket.get_att("Arn")}}}; };
  c["Fn.sub value"] = [](JsonTree&) {
    return Input{Json{{"s", cdk::Fn::sub("${AWS::Region}-x")}}};
  };
  c["lazy string"] = [](JsonTree&) {
    return Input{Json{{"lazy", cdk::Lazy::string([] { return "lazy-value"; })}}};
  };
  c["lazy producing token"] = [](JsonTree& t) {
    return Input{Json{{"lazy", cdk::Lazy::string([&t] { return t.bucket.ref(); })}}};
  };
  c["lazy any producing object"] = [](JsonTree& t) {
    return Input{Json{{"lazy", cdk::Lazy::any([&t] { return Json{{"inner", t.bucket.ref()}}; })}}};
  };
  c["undefined values dropped"] = [](JsonTree&) {
    return Input{
        Json{{"a", undefined_value()}, {"b", "x"}, {"c", Json::array({1, undefined_value()})}}};
  };
  c["nested toJsonString"] = [](JsonTree& t) {
    return Input{Json{{"inner", t.stack.to_json_string(Json{{"x", t.bucket.ref()}})}}};
  };
  c["Fn.toJsonString inside"] = [](JsonTree& t) {
    return Input{Json{{"inner", cdk::Fn::to_json_string(Json{{"x", t.bucket.ref()}})}}};
  };
  c["EventBridge-like"] = [](JsonTree& t) {
    return Input{Json{
        {"user_pool_id", t.pool.ref()},
        {"backup_bucket_name", t.bucket.ref()},
        {"user_pool_type", "staff"}}};
  };
  c["space 2, literals"] = [](JsonTree&) {
    return Input{Json{{"a", 1}, {"b", Json::array({1, 2})}, {"c", Json{{"d", "e"}}}}, 2};
  };
  c["space 2, with tokens"] = [](JsonTree& t) {
    return Input{
        Json{
            {"a", t.bucket.ref()},
            {"b", Json::array({t.topic.ref(), "x"})},
            {"c", Json{{"d", "x-" + t.bucket.ref()}}}},
        2};
  };
  // space is a number in cdkpp; aws-cdk-lib compares a string space with `> 0`, which is false,
  // so "\t" indents nothing: the same as space 0.
  c["space \"\\t\""] = [](JsonTree& t) { return Input{Json{{"a", 1}, {"b", t.bucket.ref()}}, 0}; };
  return c;
}

struct UnsupportedJsonCase {
  std::string reason;
  std::function<void(JsonTree&)> check;
};

std::map<std::string, UnsupportedJsonCase> to_json_string_unsupported() {
  std::map<std::string, UnsupportedJsonCase> u;
  u["number token"] = {
      "no NaN-boxed number tokens in cdkpp: a token is always a string, so it renders quoted",
      [](JsonTree& t) {
        Json resolved = t.stack.resolve(t.stack.to_json_string(Json{{"n", t.num_tok}}));
        CHECK(resolved.dump() == R"({"Fn::Join":["",["{\"n\":\"",{"Ref":"NumParam"},"\"}"]]})");
      }};
  u["Fn.select/split list value"] = {
      "a list token in JSON needs aws-cdk-lib's CfnJson custom resource (a Lambda-backed "
      "Custom::AWSCDKCfnJsonStringify); cdkpp throws instead of adding resources",
      [](JsonTree& t) {
        std::string json = t.stack.to_json_string(Json{{"l", cdk::Fn::split(",", t.bucket.ref())}});
        CHECK_THROWS_WITH(t.stack.resolve(json), Catch::Contains("CfnJson custom resource"));
      }};
  return u;
}

}  // namespace

TEST_CASE(
    "every to_json_string.json case renders as aws-cdk-lib 2.276.0's stack.toJsonString",
    "[core][tokens][to_json_string][parity]") {
  // GIVEN the reference cases and the cdkpp value of each
  const Json reference = cdk::test::parity_reference("to_json_string.json");
  REQUIRE(reference["aws_cdk_lib"] == "2.276.0");
  const auto cases = to_json_string_cases();
  const auto unsupported = to_json_string_unsupported();
  JsonTree tree;
  std::size_t matched = 0;
  std::size_t not_supported = 0;

  for (const auto& ref_case : reference["cases"]) {
    const std::string description = ref_case["description"].get<std::string>();
    INFO("case '" << description << "': " << ref_case["expression"].get<std::string>());
    if (auto skip = unsupported.find(description); skip != unsupported.end()) {
      INFO("unsupported: " << skip->second.reason);
      skip->second.check(tree);
      ++not_supported;
      continue;
    }
    auto found = cases.find(description);
    if (found == cases.end()) {
      FAIL("no cdkpp value for this reference case; add one or list it as unsupported");
      continue;
    }
    ++matched;
    REQUIRE_FALSE(ref_case.contains("error"));
    // WHEN the value goes through Stack::to_json_string and is resolved in JsonStack
    Input input = found->second(tree);
    Json resolved = tree.stack.resolve(tree.stack.to_json_string(input.value, input.space));
    // THEN it equals aws-cdk-lib's, text and key order included
    CHECK(resolved.dump() == ref_case["resolved"].dump());
  }
  CHECK(matched + not_supported == reference["cases"].size());
  CHECK(matched == cases.size());
  CHECK(not_supported == unsupported.size());
}

TEST_CASE(
    "to_json_string's stack synthesizes as aws-cdk-lib's without the CfnJson resources",
    "[core][tokens][to_json_string][parity]") {
  // GIVEN the to_json_string tree
  const Json reference = cdk::test::parity_reference("to_json_string.json");
  JsonTree tree;
  // WHEN it is synthesized
  const Json template_json = tree.app.assembly().template_json(tree.stack);
  // THEN it is aws-cdk-lib's template minus what its CfnJson (unsupported, see above) added:
  // the Custom::AWSCDKCfnJsonStringify resource and its provider's role and function
  Json expected = reference["template"];
  Json resources = Json::object();
  for (auto it = expected["Resources"].begin(); it != expected["Resources"].end(); ++it) {
    const bool cfn_json = it.value()["Type"] == "Custom::AWSCDKCfnJsonStringify" ||
                          it.key().rfind("AWSCDKCfnUtilsProvider", 0) == 0;
    if (!cfn_json) resources[it.key()] = it.value();
  }
  CHECK(resources.size() == 3);
  expected["Resources"] = resources;
  CHECK(template_json.dump(1) == expected.dump(1));
}

TEST_CASE("to_json_string of only undefined renders nothing", "[core][tokens][to_json_string]") {
  // GIVEN an undefined value (as aws-cdk-lib's tokenAwareStringify returns undefined)
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN it is rendered inside an object THEN the member is dropped
  Json resolved =
      stack.resolve(Json{{"doc", stack.to_json_string(undefined_value())}, {"keep", 1}});
  CHECK(resolved.dump() == R"({"keep":1})");
}

TEST_CASE(
    "to_json_string drops a lazy that produces nothing with its key and comma",
    "[core][tokens][to_json_string]") {
  // GIVEN an object whose middle member is a lazy producing undefined
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::string nothing = cdk::Lazy::any([] { return undefined_value(); });
  // WHEN rendered with indentation
  Json resolved =
      stack.resolve(stack.to_json_string(Json{{"a", 1}, {"gone", nothing}, {"b", 2}}, 1));
  // THEN the member disappears as if it had never been there
  CHECK(resolved == "{\n \"a\": 1,\n \"b\": 2\n}");
}

TEST_CASE(
    "to_json_string keeps a literal object that looks like an intrinsic as plain JSON",
    "[core][tokens][to_json_string]") {
  // GIVEN a literal {"Ref": ...} that is not the result of a token
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN rendered
  Json resolved = stack.resolve(stack.to_json_string(Json{{"Ref", "NotAToken"}}));
  // THEN it is text, as aws-cdk-lib only splices in intrinsics that tokens produced
  CHECK(resolved == R"({"Ref":"NotAToken"})");
}

TEST_CASE("to_json_string writes numbers as JavaScript does", "[core][tokens][to_json_string]") {
  // GIVEN numbers nlohmann and JavaScript print differently
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  // WHEN rendered THEN the text is JSON.stringify's
  Json resolved = stack.resolve(
      stack.to_json_string(Json::array({1e-7, 1e21, 123456789012345680000.0, 0.1, -0.0})));
  CHECK(resolved == "[1e-7,1e+21,123456789012345680000,0.1,0]");
}
