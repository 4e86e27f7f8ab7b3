// Lambda functions checked against aws-cdk-lib 2.276.0: each scenario is the C++ twin of one in
// tests/parity/lambda.js, and its whole template (key order included) must equal the one
// aws-cdk-lib synthesized (tests/parity/reference/lambda.json); for the example app's export
// function also the whole ExportStack.assets.json (asset hash, S3 key, display name and the
// template's own hash). The error scenarios check that cdkpp rejects what aws-cdk-lib rejects,
// with its message.
#include <catch2/catch.hpp>
#include <cctype>
#include <cdk/assertions/template.hpp>
#include <cdk/cloudwatch/alarm.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/lambda/function.hpp>
#include <cdk/logs/log_group.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/parity_reference.hpp"
#include "core/parity_templates.hpp"
#include "lambda/fakes.hpp"

namespace cw = cdk::cloudwatch;
namespace iam = cdk::iam;
namespace lambda = cdk::lambda;
namespace logs = cdk::logs;
namespace fs = std::filesystem;
using cdk::Duration;
using Json = nlohmann::ordered_json;
using Stacks = std::vector<cdk::Stack*>;

namespace {

const std::string kExportDir = std::string(CDKPP_SOURCE_DIR) + "/tests/fixtures/export_lambda";

lambda::Function& inline_python(cdk::Construct& scope, const std::string& id = "Fn") {
  return scope.add<lambda::Function>(
      id,
      {
          .code = lambda::Code::from_inline("pass"),
          .handler = "index.handler",
          .runtime = lambda::Runtime::python_3_12(),
      });
}

Stacks export_lambda(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("ExportStack");
  auto& pool = stack.add<cdk::CfnResource>("UserPool", {.type = "AWS::Cognito::UserPool"});
  auto& backup = stack.add<cdk::Construct>("UserPoolBackup");
  auto& log_group = backup.add<logs::LogGroup>(
      "ExportLambdaLogGroup",
      {
          .removal_policy = cdk::RemovalPolicy::destroy,
          .retention = logs::RetentionDays::one_year,
      });
  auto& fn = backup.add<lambda::Function>(
      "ExportLambda",
      {
          .code = lambda::Code::from_asset(kExportDir),
          .description = "Export user pool data for backup purposes",
          .handler = "lambda_function.lambda_handler",
          .log_group = &log_group,
          .memory_size = 512,
          .runtime = lambda::Runtime::python_3_12(),
          .timeout = Duration::minutes(15),
      });
  fn.add_to_role_policy(iam::PolicyStatement({
      .actions = {"cognito-idp:ListUsers", "cognito-idp:DescribeUserPool"},
      .effect = iam::Effect::allow,
      .resources = {stack.format_arn(
          {.resource = "userpool", .resource_name = pool.ref(), .service = "cognito-idp"})},
  }));
  backup.add<cw::Alarm>(
      "ExportLambdaErrorAlarm",
      {
          .comparison_operator = cw::ComparisonOperator::greater_than_or_equal_to_threshold,
          .evaluation_periods = 1,
          .metric = fn.metric_errors(),
          .threshold = 1,
          .treat_missing_data = cw::TreatMissingData::not_breaching,
      });
  return {&stack};
}

Stacks inline_code(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("InlineStack");
  auto& bucket = stack.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  auto& fn = stack.add<lambda::Function>(
      "Inline",
      {
          .architecture = lambda::Architecture::arm_64(),
          .code = lambda::Code::from_inline("exports.handler = async () => \"hello\";"),
          .environment = {{"ZETA", "z"}, {"ALPHA", "a"}, {"BUCKET", bucket.ref()}},
          .function_name = "inline-fn",
          .handler = "index.handler",
          .memory_size = 128,
          .runtime = lambda::Runtime::nodejs_20_x(),
          .timeout = Duration::seconds(30),
      });
  fn.add_environment("MIDDLE", "m");
  fn.add_environment("ZETA", "z2");
  stack.add<lambda::Function>(
      "X86",
      {
          .architecture = lambda::Architecture::x86_64(),
          .code = lambda::Code::from_inline("def handler(e, c): pass"),
          .handler = "index.handler",
          .memory_size = 10240,
          .runtime = lambda::Runtime::python_3_13(),
      });
  cdk::Tags::of(stack).add("project", "compact-connect");
  stack.add<cdk::CfnOutput>("Arn", {.value = fn.function_arn()});
  stack.add<cdk::CfnOutput>("Name", {.value = fn.function_name()});
  stack.add<cdk::CfnOutput>("RoleArn", {.value = fn.role().role_arn()});
  return {&stack};
}

Stacks runtimes(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("RuntimeStack");
  auto& bucket = stack.add<cdk::test::FakeBucket>("Bucket", {.name = "code-bucket"});
  auto& token_bucket = stack.add<cdk::CfnResource>("CodeBucket", {.type = "AWS::S3::Bucket"});
  auto& imported = stack.add<cdk::test::FakeBucket>("TokenBucket", {.name = token_bucket.ref()});
  using R = lambda::Runtime;
  const std::vector<std::pair<std::string, R>> all = {
      {"PYTHON_3_9", R::python_3_9()},
      {"PYTHON_3_10", R::python_3_10()},
      {"PYTHON_3_11", R::python_3_11()},
      {"PYTHON_3_12", R::python_3_12()},
      {"PYTHON_3_13", R::python_3_13()},
      {"PYTHON_3_14", R::python_3_14()},
      {"NODEJS_18_X", R::nodejs_18_x()},
      {"NODEJS_20_X", R::nodejs_20_x()},
      {"NODEJS_22_X", R::nodejs_22_x()},
      {"NODEJS_24_X", R::nodejs_24_x()},
      {"JAVA_11", R::java_11()},
      {"JAVA_17", R::java_17()},
      {"JAVA_21", R::java_21()},
      {"JAVA_25", R::java_25()},
      {"PROVIDED_AL2", R::provided_al2()},
      {"PROVIDED_AL2023", R::provided_al2023()},
  };
  for (const auto& [name, runtime] : all) {
    std::string key = name;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool java = name.rfind("JAVA", 0) == 0;
    stack.add<lambda::Function>(
        name,
        {
            .code = lambda::Code::from_bucket(
                java ? imported : bucket, key + ".zip", name == "JAVA_21" ? "v1" : ""),
            .handler = "h",
            .runtime = runtime,
        });
  }
  return {&stack};
}

Stacks given_role(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("RoleStack");
  auto& role =
      stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  auto& fn = stack.add<lambda::Function>(
      "Fn",
      {
          .code = lambda::Code::from_inline("pass"),
          .handler = "index.handler",
          .role = &role,
          .runtime = lambda::Runtime::python_3_12(),
      });
  fn.add_to_role_policy(iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"*"}}));
  auto& plain = stack.add<lambda::Function>(
      "Plain",
      {
          .code = lambda::Code::from_inline("pass"),
          .handler = "index.handler",
          .initial_policy = {iam::PolicyStatement(
              {.actions = {"sqs:SendMessage"}, .resources = {"*"}})},
          .runtime = lambda::Runtime::python_3_12(),
      });
  stack.add<cdk::CfnOutput>("PlainRole", {.value = plain.role().role_name()});
  return {&stack};
}

