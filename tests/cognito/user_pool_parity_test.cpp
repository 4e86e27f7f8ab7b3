// cognito::UserPool against aws-cdk-lib 2.276.0: every scenario of tests/parity/cognito.js is
// built here the same way and its whole template must equal the one aws-cdk-lib wrote
// (tests/parity/reference/cognito.json), text for text, so key order counts.
//
// Deliberate difference: aws-cdk-lib renders standard attributes in the order the caller's
// object literal lists them; cdkpp renders them in StandardAttributes' (alphabetical) member
// order, the only order designated initializers allow. The JS twins list them alphabetically.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/cognito/user_pool.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <functional>
#include <map>

#include "core/parity_reference.hpp"

namespace cognito = cdk::cognito;
using Json = nlohmann::ordered_json;

namespace {

// The common pool of example-app.md ("User pools").
cognito::UserPoolProps common_props(cdk::RemovalPolicy removal_policy) {
  return {
      .account_recovery = cognito::AccountRecovery::email_only,
      .auto_verify = cognito::AutoVerifiedAttrs{.email = true},
      .deletion_protection = removal_policy != cdk::RemovalPolicy::destroy,
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
      .removal_policy = removal_policy,
      .self_sign_up_enabled = false,
      .sign_in_aliases = cognito::SignInAliases{.email = true},
      .sign_in_case_sensitive = false,
      .standard_attributes =
          {.email = cognito::StandardAttribute{.mutable_ = true, .required = true}},
  };
}

std::string mission_pool(
    const std::string& stack_id, const std::string& pool_id, cognito::UserPoolProps props) {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>(stack_id);
  auto& pool = stack.add<cognito::UserPool>(pool_id, std::move(props));
  pool.add<cdk::CfnOutput>(pool_id + "UserPoolId", {.value = pool.user_pool_id()});
  return cdk::assertions::Template::from_stack(stack).to_json().dump(1);
}

std::string single(
    cognito::UserPoolProps props, const std::function<void(cdk::App&)>& configure = nullptr) {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<cognito::UserPool>("Pool", std::move(props));
  if (configure) configure(app);
  return cdk::assertions::Template::from_stack(stack).to_json().dump(1);
}

std::string reference(const std::string& scenario) {
  static const Json templates = cdk::test::parity_reference("cognito.json").at("templates");
  return templates.at(scenario).get<std::string>();
}

std::map<std::string, std::function<std::string()>> scenarios() {
  using cdk::Duration;
  return {
      {"common_destroy",
       [] {
         return mission_pool(
             "PersistentStack", "StaffUsers", common_props(cdk::RemovalPolicy::destroy));
       }},
      {"common_retain",
       [] {
         return mission_pool(
             "PersistentStack", "StaffUsers", common_props(cdk::RemovalPolicy::retain));
       }},
      {"provider_users",
       [] {
         auto props = common_props(cdk::RemovalPolicy::destroy);
         props.custom_attributes = {
             {"providerId", cognito::StringAttribute{.mutable_ = false}},
             {"compact", cognito::StringAttribute{.mutable_ = false}},
         };
         return mission_pool("ProviderUsersStack", "ProviderUsers", std::move(props));
       }},
      {"minimal", [] { return single({}); }},
      {"username_email",
       [] {
         return single(
             {.sign_in_aliases = cognito::SignInAliases{.email = true, .username = true}});
       }},
      {"username_all",
       [] {
         return single(
             {.sign_in_aliases = cognito::SignInAliases{
                  .email = true, .phone = true, .preferred_username = true, .username = true}});
       }},
      {"phone", [] { return single({.sign_in_aliases = cognito::SignInAliases{.phone = true}}); }},
      {"email_and_phone",
       [] {
         return single({
             .auto_verify = cognito::AutoVerifiedAttrs{.email = true},
             .sign_in_aliases = cognito::SignInAliases{.email = true, .phone = true},
         });
       }},
      {"no_aliases", [] { return single({.sign_in_aliases = cognito::SignInAliases{}}); }},
      {"mfa_optional_sms",
       [] {
         return single({
             .mfa = cognito::Mfa::optional,
             .mfa_second_factor = cognito::MfaSecondFactor{.otp = true, .sms = true},
             .sns_region = "us-east-1",
         });
       }},
      {"mfa_required_default_factor", [] { return single({.mfa = cognito::Mfa::required}); }},
      {"mfa_required_no_factor",
       [] {
         return single(
             {.mfa = cognito::Mfa::required, .mfa_second_factor = cognito::MfaSecondFactor{}});
       }},
      {"mfa_off",
       [] {
         return single(
             {.mfa = cognito::Mfa::off,
              .mfa_second_factor = cognito::MfaSecondFactor{.otp = true, .sms = true}});
       }},
      {"sms_role_forced", [] { return single({.enable_sms_role = true}); }},
      {"sms_role_disabled",
       [] {
         return single(
             {.enable_sms_role = false, .sign_in_aliases = cognito::SignInAliases{.phone = true}});
       }},
      {"user_pool_name",
       [] { return single({.deletion_protection = true, .user_pool_name = "my-user-pool"}); }},
      {"app_tags",
       [] {
         return single(
             {.sign_in_aliases = cognito::SignInAliases{.phone = true}, .user_pool_name = "tagged"},
             [](cdk::App& app) {
               cdk::Tags::of(app).add("project", "compact-connect");
               cdk::Tags::of(app).add("environment", "sandbox");
             });
       }},
      {"password_policy_empty",
       [] { return single({.password_policy = cognito::PasswordPolicy{}}); }},
      {"password_policy_partial",
       [] {
         return single({
             .feature_plan = cognito::FeaturePlan::essentials,
             .password_policy =
                 cognito::PasswordPolicy{
                     .password_history_size = 5,
                     .require_symbols = true,
                     .temp_password_validity = Duration::hours(48),
                 },
         });
       }},
      {"attributes",
       [] {
         const cognito::StandardAttribute plain{};
         return single({
             .custom_attributes =
                 {
                     {"zeta",
                      cognito::StringAttribute{.max_len = 64, .min_len = 1, .mutable_ = true}},
                     {"alpha", cognito::NumberAttribute{.max = 100, .min = 1}},
                     {"onlyMax", cognito::StringAttribute{.max_len = 2048}},
                     {"zeroMin", cognito::StringAttribute{.min_len = 0}},
                     {"frac", cognito::NumberAttribute{.min = 0.5}},
                     {"flag", cognito::BooleanAttribute{.mutable_ = false}},
                     {"when", cognito::DateTimeAttribute{}},
                 },
             .standard_attributes =
                 {
                     .address = cognito::StandardAttribute{.required = false},
                     .birthdate = cognito::StandardAttribute{.mutable_ = false},
                     .email = cognito::StandardAttribute{.required = true},
                     .family_name = plain,
                     .fullname = cognito::StandardAttribute{.mutable_ = false, .required = true},
                     .gender = plain,
                     .given_name = plain,
                     .last_update_time = plain,
                     .locale = plain,
                     .middle_name = plain,
                     .nickname = plain,
                     .phone_number = cognito::StandardAttribute{.required = true},
                     .preferred_username = plain,
                     .profile_page = plain,
                     .profile_picture = plain,
                     .timezone = plain,
                     .website = plain,
                 },
         });
       }},
      {"messages",
       [] {
         return single({
             .mfa = cognito::Mfa::optional,
             .mfa_message = "Your code is {####}",
             .mfa_second_factor = cognito::MfaSecondFactor{.otp = true, .sms = false},
             .self_sign_up_enabled = true,
             .user_invitation =
                 cognito::UserInvitationConfig{
                     .email_body = "Hi {username}, {####}",
                     .email_subject = "Welcome",
                     .sms_message = "Hi {username} {####}",
                 },
             .user_verification =
                 {
                     .email_body = "Click {##Verify Email##} please",
                     .email_style = cognito::VerificationEmailStyle::link,
                     .email_subject = "Confirm",
                     .sms_message = "Code {####}",
                 },
         });
       }},
      {"code_messages",
       [] {
         return single({
             .user_invitation = cognito::UserInvitationConfig{.email_subject = "Only subject"},
             .user_verification =
                 {.email_body = "Body {####}",
                  .email_subject = "Subject",
                  .sms_message = "SMS {####}"},
         });
       }},
      {"recovery_and_misc",
       [] {
         return single({
             .account_recovery = cognito::AccountRecovery::phone_only_without_mfa,
             .auto_verify = cognito::AutoVerifiedAttrs{.phone = true},
             .device_tracking =
                 cognito::DeviceTracking{
                     .challenge_required_on_new_device = true,
                     .device_only_remembered_on_user_prompt = false,
                 },
             .feature_plan = cognito::FeaturePlan::lite,
             .keep_original = cognito::KeepOriginalAttrs{.email = true, .phone = true},
             .sign_in_case_sensitive = true,
         });
       }},
      {"recovery_email_and_phone",
       [] {
         return single({.account_recovery = cognito::AccountRecovery::email_and_phone_without_mfa});
       }},
      {"recovery_phone_and_email",
       [] { return single({.account_recovery = cognito::AccountRecovery::phone_and_email}); }},
      {"recovery_none",
       [] {
         return single(
             {.account_recovery = cognito::AccountRecovery::none,
              .auto_verify = cognito::AutoVerifiedAttrs{}});
       }},
      {"nested_path",
       [] {
         cdk::App app;
         auto& stack = app.add<cdk::Stack>("Stack");
         app.add<cdk::Stack>("Other");
         auto& group = stack.add<cdk::Construct>("Group");
         auto& pool = group.add<cognito::UserPool>(
             "Pool",
             {.mfa = cognito::Mfa::required,
              .mfa_second_factor = cognito::MfaSecondFactor{.otp = false, .sms = true}});
         stack.add<cdk::CfnOutput>("Id", {.value = pool.user_pool_id()});
         stack.add<cdk::CfnOutput>("Arn", {.value = pool.user_pool_arn()});
         stack.add<cdk::CfnOutput>("ProviderName", {.value = pool.user_pool_provider_name()});
         stack.add<cdk::CfnOutput>("ProviderUrl", {.value = pool.user_pool_provider_url()});
         return cdk::assertions::Template::from_stack(stack).to_json().dump(1);
       }},
  };
}

}  // namespace

