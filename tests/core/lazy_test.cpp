// cdk::Lazy, mirroring aws-cdk-lib 2.276.0's core/lib/lazy.ts: producers run at synthesis,
// Lazy.string/list/any cache their first result, the uncached forms run at every resolution.
// Lazy values inside token_join.json and to_json_string.json are replayed in fn_test.cpp and
// to_json_string_test.cpp.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <functional>
#include <string>
#include <vector>

#include "core/detail/cloudformation_lang.hpp"

namespace {
using Json = nlohmann::ordered_json;
}  // namespace

TEST_CASE(
    "a Lazy with an empty producer is refused where it is made", "[core][tokens][lazy][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  const std::vector<std::function<void()>> makers = {
      [&] { cdk::Lazy::string(stack, nullptr); },
      [&] { cdk::Lazy::uncached_string(stack, nullptr); },
      [&] { cdk::Lazy::list(stack, nullptr); },
      [&] { cdk::Lazy::any(stack, nullptr); },
      [&] { cdk::Lazy::uncached_any(stack, nullptr); },
  };
  for (const auto& make : makers) {
    CHECK_THROWS_WITH(make(), Catch::Contains("empty producer") && Catch::Contains("fix:"));
  }
}

TEST_CASE("a lazy string sees changes made after it was created", "[core][tokens][lazy]") {
  // GIVEN a lazy over state that is still empty
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::vector<std::string> names;
  stack.add<cdk::CfnResource>(
      "Topic",
      {.properties = {{"TopicName", cdk::Lazy::string([&names] {
                         return std::to_string(names.size());
                       })}},
       .type = "AWS::SNS::Topic"});
  // WHEN the state changes before synthesis
  names = {"a", "b", "c"};
  // THEN the template has the final value
  CHECK(
      app.assembly().template_json(stack)["Resources"]["Topic"]["Properties"]["TopicName"] == "3");
}

TEST_CASE("a lazy string is marked as unresolved with its display hint", "[core][tokens][lazy]") {
  // GIVEN lazies with and without a hint
  cdk::App app;
  // WHEN created THEN they are tokens; the hint is inside the marker
  const std::string plain = cdk::Lazy::string([] { return "x"; });
  const std::string hinted = cdk::Lazy::string([] { return "x"; }, {.display_hint = "Bucket Name"});
  CHECK(cdk::Token::is_unresolved(plain));
  CHECK(plain.rfind("${Token[TOKEN.", 0) == 0);
  CHECK(hinted.rfind("${Token[Bucket.Name.", 0) == 0);
}

TEST_CASE(
    "Lazy::string runs its producer once, Lazy::uncached_string at every resolution",
    "[core][tokens][lazy]") {
  // GIVEN a cached and an uncached lazy counting their calls
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  int cached_calls = 0;
  int uncached_calls = 0;
  const std::string cached =
      cdk::Lazy::string([&] { return "c" + std::to_string(++cached_calls); });
  const std::string uncached =
      cdk::Lazy::uncached_string([&] { return "u" + std::to_string(++uncached_calls); });
  // WHEN each is resolved twice
  CHECK(stack.resolve(Json(cached)) == "c1");
  CHECK(stack.resolve(Json(cached)) == "c1");
  CHECK(stack.resolve(Json(uncached)) == "u1");
  CHECK(stack.resolve(Json(uncached)) == "u2");
  // THEN the cached producer ran once and the uncached one twice
  CHECK(cached_calls == 1);
  CHECK(uncached_calls == 2);
}

TEST_CASE("a cached lazy producing a reference still resolves it per use", "[core][tokens][lazy]") {
  // GIVEN a lazy producing a reference, used alone and inside text
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& bucket = stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  const std::string lazy = cdk::Lazy::string([&bucket] { return bucket.ref(); });
  // WHEN resolved THEN the reference renders, and joins with the text around it
  CHECK(stack.resolve(Json(lazy)).dump() == R"({"Ref":"Bucket"})");
  CHECK(
      stack.resolve(Json("arn:" + lazy)).dump() ==
      R"({"Fn::Join":["",["arn:",{"Ref":"Bucket"}]]})");
}

TEST_CASE(
    "Lazy::list resolves to its elements and can omit an empty list", "[core][tokens][lazy]") {
  // GIVEN lazy lists, one empty with omit_empty
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& bucket = stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  std::vector<std::string> items = {"a"};
  const auto list = cdk::Lazy::list([&] {
    auto out = items;
    out.push_back(bucket.ref());
    return out;
  });
  const auto empty = cdk::Lazy::list([] { return std::vector<std::string>{}; });
  const auto omitted =
      cdk::Lazy::list([] { return std::vector<std::string>{}; }, {.omit_empty = true});
  // WHEN they are resolved as property values
  Json resolved = stack.resolve(Json{{"List", list}, {"Empty", empty}, {"Omitted", omitted}});
  // THEN the list renders with its token, the empty list as [] and the omitted one not at all
  CHECK(cdk::Token::is_unresolved(list));
  CHECK(resolved.dump() == R"({"List":["a",{"Ref":"Bucket"}],"Empty":[]})");
}