Stacks permissions(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PermissionStack");
  auto& topic = stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& fn = inline_python(stack);
  fn.add_permission(
      "FromSns",
      {
          .principal = iam::ServicePrincipal("sns.amazonaws.com"),
          .source_account = "111111111111",
          .source_arn = topic.ref(),
      });
  fn.add_permission(
      "FromAccount",
      {.action = "lambda:GetFunction", .principal = iam::AccountPrincipal("222222222222")});
  fn.add_permission(
      "FromArn",
      {
          .event_source_token = "tok",
          .principal = iam::ArnPrincipal("arn:aws:iam::333333333333:role/caller"),
      });
  fn.grant_invoke(iam::ServicePrincipal("apigateway.amazonaws.com"));
  fn.grant_invoke(iam::ServicePrincipal("apigateway.amazonaws.com"));
  fn.grant_invoke(iam::ServicePrincipal("events.amazonaws.com"));
  auto& role =
      stack.add<iam::Role>("Caller", {.assumed_by = iam::ServicePrincipal("states.amazonaws.com")});
  fn.grant_invoke(role);
  fn.grant_invoke(role);
  return {&stack};
}

Stacks grant_two_stacks(cdk::App& app) {
  auto& producer = app.add<cdk::Stack>("FunctionStack");
  auto& fn = inline_python(producer);
  auto& consumer = app.add<cdk::Stack>("CallerStack");
  auto& role = consumer.add<iam::Role>(
      "Caller", {.assumed_by = iam::ServicePrincipal("states.amazonaws.com")});
  fn.grant_invoke(role);
  return {&producer, &consumer};
}

