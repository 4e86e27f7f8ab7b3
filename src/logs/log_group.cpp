#include <fmt/format.h>

#include <cdk/core/arn.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tag_manager.hpp>
#include <cdk/kms/key_base.hpp>
#include <cdk/logs/log_group.hpp>
#include <utility>

namespace cdk::logs {

std::string to_string(LogGroupClass log_group_class) {
  switch (log_group_class) {
    case LogGroupClass::standard:
      return "STANDARD";
    case LogGroupClass::infrequent_access:
      return "INFREQUENT_ACCESS";
    case LogGroupClass::delivery:
      return "DELIVERY";
  }
  return "STANDARD";
}

LogGroup::LogGroup(cdk::Scope scope, LogGroupProps props) : ILogGroup(std::move(scope)) {
  const std::string& path = node().path();
  const bool delivery = props.log_group_class == LogGroupClass::delivery;
  if (delivery && props.retention) {
    throw ValidationError(
        "retention is not supported for a log group with logGroupClass DELIVERY; remove retention "
        "or use a different LogGroupClass\n"
        "    fix: drop .retention or set another .log_group_class",
        path);
  }
  // aws-cdk-lib: two years unless the class is DELIVERY; INFINITE leaves the property out.
  std::optional<int> retention_days;
  if (props.retention) {
    retention_days = static_cast<int>(*props.retention);
  } else if (!delivery) {
    retention_days = static_cast<int>(RetentionDays::two_years);
  }
  if (retention_days == static_cast<int>(RetentionDays::infinite)) retention_days.reset();
  if (retention_days && *retention_days <= 0) {
    throw ValidationError(
        fmt::format(
            "retentionInDays must be positive, got {}\n"
            "    fix: set .retention to a logs::RetentionDays value",
            *retention_days),
        path);
  }

  nlohmann::ordered_json properties = nlohmann::ordered_json::object();
  if (props.encryption_key != nullptr) properties["KmsKeyId"] = props.encryption_key->key_arn();
  if (props.log_group_class) properties["LogGroupClass"] = to_string(*props.log_group_class);
  if (!props.log_group_name.empty()) properties["LogGroupName"] = props.log_group_name;
  if (retention_days) properties["RetentionInDays"] = *retention_days;
  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties = std::move(properties),
          .tagging = cdk::TagSpec{},
          .type = "AWS::Logs::LogGroup",
      });
  resource_->apply_removal_policy(props.removal_policy);
}

std::string LogGroup::log_group_arn() const { return resource_->get_att("Arn"); }

std::string LogGroup::log_group_name() const { return resource_->ref(); }

cdk::iam::Grant LogGroup::grant_write(const cdk::iam::IGrantable& grantee) {
  return grant_on(grantee, {"logs:CreateLogStream", "logs:PutLogEvents"}, {log_group_arn()});
}

cdk::iam::Grant LogGroup::grant_read(const cdk::iam::IGrantable& grantee) {
  return grant(
      grantee,
      {"logs:FilterLogEvents",
       "logs:GetLogEvents",
       "logs:GetLogGroupFields",
       "logs:DescribeLogGroups",
       "logs:DescribeLogStreams"});
}

cdk::iam::Grant LogGroup::grant(
    const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  // The ARN without the ":*" suffix is built from the name, as aws-cdk-lib does for a
  // log group whose ARN is a token.
  const std::string bare_arn = cdk::Stack::of(*this).format_arn({
      .arn_format = cdk::ArnFormat::colon_resource_name,
      .resource = "log-group",
      .resource_name = log_group_name(),
      .service = "logs",
  });
  return grant_on(grantee, actions, {bare_arn, log_group_arn()});
}

cdk::iam::Grant LogGroup::grant_on(
    const cdk::iam::IGrantable& grantee,
    const std::vector<std::string>& actions,
    std::vector<std::string> resource_arns) {
  return cdk::iam::Grant::add_to_principal_or_resource({
      .actions = actions,
      .grantee = grantee,
      .resource = this,
      .resource_arns = std::move(resource_arns),
  });
}

cdk::iam::AddToResourcePolicyResult LogGroup::add_to_resource_policy(
    const cdk::iam::PolicyStatement& /*statement*/) {
  throw ValidationError(
      "a grant on this log group needs a resource policy (the grantee is in another account), "
      "which cdkpp does not support yet\n"
      "    fix: grant to a principal of the log group's account",
      node().path());
}

}  // namespace cdk::logs
