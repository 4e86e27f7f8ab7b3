#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/principal.hpp>
#include <string>

namespace cdk::logs {

/// A CloudWatch Logs log group (aws-cdk-lib's `ILogGroup`). logs::LogGroup implements it;
/// lambda::Function takes its log group through it.
class ILogGroup : public cdk::Construct {
 public:
  explicit ILogGroup(cdk::Scope scope) : cdk::Construct(std::move(scope)) {}

  /// The log group's ARN (a token for log groups of this app).
  virtual std::string log_group_arn() const = 0;
  /// The log group's name (a token for log groups of this app).
  virtual std::string log_group_name() const = 0;
  /// Grants logs:CreateLogStream and logs:PutLogEvents on the log group.
  virtual cdk::iam::Grant grant_write(const cdk::iam::IGrantable& grantee) = 0;
};

}  // namespace cdk::logs
