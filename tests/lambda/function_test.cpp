// lambda::Function behaviour, following aws-cdk-lib 2.276.0's aws-lambda/lib/function.ts,
// function-base.ts and code.ts (whole templates are compared in function_parity_test.cpp).
//
// Deliberate differences from aws-cdk-lib:
// - a timeout over 15 minutes and a memory size outside 128-10240 MB are errors (aws-cdk-lib
//   synthesizes them and CloudFormation rejects them at deploy time);
// - a function needs a handler (aws-cdk-lib's type system requires one);
// - a Code value binds a new asset for each function (aws-cdk-lib's AssetCode reuses the
//   first asset it made).
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/lambda/function.hpp>
#include <cdk/logs/log_group.hpp>
#include <regex>

#include "lambda/fakes.hpp"
#include "support/byte_names.hpp"

namespace iam = cdk::iam;
namespace lambda = cdk::lambda;
using cdk::assertions::Match;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

struct Fixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("Stack");

  lambda::Function& fn(lambda::FunctionProps props) {
    return stack.add<lambda::Function>("Fn", std::move(props));
  }
  lambda::Function& fn() {
    return fn({
        .code = lambda::Code::from_inline("pass"),
        .handler = "index.handler",
        .runtime = lambda::Runtime::python_3_12(),
    });
  }
  Json function_properties() {
    return Template::from_stack(stack)
        .find_resources("AWS::Lambda::Function")
        .begin()
        .value()
        .at("Properties");
  }
};

}  // namespace

TEST_CASE("runtimes carry aws-cdk-lib's names and families", "[lambda][runtime]") {
  using R = lambda::Runtime;
  CHECK(R::python_3_9().name() == "python3.9");
  CHECK(R::python_3_13().family() == lambda::RuntimeFamily::python);
  CHECK(R::nodejs_22_x().name() == "nodejs22.x");
  CHECK(R::nodejs_18_x().family() == lambda::RuntimeFamily::nodejs);
  CHECK(R::java_17().name() == "java17");
  CHECK(R::java_21().family() == lambda::RuntimeFamily::java);
  CHECK_FALSE(R::java_11().supports_inline_code());
  CHECK(R::provided_al2023().name() == "provided.al2023");
  CHECK(R::provided_al2().family() == lambda::RuntimeFamily::other);
  CHECK(R::python_3_12().supports_inline_code());
  CHECK(R::python_3_12() == R::python_3_12());
  CHECK_FALSE(R::python_3_12() == R::python_3_11());
  CHECK(lambda::Architecture::arm_64().name() == "arm64");
  CHECK(lambda::Architecture::x86_64().docker_platform() == "linux/amd64");
}

TEST_CASE("a function gets a service role and depends on it", "[lambda]") {
  // GIVEN
  Fixture f;
  auto& fn = f.fn();
  // THEN
  CHECK(fn.architecture() == lambda::Architecture::x86_64());
  const auto tmpl = Template::from_stack(f.stack);
  tmpl.resource_count_is("AWS::IAM::Role", 1);
  tmpl.has_resource(
      "AWS::Lambda::Function",
      {{"DependsOn", Json::array({"FnServiceRoleB9001A96"})},
       {"Properties", {{"Architectures", Match::absent()}, {"Timeout", Match::absent()}}}});
}

TEST_CASE("add_to_role_policy adds a DefaultPolicy the function depends on too", "[lambda]") {
  Fixture f;
  auto& fn = f.fn();
  fn.add_to_role_policy(iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"*"}}));
  Template::from_stack(f.stack).has_resource(
      "AWS::Lambda::Function",
      {{"DependsOn",
        Json::array({"FnServiceRoleDefaultPolicyC6A839BF", "FnServiceRoleB9001A96"})}});
}

TEST_CASE(
    "environment variables keep insertion order, and a repeated key keeps its place", "[lambda]") {
  Fixture f;
  auto& fn = f.fn({
      .code = lambda::Code::from_inline("pass"),
      .environment = {{"B", "1"}, {"A", "2"}},
      .handler = "index.handler",
      .runtime = lambda::Runtime::python_3_12(),
  });
  fn.add_environment("C", "3").add_environment("B", "4");
  CHECK(
      f.function_properties()["Environment"].dump() ==
      R"({"Variables":{"B":"4","A":"2","C":"3"}})");
}

TEST_CASE("code from a bucket renders its name, key and version", "[lambda][code]") {
  Fixture f;
  auto& bucket = f.stack.add<cdk::test::FakeBucket>("Bucket", {.name = "code"});
  f.fn({
      .code = lambda::Code::from_bucket(bucket, "fn.zip", "v2"),
      .handler = "Main::handle",
      .runtime = lambda::Runtime::java_21(),
  });
  CHECK(
      f.function_properties()["Code"].dump() ==
      R"({"S3Bucket":"code","S3Key":"fn.zip","S3ObjectVersion":"v2"})");
}

TEST_CASE("code from an asset directory is a child asset named Code", "[lambda][code]") {
  Fixture f;
  auto& fn = f.fn({
      .code =
          lambda::Code::from_asset(std::string(CDKPP_SOURCE_DIR) + "/tests/fixtures/export_lambda"),
      .handler = "lambda_function.lambda_handler",
      .runtime = lambda::Runtime::python_3_12(),
  });
  CHECK(fn.node().try_find_child("Code") != nullptr);
  CHECK(
      f.function_properties()["Code"]["S3Key"] ==
      "e7beceb3c97c01023ed5d8e9bf9c005ae412f1e51570cc2f8d17c0bbc0bbb530.zip");
}

