#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tag_manager.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/managed_policy.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cdk/lambda/function.hpp>
#include <cdk/logs/log_group_base.hpp>
#include <cstdint>

#include "core/detail/ascii.hpp"
#include "core/detail/json_object.hpp"
#include "lambda/detail/permission.hpp"

namespace cdk::lambda {
namespace {

using Json = nlohmann::ordered_json;

constexpr double kMaxTimeoutSeconds = 15 * 60;
constexpr int kMinMemory = 128;
constexpr int kMaxMemory = 10240;

// Names the Lambda runtime sets itself (aws-cdk-lib's list).
constexpr std::array<std::string_view, 18> kReservedEnvironment = {
    "_HANDLER",
    "_X_AMZN_TRACE_ID",
    "AWS_DEFAULT_REGION",
    "AWS_REGION",
    "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
    "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME",
    "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_RUNTIME_API",
    "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR",
};

void validate_props(const FunctionProps& props, const std::string& path) {
  const std::string& name = props.function_name;
  if (!name.empty() && !Token::is_unresolved(name)) {
    if (name.size() > 64) {
      throw ValidationError(
          fmt::format(
              "Function name can not be longer than 64 characters but has {} characters.\n"
              "    fix: shorten .function_name",
              name.size()),
          path);
    }
    // aws-cdk-lib's /^[a-zA-Z0-9-_]+$/ (the name is not empty here)
    if (!cdk::detail::only_alphanumerics_or(name, "-_")) {
      throw ValidationError(
          fmt::format(
              "Function name {} can contain only letters, numbers, hyphens, or underscores with "
              "no spaces.\n    fix: drop the other characters from .function_name",
              name),
          path);
    }
  }
  if (!Token::is_unresolved(props.description) && props.description.size() > 256) {
    throw ValidationError(
        fmt::format(
            "Function description can not be longer than 256 characters but has {} "
            "characters.\n    fix: shorten .description",
            props.description.size()),
        path);
  }
  if (props.handler.empty()) {
    throw ValidationError(
        "a function needs a handler (got none)\n"
        "    fix: set .handler, e.g. \"index.handler\"",
        path);
  }
  if (props.code.is_inline() && !props.runtime.supports_inline_code()) {
    throw ValidationError(
        fmt::format(
            "Inline source not allowed for {}\n"
            "    fix: use Code::from_asset or Code::from_bucket, or a Python or Node.js runtime",
            props.runtime.name()),
        path);
  }
  // aws-cdk-lib 2.276.0 does not check these; CloudFormation rejects them at deploy time.
  if (props.timeout && props.timeout->to_seconds(false) > kMaxTimeoutSeconds) {
    throw ValidationError(
        fmt::format(
            "timeout must be at most 15 minutes (got {} seconds)\n"
            "    fix: set .timeout to Duration::minutes(15) or less",
            props.timeout->to_seconds(false)),
        path);
  }
  if (props.memory_size && (*props.memory_size < kMinMemory || *props.memory_size > kMaxMemory)) {
    throw ValidationError(
        fmt::format(
            "memory_size must be between 128 and 10240 MB (got {})\n"
            "    fix: set .memory_size between 128 and 10240",
            *props.memory_size),
        path);
  }
}

}  // namespace

Function::Function(cdk::Scope scope, FunctionProps props)
    : IFunction(std::move(scope)),
      runtime_(props.runtime),
      architecture_(props.architecture.value_or(Architecture::x86_64())),
      timeout_(props.timeout),
      log_group_(props.log_group),
      role_(props.role) {
  const std::string& path = node().path();
  validate_props(props, path);

  if (role_ == nullptr) {
    role_ = &add<cdk::iam::Role>(
        "ServiceRole",
        {
            .assumed_by = cdk::iam::ServicePrincipal("lambda.amazonaws.com"),
            .managed_policies = {cdk::iam::ManagedPolicy::from_aws_managed_policy_name(
                "service-role/AWSLambdaBasicExecutionRole")},
        });
  }
  for (const auto& statement : props.initial_policy) role_->add_to_principal_policy(statement);

  const CodeConfig code = props.code.bind(*this);
  for (const auto& [key, value] : props.environment) add_environment(key, value);

  Json properties = cdk::detail::object_with_room(12);  // room for the keys below
  if (props.architecture) properties["Architectures"] = Json::array({props.architecture->name()});
  Json code_json = Json::object();
  if (!code.s3_bucket.empty()) code_json["S3Bucket"] = code.s3_bucket;
  if (!code.s3_key.empty()) code_json["S3Key"] = code.s3_key;
  if (!code.s3_object_version.empty()) code_json["S3ObjectVersion"] = code.s3_object_version;
  if (!code.inline_code.empty()) code_json["ZipFile"] = code.inline_code;
  properties["Code"] = std::move(code_json);
  if (!props.description.empty()) properties["Description"] = props.description;
  // Variables added after construction (add_environment) render too.
  properties["Environment"] = Lazy::uncached_any(
      *this,
      [this]() -> Json {
        if (environment_.empty()) return Json(Json::value_t::discarded);
        Json variables = Json::object();
        for (const auto& [key, value] : environment_) variables[key] = value;
        return Json{{"Variables", std::move(variables)}};
      },
      {.concurrent = true});
  if (!props.function_name.empty()) properties["FunctionName"] = props.function_name;
  properties["Handler"] = props.handler;
  if (log_group_ != nullptr) {
    properties["LoggingConfig"] = {{"LogGroup", log_group_->log_group_name()}};
  }
  if (props.memory_size) properties["MemorySize"] = *props.memory_size;
  if (props.reserved_concurrent_executions) {
    properties["ReservedConcurrentExecutions"] = *props.reserved_concurrent_executions;
  }
  properties["Role"] = role_->role_arn();
  properties["Runtime"] = runtime_.name();
  if (timeout_) properties["Timeout"] = static_cast<std::int64_t>(timeout_->to_seconds());

  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties = std::move(properties),
          .tagging = cdk::TagSpec{},
          .type = "AWS::Lambda::Function",
      });
  // The function waits for its role and the role's policies (DependsOn both, as aws-cdk-lib).
  if (auto* role_construct = dynamic_cast<cdk::Construct*>(role_)) {
    resource_->node().add_dependency(*role_construct);
  }
}