Stacks metrics(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("MetricStack");
  auto& fn = inline_python(stack);
  auto alarm = [&stack](const std::string& id, cw::Metric metric) {
    stack.add<cw::Alarm>(
        id, {.evaluation_periods = 2, .metric = std::move(metric), .threshold = 1});
  };
  alarm("Errors", fn.metric_errors({.period = Duration::minutes(1)}));
  alarm("Invocations", fn.metric_invocations());
  alarm("Throttles", fn.metric_throttles({.statistic = "Maximum"}));
  alarm("Duration", fn.metric_duration({.statistic = "p99"}));
  alarm(
      "Concurrent",
      fn.metric("ConcurrentExecutions", {.label = "concurrency", .statistic = "Maximum"}));
  return {&stack};
}

const cdk::test::ParityScenarios& scenarios() {
  static const cdk::test::ParityScenarios all = {
      {"export_lambda", export_lambda},
      {"inline", inline_code},
      {"runtimes", runtimes},
      {"given_role", given_role},
      {"permissions", permissions},
      {"grant_two_stacks", grant_two_stacks},
      {"metrics", metrics},
  };
  return all;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One function "Fn" in stack S (inline Python unless `props` says otherwise), then `after`.
Json fn_app(
    const std::function<lambda::FunctionProps()>& props,
    const std::function<void(lambda::Function&)>& after = nullptr) {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& fn = stack.add<lambda::Function>("Fn", props());
  if (after) after(fn);
  return cdk::assertions::Template::from_stack(stack).to_json();
}

lambda::FunctionProps base_props() {
  return {
      .code = lambda::Code::from_inline("pass"),
      .handler = "index.handler",
      .runtime = lambda::Runtime::python_3_12(),
  };
}

std::string error_of(const Json& errors, const std::string& name) {
  REQUIRE(errors[name].contains("error"));
  return errors[name]["error"].get<std::string>();
}

}  // namespace

TEST_CASE("function templates equal aws-cdk-lib's", "[lambda][parity]") {
  cdk::test::check_scenarios_equal_reference(scenarios(), cdk::test::parity_reference("lambda.json"));
}

TEST_CASE(
    "the export function's asset manifest equals aws-cdk-lib's byte for byte",
    "[lambda][parity][assets]") {
  // GIVEN the example app's export function, synthesized into a fresh directory
  const Json reference = cdk::test::parity_reference("lambda.json");
  const fs::path out = fs::temp_directory_path() / "cdkpp-lambda-export-assets";
  fs::remove_all(out);
  {
    cdk::App app({.outdir = out.string()});
    export_lambda(app);
    // WHEN the assembly is written
    app.synth();
  }
  // THEN ExportStack.assets.json is aws-cdk-lib's (asset hash, key, display name, template hash)
  CHECK(
      read_text(out / "ExportStack.assets.json") ==
      reference["assets"]["export_lambda"]["text"].get<std::string>());
  // AND the code is staged under aws-cdk-lib's asset directory name
  CHECK(fs::exists(
      out / "asset.e7beceb3c97c01023ed5d8e9bf9c005ae412f1e51570cc2f8d17c0bbc0bbb530" /
      "lambda_function.py"));
  fs::remove_all(out);
}