TEST_CASE("a log group renders as LoggingConfig", "[lambda][logs]") {
  Fixture f;
  auto& group = f.stack.add<cdk::logs::LogGroup>("Logs");
  f.fn({
      .code = lambda::Code::from_inline("pass"),
      .handler = "index.handler",
      .log_group = &group,
      .runtime = lambda::Runtime::python_3_12(),
  });
  CHECK(
      f.function_properties()["LoggingConfig"].dump() == R"({"LogGroup":{"Ref":"Logs6819BB44"}})");
}

TEST_CASE("a given role is used and no service role is made", "[lambda][role]") {
  Fixture f;
  auto& role =
      f.stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  auto& fn = f.fn({
      .code = lambda::Code::from_inline("pass"),
      .handler = "index.handler",
      .role = &role,
      .runtime = lambda::Runtime::python_3_12(),
  });
  CHECK(&fn.role() == &role);
  CHECK(fn.node().try_find_child("ServiceRole") == nullptr);
  Template::from_stack(f.stack).resource_count_is("AWS::IAM::Role", 1);
}

TEST_CASE(
    "grant_invoke to a service principal makes one permission however often", "[lambda][grants]") {
  Fixture f;
  auto& fn = f.fn();
  const auto first = fn.grant_invoke(iam::ServicePrincipal("events.amazonaws.com"));
  fn.grant_invoke(iam::ServicePrincipal("events.amazonaws.com"));
  CHECK(first.success());
  const auto tmpl = Template::from_stack(f.stack);
  tmpl.resource_count_is("AWS::Lambda::Permission", 1);
  tmpl.has_resource_properties(
      "AWS::Lambda::Permission",
      {{"Action", "lambda:InvokeFunction"}, {"Principal", "events.amazonaws.com"}});
}

TEST_CASE("grant_invoke to a role names the function and its versions", "[lambda][grants]") {
  Fixture f;
  auto& fn = f.fn();
  auto& role = f.stack.add<iam::Role>(
      "Caller", {.assumed_by = iam::ServicePrincipal("states.amazonaws.com")});
  fn.grant_invoke(role);
  const auto tmpl = Template::from_stack(f.stack);
  tmpl.resource_count_is("AWS::Lambda::Permission", 0);
  const Json statement = tmpl.find_resources("AWS::IAM::Policy")
                             .begin()
                             .value()["Properties"]["PolicyDocument"]["Statement"][0];
  CHECK(statement["Action"] == "lambda:InvokeFunction");
  REQUIRE(statement["Resource"].size() == 2);
  CHECK(statement["Resource"][0].dump() == R"({"Fn::GetAtt":["Fn9270CBC0","Arn"]})");
  CHECK(statement["Resource"][1]["Fn::Join"][1][1] == ":*");
}

TEST_CASE("add_permission places the permission under the given scope", "[lambda][permissions]") {
  Fixture f;
  auto& fn = f.fn();
  auto& other = f.stack.add<cdk::Construct>("Other");
  fn.add_permission(
      "Allow", {.principal = iam::ServicePrincipal("s3.amazonaws.com"), .scope = &other});
  CHECK(other.node().try_find_child("Allow") != nullptr);
  CHECK(fn.node().try_find_child("Allow") == nullptr);
}

TEST_CASE(
    "metrics are AWS/Lambda metrics of the function with CDK's statistics", "[lambda][metrics]") {
  Fixture f;
  auto& fn = f.fn();
  CHECK(fn.metric_errors().metric_name() == "Errors");
  CHECK(fn.metric_errors().statistic() == "Sum");
  CHECK(fn.metric_invocations().statistic() == "Sum");
  CHECK(fn.metric_throttles().metric_name() == "Throttles");
  CHECK(fn.metric_duration().statistic() == "Average");
  CHECK(fn.metric_duration({.statistic = "p90"}).statistic() == "p90");
  CHECK(fn.metric("Custom").namespace_() == "AWS/Lambda");
  CHECK(fn.metric("Custom").dimensions_map().at("FunctionName") == fn.function_name());
}

TEST_CASE("a missing handler is an error", "[lambda][errors]") {
  Fixture f;
  CHECK_THROWS_WITH(
      f.fn({.code = lambda::Code::from_inline("pass"), .runtime = lambda::Runtime::python_3_12()}),
      Catch::Contains("a function needs a handler") && Catch::Contains("Stack/Fn"));
}

TEST_CASE(
    "function names are checked as aws-cdk-lib's pattern checks them, byte by byte",
    "[lambda][errors]") {
  // aws-cdk-lib 2.276.0 (function.ts): /^[a-zA-Z0-9-_]+$/; std::regex is the reference here.
  const std::regex pattern("^[a-zA-Z0-9-_]+$");
  Fixture f;
  const auto names = cdk_test::with_every_byte_inside({"A-Z_a-z0-9"});
  int id = 0;
  for (const auto& name : names) {
    INFO("function name bytes " << cdk_test::printable(name));
    auto add = [&] {
      f.stack.add<lambda::Function>(
          "Fn" + std::to_string(id++),
          {
              .code = lambda::Code::from_inline("pass"),
              .function_name = name,
              .handler = "index.handler",
              .runtime = lambda::Runtime::python_3_12(),
          });
    };
    if (std::regex_match(name, pattern)) {
      CHECK_NOTHROW(add());
    } else {
      CHECK_THROWS_WITH(
          add(), Catch::Contains("can contain only letters, numbers, hyphens, or underscores"));
    }
  }
}