TEST_CASE("Lazy::uncached_list runs its producer at every resolution", "[core][tokens][lazy]") {
  // GIVEN an uncached list over changing state
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::vector<std::string> items = {"a"};
  const auto list = cdk::Lazy::uncached_list([&] { return items; });
  // WHEN resolved before and after a change THEN both states show
  CHECK(stack.resolve(Json(list)).dump() == R"(["a"])");
  items.push_back("b");
  CHECK(stack.resolve(Json(list)).dump() == R"(["a","b"])");
}

TEST_CASE("Lazy::any stands for any JSON value", "[core][tokens][lazy]") {
  // GIVEN lazies producing a number, an object and nothing
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& bucket = stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  const std::string number = cdk::Lazy::any([] { return Json(42); });
  const std::string object = cdk::Lazy::any([&bucket] { return Json{{"k", bucket.ref()}}; });
  const std::string nothing =
      cdk::Lazy::uncached_any([] { return cdk::detail::undefined_value(); });
  const std::string empty = cdk::Lazy::any([] { return Json::array(); }, {.omit_empty = true});
  // WHEN used as values
  Json resolved = stack.resolve(
      Json{{"N", number}, {"S", "n=" + number}, {"O", object}, {"X", nothing}, {"E", empty}});
  // THEN each renders as its value; nothing and an omitted empty array drop the key
  CHECK(resolved.dump() == R"({"N":42,"S":"n=42","O":{"k":{"Ref":"Bucket"}}})");
}

TEST_CASE("a lazy with a scope belongs to that scope's App", "[core][tokens][lazy]") {
  // GIVEN two Apps, the second newer
  cdk::App first;
  auto& first_stack = first.add<cdk::Stack>("First");
  cdk::App second;
  auto& second_stack = second.add<cdk::Stack>("Second");
  // WHEN lazies are made with and without the first App's stack as scope
  const std::string scoped = cdk::Lazy::string(first_stack, [] { return "scoped"; });
  const std::string unscoped = cdk::Lazy::string([] { return "unscoped"; });
  const auto scoped_list =
      cdk::Lazy::list(first_stack, [] { return std::vector<std::string>{"x"}; });
  const std::string scoped_any = cdk::Lazy::any(first_stack, [] { return Json(1); });
  // THEN the scoped ones resolve in the first App and the unscoped one in the newest
  CHECK(first_stack.resolve(Json(scoped)) == "scoped");
  CHECK(first_stack.resolve(Json(scoped_list)).dump() == R"(["x"])");
  CHECK(first_stack.resolve(Json(scoped_any)) == 1);
  CHECK(second_stack.resolve(Json(unscoped)) == "unscoped");
  CHECK_THROWS_WITH(second_stack.resolve(Json(scoped)), Catch::Contains("not created in this App"));
}

TEST_CASE(
    "a lazy that returns itself fails with a circular-reference error", "[core][tokens][lazy]") {
  // GIVEN a lazy whose producer returns its own token
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::string self;
  self = cdk::Lazy::string([&self] { return "again-" + self; });
  // WHEN it is resolved THEN the error says it refers to itself (no stack overflow)
  CHECK_THROWS_WITH(stack.resolve(Json(self)), Catch::Contains("circular reference"));
  CHECK_THROWS_AS(stack.resolve(Json(self)), cdk::SynthesisError);
}

TEST_CASE(
    "a lazy whose producer resolves itself fails with a circular-Lazy error",
    "[core][tokens][lazy]") {
  // GIVEN an uncached lazy whose producer resolves its own token while producing
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::string self;
  self = cdk::Lazy::uncached_string([&] { return stack.resolve(Json(self)).dump(); });
  // WHEN it is resolved THEN the error names the circular Lazy
  CHECK_THROWS_WITH(stack.resolve(Json(self)), Catch::Contains("circular Lazy"));
  // AND the lazy can be resolved again afterwards (the guard was reset)
  CHECK_THROWS_WITH(stack.resolve(Json(self)), Catch::Contains("circular Lazy"));
}

TEST_CASE(
    "a lazy in a synthesized template with a failing producer names the resource",
    "[core][tokens][lazy]") {
  // GIVEN a resource property whose lazy refers to itself
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::string self;
  self = cdk::Lazy::string([&self] { return self; });
  stack.add<cdk::CfnResource>(
      "Topic", {.properties = {{"TopicName", self}}, .type = "AWS::SNS::Topic"});
  // WHEN synthesized THEN the error carries the resource's path
  CHECK_THROWS_WITH(app.assembly(), Catch::Contains("S/Topic"));
}
