#include <fmt/format.h>

#include <algorithm>
#include <cdk/cognito/user_pool.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/role.hpp>
#include <cmath>
#include <regex>
#include <vector>

#include "cognito/detail/schema.hpp"
#include "cognito/detail/sms_role.hpp"
#include "core/detail/cloudformation_lang.hpp"
#include "core/detail/json_object.hpp"
#include "core/detail/uniqueid.hpp"

namespace cdk::cognito {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kCodeTemplate = "{####}";
constexpr const char* kVerifyEmailTemplate = "{##Verify Email##}";
constexpr const char* kDefaultCodeMessage = "The verification code to your new account is {####}";

bool has_value(const Json& json) { return !json.is_discarded(); }
Json absent() { return Json(Json::value_t::discarded); }

bool literal_lacks(const std::string& text, const std::string& part) {
  return !Token::is_unresolved(text) && text.find(part) == std::string::npos;
}

struct SignIn {
  Json alias_attributes = absent();
  Json username_attributes = absent();
  Json auto_verified_attributes = absent();
};

// aws-cdk-lib's signInConfiguration: with username sign-in the other aliases are
// AliasAttributes, else they are UsernameAttributes (possibly none).
SignIn sign_in_configuration(const UserPoolProps& props, const std::string& path) {
  const SignInAliases sign_in = props.sign_in_aliases.value_or(SignInAliases{.username = true});
  if (sign_in.preferred_username && !sign_in.username) {
    throw ValidationError(
        "sign_in_aliases.preferred_username needs username sign-in (got username = false)\n"
        "    fix: set .sign_in_aliases = {.preferred_username = true, .username = true}",
        path);
  }
  SignIn out;
  if (sign_in.username) {
    Json aliases = Json::array();
    if (sign_in.email) aliases.push_back("email");
    if (sign_in.phone) aliases.push_back("phone_number");
    if (sign_in.preferred_username) aliases.push_back("preferred_username");
    if (!aliases.empty()) out.alias_attributes = std::move(aliases);
  } else {
    Json names = Json::array();
    if (sign_in.email) names.push_back("email");
    if (sign_in.phone) names.push_back("phone_number");
    out.username_attributes = std::move(names);
  }
  if (props.auto_verify || sign_in.email || sign_in.phone) {
    const AutoVerifiedAttrs verify = props.auto_verify.value_or(
        AutoVerifiedAttrs{.email = sign_in.email, .phone = sign_in.phone});
    Json attrs = Json::array();
    if (verify.email) attrs.push_back("email");
    if (verify.phone) attrs.push_back("phone_number");
    out.auto_verified_attributes = std::move(attrs);
  }
  return out;
}

struct Verification {
  Json email_verification_message = absent();
  Json email_verification_subject = absent();
  std::string sms_message;
  Json message_template;
};

Verification verification_configuration(
    const UserVerificationConfig& config, const std::string& path) {
  Verification out;
  const std::string subject = config.email_subject.value_or("Verify your new account");
  out.sms_message = config.sms_message.value_or(kDefaultCodeMessage);
  if (config.email_style == VerificationEmailStyle::code) {
    const std::string body = config.email_body.value_or(kDefaultCodeMessage);
    if (literal_lacks(body, kCodeTemplate)) {
      throw ValidationError(
          fmt::format(
              "user_verification.email_body must contain '{}' (got \"{}\")\n"
              "    fix: put {} where the code goes",
              kCodeTemplate,
              body,
              kCodeTemplate),
          path);
    }
    if (literal_lacks(out.sms_message, kCodeTemplate)) {
      throw ValidationError(
          fmt::format(
              "user_verification.sms_message must contain '{}' (got \"{}\")\n"
              "    fix: put {} where the code goes",
              kCodeTemplate,
              out.sms_message,
              kCodeTemplate),
          path);
    }
    out.email_verification_message = body;
    out.email_verification_subject = subject;
    out.message_template = {
        {"DefaultEmailOption", "CONFIRM_WITH_CODE"},
        {"EmailMessage", body},
        {"EmailSubject", subject},
        {"SmsMessage", out.sms_message},
    };
    return out;
  }
  const std::string body = config.email_body.value_or(
      std::string("Verify your account by clicking on ") + kVerifyEmailTemplate);
  // aws-cdk-lib: /\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*##\}/u, i.e. anything but control
  // characters between the markers (std::regex has no Unicode classes; C1 controls pass).
  static const std::regex link_template(R"(\{##[^\x00-\x08\x0E-\x1F\x7F]*##\})");
  if (!Token::is_unresolved(body) && !std::regex_search(body, link_template)) {
    throw ValidationError(
        fmt::format(
            "user_verification.email_body must contain '{}' in link style (got \"{}\")\n"
            "    fix: put {} where the link goes",
            kVerifyEmailTemplate,
            body,
            kVerifyEmailTemplate),
        path);
  }
  out.message_template = {
      {"DefaultEmailOption", "CONFIRM_WITH_LINK"},
      {"EmailMessageByLink", body},
      {"EmailSubjectByLink", subject},
      {"SmsMessage", out.sms_message},
  };
  return out;
}

// aws-cdk-lib's configurePasswordPolicy: a given policy always gets MinimumLength (8 unless set).
Json password_policy(const UserPoolProps& props, const std::string& path) {
  if (!props.password_policy) return absent();
  const PasswordPolicy& policy = *props.password_policy;
  Json out = Json::object();
  std::optional<double> validity_days;
  if (policy.temp_password_validity) {
    const double days = policy.temp_password_validity->to_days(false);
    if (std::floor(days) != days) {
      throw ValidationError(
          fmt::format(
              "password_policy.temp_password_validity must be a whole number of days (got {})\n"
              "    fix: use cdk::Duration::days(n) with a whole n from 1 to 365",
              policy.temp_password_validity->to_human_string()),
          path);
    }
    if (days > 365) {
      throw ValidationError(
          fmt::format(
              "password_policy.temp_password_validity cannot be greater than 365 days (got {} "
              "days)\n"
              "    fix: use at most cdk::Duration::days(365)",
              cdk::detail::js_number_text(days)),
          path);
    }
    validity_days = days;
  }
  const int min_length = policy.min_length.value_or(8);
  if (min_length < 6 || min_length > 99) {
    throw ValidationError(
        fmt::format(
            "password_policy.min_length must be between 6 and 99 (got {})\n"
            "    fix: use a min_length from 6 to 99",
            min_length),
        path);
  }
  if (policy.password_history_size) {
    if (props.feature_plan == FeaturePlan::lite) {
      throw ValidationError(
          "password_policy.password_history_size can't be set with feature_plan lite\n"
          "    fix: drop .password_history_size, or use FeaturePlan::essentials or plus",
          path);
    }
    if (*policy.password_history_size < 0 || *policy.password_history_size > 24) {
      throw ValidationError(
          fmt::format(
              "password_policy.password_history_size must be between 0 and 24 (got {})\n"
              "    fix: use a password_history_size from 0 to 24",
              *policy.password_history_size),
          path);
    }
  }
  out["MinimumLength"] = min_length;
  if (policy.password_history_size) out["PasswordHistorySize"] = *policy.password_history_size;
  if (policy.require_lowercase) out["RequireLowercase"] = *policy.require_lowercase;
  if (policy.require_digits) out["RequireNumbers"] = *policy.require_digits;
  if (policy.require_symbols) out["RequireSymbols"] = *policy.require_symbols;
  if (policy.require_uppercase) out["RequireUppercase"] = *policy.require_uppercase;
  if (validity_days) out["TemporaryPasswordValidityDays"] = static_cast<long long>(*validity_days);
  return out;
}

void check_mfa_message(const std::string& message, const std::string& path) {
  if (message.empty() || Token::is_unresolved(message)) return;
  if (message.find(kCodeTemplate) == std::string::npos) {
    throw ValidationError(
        fmt::format(
            "mfa_message must contain '{}' (got \"{}\")\n    fix: put {} where the code goes",
            kCodeTemplate,
            message,
            kCodeTemplate),
        path);
  }
  if (message.size() > 140) {
    throw ValidationError(
        fmt::format(
            "mfa_message must be between 6 and 140 characters (got {} characters)\n"
            "    fix: shorten the message",
            message.size()),
        path);
  }
}

// aws-cdk-lib's mfaConfiguration: nothing unless MFA is on; SMS when no factor is chosen.
std::optional<std::vector<std::string>> enabled_mfas(
    const UserPoolProps& props, const std::string& path) {
  if (!props.mfa || *props.mfa == Mfa::off) return std::nullopt;
  if (!props.mfa_second_factor) return std::vector<std::string>{"SMS_MFA"};
  std::vector<std::string> out;
  if (props.mfa_second_factor->sms) out.emplace_back("SMS_MFA");
  if (props.mfa_second_factor->otp) out.emplace_back("SOFTWARE_TOKEN_MFA");
  if (props.mfa_second_factor->email) {
    throw ValidationError(
        "mfa_second_factor.email needs an Amazon SES email configuration, which cdkpp's UserPool "
        "doesn't support yet (got email = true)\n"
        "    fix: use otp or sms as the second factor",
        path);
  }
  return out;
}

Json account_recovery(AccountRecovery recovery) {
  auto mechanisms = [](std::initializer_list<const char*> names) {
    Json list = Json::array();
    int priority = 1;
    for (const char* name : names) list.push_back(Json{{"Name", name}, {"Priority", priority++}});
    return Json{{"RecoveryMechanisms", std::move(list)}};
  };
  switch (recovery) {
    case AccountRecovery::email_and_phone_without_mfa:
      return mechanisms({"verified_email", "verified_phone_number"});
    case AccountRecovery::phone_without_mfa_and_email:
      return mechanisms({"verified_phone_number", "verified_email"});
    case AccountRecovery::email_only:
      return mechanisms({"verified_email"});
    case AccountRecovery::phone_only_without_mfa:
      return mechanisms({"verified_phone_number"});
    case AccountRecovery::none:
      return mechanisms({"admin_only"});
    case AccountRecovery::phone_and_email:
      break;
  }
  return absent();
}

const char* mfa_name(Mfa mfa) {
  switch (mfa) {
    case Mfa::off:
      return "OFF";
    case Mfa::optional:
      return "OPTIONAL";
    case Mfa::required:
      break;
  }
  return "ON";
}

const char* feature_plan_name(FeaturePlan plan) {
  switch (plan) {
    case FeaturePlan::lite:
      return "LITE";
    case FeaturePlan::essentials:
      return "ESSENTIALS";
    case FeaturePlan::plus:
      break;
  }
  return "PLUS";
}

Json admin_create_user_config(const UserPoolProps& props) {
  Json out{{"AllowAdminCreateUserOnly", !props.self_sign_up_enabled}};
  if (props.user_invitation) {
    Json invite = Json::object();
    if (props.user_invitation->email_body)
      invite["EmailMessage"] = *props.user_invitation->email_body;
    if (props.user_invitation->email_subject)
      invite["EmailSubject"] = *props.user_invitation->email_subject;
    if (props.user_invitation->sms_message)
      invite["SMSMessage"] = *props.user_invitation->sms_message;
    out["InviteMessageTemplate"] = std::move(invite);
  }
  return out;
}

// aws-cdk-lib's Names.uniqueId: the logical-ID algorithm over the full path, stack included.
std::string node_unique_id(const Construct& construct) {
  std::vector<std::string> components;
  for (const Construct* scope : construct.node().scopes()) {
    if (scope->node().scope() != nullptr) components.push_back(scope->node().id());
  }
  return components.empty() ? "" : cdk::detail::make_unique_id(std::move(components));
}

void put(Json& object, const char* key, Json value) {
  if (has_value(value)) object[key] = std::move(value);
}

}  // namespace