TEST_CASE("every cognito parity scenario has a C++ twin", "[cognito][parity]") {
  // GIVEN the scenarios aws-cdk-lib 2.276.0 rendered
  const Json templates = cdk::test::parity_reference("cognito.json").at("templates");
  // WHEN compared with the C++ twins
  const auto twins = scenarios();
  // THEN each reference scenario is built here
  for (const auto& item : templates.items()) {
    INFO(item.key());
    CHECK(twins.count(item.key()) == 1);
  }
  CHECK(twins.size() == templates.size());
}

TEST_CASE("user pool templates equal aws-cdk-lib 2.276.0's", "[cognito][parity]") {
  const auto twins = scenarios();
  for (const auto& [name, build] : twins) {
    SECTION(name) {
      // GIVEN the scenario built with cdkpp
      // WHEN it is synthesized
      const std::string ours = build();
      // THEN the template text is aws-cdk-lib's, byte for byte
      CHECK(ours == reference(name));
    }
  }
}

TEST_CASE("user pool grants equal aws-cdk-lib 2.276.0's in one stack and across two", "[cognito][parity][grants]") {
  const Json grants = cdk::test::parity_reference("cognito.json").at("grants");
  auto lambda_role = [](cdk::Stack& stack) -> cdk::iam::Role& {
    return stack.add<cdk::iam::Role>(
        "Role", {.assumed_by = cdk::iam::ServicePrincipal("lambda.amazonaws.com")});
  };
  auto text = [](const cdk::Stack& stack) {
    return cdk::assertions::Template::from_stack(stack).to_json().dump(1);
  };
  SECTION("grant_same_stack") {
    // GIVEN a pool and a role in one stack, WHEN granting twice
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("Stack");
    auto& pool = stack.add<cognito::UserPool>("Pool");
    auto& role = lambda_role(stack);
    pool.grant(role, {"cognito-idp:AdminCreateUser", "cognito-idp:ListUsers"});
    pool.grant(role, {"cognito-idp:DescribeUserPool"});
    // THEN the template is aws-cdk-lib's
    CHECK(text(stack) == grants.at("grant_same_stack").at("Stack").get<std::string>());
  }
  SECTION("grant_cross_stack") {
    // GIVEN a pool in one stack and a role in another, WHEN granting
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("PoolStack");
    auto& pool = stack.add<cognito::UserPool>("Pool", {.mfa = cognito::Mfa::required});
    auto& other = app.add<cdk::Stack>("ConsumerStack");
    pool.grant(lambda_role(other), {"cognito-idp:ListUsers"});
    // THEN the ARN is exported and imported as aws-cdk-lib does
    CHECK(text(stack) == grants.at("grant_cross_stack").at("PoolStack").get<std::string>());
    CHECK(text(other) == grants.at("grant_cross_stack").at("ConsumerStack").get<std::string>());
  }
}
