#pragma once

#include <cdk/cloudwatch/metric.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/principal.hpp>
#include <string>

namespace cdk::lambda {

/// A resource policy entry of a function (aws-cdk-lib's `Permission`), rendered as an
/// AWS::Lambda::Permission.
struct Permission {
  /// Default: "lambda:InvokeFunction".
  std::string action = "lambda:InvokeFunction";
  /// Default: none.
  std::string event_source_token{};
  /// Who may call (a service, account or ARN principal). Required.
  cdk::iam::PrincipalRef principal;
  /// The construct the AWS::Lambda::Permission is created under (non-owning), e.g. the rule
  /// that invokes the function. Default: nullptr (the function).
  cdk::Construct* scope = nullptr;
  /// Default: none.
  std::string source_account{};
  /// The ARN of the resource that calls (a rule, a bucket...). Default: none.
  std::string source_arn{};
};

/// A Lambda function (aws-cdk-lib's `IFunction`): a construct with a name and ARN that can be
/// invoked, granted and measured. lambda::Function implements it; events_targets'
/// LambdaFunction takes functions through it.
class IFunction : public cdk::Construct, public cdk::iam::IGrantable {
 public:
  explicit IFunction(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The function's ARN (a token for functions of this app).
  virtual std::string function_arn() const = 0;
  /// The function's name (a token for functions of this app).
  virtual std::string function_name() const = 0;
  /// Adds an AWS::Lambda::Permission named `id` under permission.scope (default: the function).
  virtual void add_permission(const std::string& id, const Permission& permission) = 0;
  /// Grants lambda:InvokeFunction to `grantee` (a Lambda permission for a service principal).
  virtual cdk::iam::Grant grant_invoke(const cdk::iam::IGrantable& grantee) = 0;
  /// A metric of AWS/Lambda for this function (dimension FunctionName).
  virtual cdk::cloudwatch::Metric metric(
      const std::string& metric_name, const cdk::cloudwatch::MetricOptions& options = {}) const = 0;
};

}  // namespace cdk::lambda
