#include <cdk/core/cfn_output.hpp>
#include <cdk/core/duration.hpp>
#include <cdk_constructs/user_pool.hpp>

namespace cdk_constructs {
namespace {

namespace cognito = cdk::cognito;

cognito::UserPoolProps common_props(const UserPoolProps& props) {
  return {
      .account_recovery = cognito::AccountRecovery::email_only,
      .auto_verify = cognito::AutoVerifiedAttrs{.email = true},
      .custom_attributes = props.custom_attributes,
      .deletion_protection = props.removal_policy != cdk::RemovalPolicy::destroy,
      .mfa = cognito::Mfa::required,
      .mfa_second_factor = cognito::MfaSecondFactor{.otp = true, .sms = false},
      .password_policy =
          cognito::PasswordPolicy{
              .min_length = 12,
              .require_digits = true,
              .require_lowercase = true,
              .require_symbols = false,
              .require_uppercase = false,
              .temp_password_validity = cdk::Duration::days(1),
          },
      .removal_policy = props.removal_policy,
      .self_sign_up_enabled = false,
      .sign_in_aliases = cognito::SignInAliases{.email = true},
      .sign_in_case_sensitive = false,
      .standard_attributes =
          {.email = cognito::StandardAttribute{.mutable_ = true, .required = true}},
  };
}

}  // namespace

// The id is copied before the scope moves into the base, for the output's name.
UserPool::UserPool(cdk::Scope scope, UserPoolProps props)
    : UserPool(std::move(scope), props, scope.id()) {}

UserPool::UserPool(cdk::Scope&& scope, const UserPoolProps& props, std::string id)
    : cdk::cognito::UserPool(std::move(scope), common_props(props)) {
  add<cdk::CfnOutput>(id + "UserPoolId", {.value = user_pool_id()});
  if (props.backup) {
    const auto& backup = *props.backup;
    user_pool_backup_ = &add<CognitoUserBackup>(
        "UserPoolBackup",
        {
            .access_logs_bucket = backup.access_logs_bucket,
            .alarm_topic = backup.alarm_topic,
            .backup_infrastructure_stack = backup.backup_infrastructure_stack,
            .backup_policy = backup.backup_policy,
            .encryption_key = backup.encryption_key,
            .export_lambda_code_dir = backup.export_lambda_code_dir,
            .removal_policy = backup.removal_policy,
            .user_pool_id = user_pool_id(),
            .user_pool_type = props.user_pool_type,
        });
  }
}

StaffUsers::StaffUsers(cdk::Scope scope, UserPoolVariantProps props)
    : UserPool(
          std::move(scope),
          UserPoolProps{
              .backup = std::move(props.backup),
              .removal_policy = props.removal_policy,
              .user_pool_type = "staff",
          }) {}

ProviderUsers::ProviderUsers(cdk::Scope scope, UserPoolVariantProps props)
    : UserPool(
          std::move(scope),
          UserPoolProps{
              .backup = std::move(props.backup),
              .custom_attributes =
                  {
                      {"providerId", cdk::cognito::StringAttribute{.mutable_ = false}},
                      {"compact", cdk::cognito::StringAttribute{.mutable_ = false}},
                  },
              .removal_policy = props.removal_policy,
              .user_pool_type = "provider",
          }) {}

}  // namespace cdk_constructs