std::string Function::function_arn() const { return resource_->get_att("Arn"); }

std::string Function::function_name() const { return resource_->ref(); }

cdk::iam::PrincipalRef Function::grant_principal() const { return cdk::iam::PrincipalRef(*role_); }

void Function::add_to_role_policy(const cdk::iam::PolicyStatement& statement) {
  role_->add_to_principal_policy(statement);
}

Function& Function::add_environment(const std::string& key, const std::string& value) {
  if (std::find(kReservedEnvironment.begin(), kReservedEnvironment.end(), key) !=
      kReservedEnvironment.end()) {
    throw ValidationError(
        fmt::format(
            "{} environment variable is reserved by the lambda runtime and can not be set "
            "manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html"
            "\n    fix: use another name",
            key),
        node().path());
  }
  auto existing = std::find_if(
      environment_.begin(), environment_.end(), [&key](const auto& e) { return e.first == key; });
  if (existing != environment_.end()) {
    existing->second = value;
  } else {
    environment_.emplace_back(key, value);
  }
  return *this;
}

void Function::add_permission(const std::string& id, const Permission& permission) {
  cdk::Construct& scope = permission.scope != nullptr ? *permission.scope : *this;
  detail::add_permission(scope, id, function_arn(), permission, node().path());
}

// The function as the "resource" of a grant: a grant that can't go to the grantee's own policy
// becomes a Lambda permission, as aws-cdk-lib's FunctionBase.grant does.
class Function::InvokeResource final : public cdk::iam::IResourceWithPolicy {
 public:
  InvokeResource(Function& function, std::string identifier, cdk::iam::PrincipalRef principal)
      : function_(function), identifier_(std::move(identifier)), principal_(std::move(principal)) {}

  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& /*statement*/) override {
    function_.add_permission(identifier_, {.principal = principal_});
    return {
        .policy_dependable = function_.node().try_find_child(identifier_),
        .statement_added = true,
    };
  }
  std::string env_account() const override { return cdk::Stack::of(function_).account(); }

 private:
  Function& function_;
  std::string identifier_;
  cdk::iam::PrincipalRef principal_;
};

cdk::iam::Grant Function::grant_invoke(const cdk::iam::IGrantable& grantee) {
  const cdk::iam::PrincipalRef principal = grantee.grant_principal();
  const std::string identifier = "Invoke" + detail::principal_identifier(principal);
  if (auto found = invocation_grants_.find(identifier); found != invocation_grants_.end()) {
    return found->second;
  }
  InvokeResource resource(*this, identifier, principal);
  const std::string arn = function_arn();
  auto grant = cdk::iam::Grant::add_to_principal_or_resource({
      .actions = {"lambda:InvokeFunction"},
      .grantee = grantee,
      .resource = &resource,
      .resource_arns = {arn, arn + ":*"},
  });
  invocation_grants_.emplace(identifier, grant);
  return grant;
}

cdk::cloudwatch::Metric Function::metric(
    const std::string& metric_name, const cdk::cloudwatch::MetricOptions& options) const {
  return cdk::cloudwatch::Metric({
                                     .dimensions_map = {{"FunctionName", function_name()}},
                                     .metric_name = metric_name,
                                     .namespace_ = "AWS/Lambda",
                                 })
      .with(options)
      .attach_to(*this);
}

namespace {
cdk::cloudwatch::MetricOptions with_statistic(
    cdk::cloudwatch::MetricOptions options, const char* statistic) {
  if (!options.statistic) options.statistic = statistic;
  return options;
}
}  // namespace

cdk::cloudwatch::Metric Function::metric_errors(
    const cdk::cloudwatch::MetricOptions& options) const {
  return metric("Errors", with_statistic(options, "Sum"));
}

cdk::cloudwatch::Metric Function::metric_invocations(
    const cdk::cloudwatch::MetricOptions& options) const {
  return metric("Invocations", with_statistic(options, "Sum"));
}

cdk::cloudwatch::Metric Function::metric_throttles(
    const cdk::cloudwatch::MetricOptions& options) const {
  return metric("Throttles", with_statistic(options, "Sum"));
}

cdk::cloudwatch::Metric Function::metric_duration(
    const cdk::cloudwatch::MetricOptions& options) const {
  return metric("Duration", with_statistic(options, "Average"));
}

}  // namespace cdk::lambda