TEST_CASE(
    "function props aws-cdk-lib rejects are rejected with its message",
    "[lambda][parity][errors]") {
  const Json errors = cdk::test::parity_reference("lambda.json")["errors"];
  auto with = [](auto change) {
    return [change] {
      auto props = base_props();
      change(props);
      return props;
    };
  };
  const auto path = Catch::Contains("S/Fn");

  CHECK_THROWS_WITH(
      fn_app(with([](auto& p) { p.function_name = std::string(65, 'f'); })),
      Catch::Contains(error_of(errors, "name_too_long")) && path);
  CHECK_THROWS_WITH(
      fn_app(with([](auto& p) { p.function_name = "has space"; })),
      Catch::Contains(error_of(errors, "name_bad_chars")) && path);
  CHECK_THROWS_WITH(
      fn_app(with([](auto& p) { p.description = std::string(257, 'd'); })),
      Catch::Contains(error_of(errors, "description_too_long")) && path);
  CHECK_THROWS_WITH(
      fn_app(with([](auto& p) {
        p.environment = {{"AWS_REGION", "us-east-1"}};
      })),
      Catch::Contains(error_of(errors, "reserved_environment")) && path);
  CHECK_THROWS_WITH(
      fn_app(base_props, [](lambda::Function& fn) { fn.add_environment("LAMBDA_TASK_ROOT", "x"); }),
      Catch::Contains(error_of(errors, "reserved_add_environment")) && path);
  CHECK_THROWS_WITH(
      lambda::Code::from_inline(""), Catch::Contains(error_of(errors, "inline_empty")));
  CHECK_THROWS_WITH(
      fn_app(with([](auto& p) { p.runtime = lambda::Runtime::java_21(); })),
      Catch::Contains(error_of(errors, "inline_java")) && path);
  std::string not_zip = error_of(errors, "asset_not_zip");
  not_zip.replace(not_zip.find("<repo>"), 6, CDKPP_SOURCE_DIR);
  CHECK_THROWS_WITH(
      fn_app(with(
          [](auto& p) { p.code = lambda::Code::from_asset(kExportDir + "/lambda_function.py"); })),
      Catch::Contains(not_zip) && path);
  CHECK_THROWS_WITH(
      fn_app(
          base_props,
          [](lambda::Function& fn) {
            fn.add_permission(
                "P",
                {.principal = iam::CompositePrincipal(
                     iam::ServicePrincipal("a.amazonaws.com"),
                     iam::ServicePrincipal("b.amazonaws.com"))});
          }),
      Catch::Contains("Invalid principal type for Lambda permission statement: ") &&
          Catch::Contains("Supported: AccountPrincipal, ArnPrincipal, ServicePrincipal, "
                          "OrganizationPrincipal") &&
          path);
}

TEST_CASE(
    "timeouts over 15 minutes and memory outside 128-10240 MB are rejected, unlike aws-cdk-lib",
    "[lambda][parity][errors]") {
  // aws-cdk-lib 2.276.0 synthesizes these (CloudFormation rejects them at deploy time);
  // cdkpp rejects them when the function is made.
  const Json errors = cdk::test::parity_reference("lambda.json")["errors"];
  REQUIRE(errors["timeout_16_minutes"]["value"]["Timeout"] == 960);
  REQUIRE(errors["memory_64"]["value"]["MemorySize"] == 64);
  REQUIRE(errors["memory_20000"]["value"]["MemorySize"] == 20000);
  auto props = [](std::optional<Duration> timeout, std::optional<int> memory) {
    return [timeout, memory] {
      auto p = base_props();
      p.timeout = timeout;
      p.memory_size = memory;
      return p;
    };
  };
  CHECK_THROWS_WITH(
      fn_app(props(Duration::minutes(16), std::nullopt)),
      Catch::Contains("timeout must be at most 15 minutes (got 960 seconds)") &&
          Catch::Contains("S/Fn") && Catch::Contains("fix:"));
  CHECK_THROWS_WITH(
      fn_app(props(std::nullopt, 64)),
      Catch::Contains("memory_size must be between 128 and 10240 MB (got 64)"));
  CHECK_THROWS_WITH(
      fn_app(props(std::nullopt, 20000)),
      Catch::Contains("memory_size must be between 128 and 10240 MB (got 20000)"));
  CHECK_NOTHROW(fn_app(props(Duration::minutes(15), 10240)));
  CHECK_NOTHROW(fn_app(props(Duration::seconds(1), 128)));
}