UserPool::UserPool(Scope scope, UserPoolProps props) : Construct(std::move(scope)) {
  const std::string& path = node().path();
  const SignIn sign_in = sign_in_configuration(props, path);
  const Verification verification = verification_configuration(props.user_verification, path);
  Json policy = password_policy(props, path);
  check_mfa_message(props.mfa_message, path);
  const auto mfas = enabled_mfas(props, path);
  Json schema = detail::render_schema(props.standard_attributes, props.custom_attributes, path);

  // The SMS role comes before the pool resource, as aws-cdk-lib creates it while building the
  // pool's props.
  Json sms_configuration = absent();
  const bool sms_mfa = mfas && std::find(mfas->begin(), mfas->end(), "SMS_MFA") != mfas->end();
  const bool phone_verification = (props.sign_in_aliases && props.sign_in_aliases->phone) ||
                                  (props.auto_verify && props.auto_verify->phone);
  if (props.enable_sms_role.value_or(sms_mfa || phone_verification)) {
    // Cognito's ExternalId limit.
    const std::string external_id = node_unique_id(*this).substr(0, 1223);
    sms_role_ = &detail::add_sms_role(*this, external_id);
    sms_configuration = {{"ExternalId", external_id}, {"SnsCallerArn", sms_role_->role_arn()}};
    if (!props.sns_region.empty()) sms_configuration["SnsRegion"] = props.sns_region;
  }

  // Keys in CloudFormation-name order, as aws-cdk-lib's generated CfnUserPool renders them.
  Json properties = cdk::detail::object_with_room(24);  // room for the keys below
  put(properties, "AccountRecoverySetting", account_recovery(props.account_recovery));
  put(properties, "AdminCreateUserConfig", admin_create_user_config(props));
  put(properties, "AliasAttributes", sign_in.alias_attributes);
  put(properties, "AutoVerifiedAttributes", sign_in.auto_verified_attributes);
  if (props.deletion_protection) {
    properties["DeletionProtection"] = *props.deletion_protection ? "ACTIVE" : "INACTIVE";
  }
  if (props.device_tracking) {
    properties["DeviceConfiguration"] = {
        {"ChallengeRequiredOnNewDevice", props.device_tracking->challenge_required_on_new_device},
        {"DeviceOnlyRememberedOnUserPrompt",
         props.device_tracking->device_only_remembered_on_user_prompt},
    };
  }
  put(properties, "EmailVerificationMessage", verification.email_verification_message);
  put(properties, "EmailVerificationSubject", verification.email_verification_subject);
  if (mfas) properties["EnabledMfas"] = *mfas;
  if (props.mfa) properties["MfaConfiguration"] = mfa_name(*props.mfa);
  if (has_value(policy)) properties["Policies"] = {{"PasswordPolicy", std::move(policy)}};
  put(properties, "Schema", std::move(schema));
  if (!props.mfa_message.empty()) properties["SmsAuthenticationMessage"] = props.mfa_message;
  put(properties, "SmsConfiguration", std::move(sms_configuration));
  properties["SmsVerificationMessage"] = verification.sms_message;
  if (props.keep_original) {
    Json attrs = Json::array();
    if (props.keep_original->email) attrs.push_back("email");
    if (props.keep_original->phone) attrs.push_back("phone_number");
    properties["UserAttributeUpdateSettings"] = {
        {"AttributesRequireVerificationBeforeUpdate", std::move(attrs)}};
  }
  if (!props.user_pool_name.empty()) properties["UserPoolName"] = props.user_pool_name;
  if (props.feature_plan) properties["UserPoolTier"] = feature_plan_name(*props.feature_plan);
  put(properties, "UsernameAttributes", sign_in.username_attributes);
  if (props.sign_in_case_sensitive) {
    properties["UsernameConfiguration"] = {{"CaseSensitive", *props.sign_in_case_sensitive}};
  }
  properties["VerificationMessageTemplate"] = verification.message_template;

  resource_ = &add<CfnResource>(
      "Resource",
      {
          .properties = std::move(properties),
          .tagging = TagSpec{.property = "UserPoolTags", .type = TagType::map},
          .type = "AWS::Cognito::UserPool",
      });
  resource_->apply_removal_policy(props.removal_policy);
  user_pool_id_ = resource_->ref();
  user_pool_arn_ = resource_->get_att("Arn");
  user_pool_provider_name_ = resource_->get_att("ProviderName");
  user_pool_provider_url_ = resource_->get_att("ProviderURL");
}

iam::Grant UserPool::grant(
    const iam::IGrantable& grantee, const std::vector<std::string>& actions) const {
  return iam::Grant::add_to_principal(
      {.actions = actions, .grantee = grantee, .resource_arns = {user_pool_arn_}});
}

CfnResource* UserPool::sms_role_resource() noexcept {
  return sms_role_ == nullptr ? nullptr : &sms_role_->resource();
}

}  // namespace cdk::cognito
