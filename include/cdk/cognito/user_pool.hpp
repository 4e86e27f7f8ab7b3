#pragma once

#include <cdk/cognito/user_pool_attr.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/principal.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {
class CfnResource;
}
namespace cdk::iam {
class Role;
}

namespace cdk::cognito {

/// Whether users must use a second factor (MfaConfiguration).
enum class Mfa {
  off,       ///< "OFF"
  optional,  ///< "OPTIONAL": each user chooses
  required,  ///< "ON"
};

/// How users recover their account (AccountRecoverySetting).
enum class AccountRecovery {
  email_and_phone_without_mfa,  ///< verified email first, then a phone not used for MFA
  phone_without_mfa_and_email,  ///< a phone not used for MFA first, then verified email
  email_only,                   ///< verified email only
  phone_only_without_mfa,       ///< a phone not used for MFA only
  phone_and_email,              ///< Cognito's legacy behaviour (nothing rendered)
  none,                         ///< only an administrator can recover
};

/// How the verification email confirms the address (DefaultEmailOption).
enum class VerificationEmailStyle {
  code,  ///< "CONFIRM_WITH_CODE"
  link,  ///< "CONFIRM_WITH_LINK"
};

/// The pricing tier (UserPoolTier).
enum class FeaturePlan {
  lite,        ///< "LITE"
  essentials,  ///< "ESSENTIALS"
  plus,        ///< "PLUS"
};

/// Attributes Cognito verifies automatically (AutoVerifiedAttributes).
struct AutoVerifiedAttrs {
  bool email = false;
  bool phone = false;
};

/// Remembered devices (DeviceConfiguration).
struct DeviceTracking {
  bool challenge_required_on_new_device = false;
  bool device_only_remembered_on_user_prompt = false;
};

/// Attributes whose old value stays until the new one is verified
/// (UserAttributeUpdateSettings).
struct KeepOriginalAttrs {
  bool email = false;
  bool phone = false;
};

/// Which second factors users may use (EnabledMfas).
struct MfaSecondFactor {
  /// Email codes; needs an SES email configuration, which cdkpp doesn't support yet.
  bool email = false;
  /// Authenticator apps (TOTP).
  bool otp = false;
  /// SMS codes (creates the SMS role).
  bool sms = false;
};

/// Password rules (Policies.PasswordPolicy). Unset members are not rendered, except
/// min_length, which aws-cdk-lib sets to 8 whenever a policy is given.
struct PasswordPolicy {
  /// Minimum length, 6 to 99. Default: 8.
  std::optional<int> min_length{};
  /// How many previous passwords can't be reused, 0 to 24 (not with FeaturePlan::lite).
  std::optional<int> password_history_size{};
  std::optional<bool> require_digits{};
  std::optional<bool> require_lowercase{};
  std::optional<bool> require_symbols{};
  std::optional<bool> require_uppercase{};
  /// How long a temporary password stays valid: whole days, at most 365. Default: Cognito's (7
  /// days).
  std::optional<Duration> temp_password_validity{};
};

/// What users sign in with. aws-cdk-lib: username only when not given at all; once given,
/// each member defaults to false.
struct SignInAliases {
  bool email = false;
  bool phone = false;
  /// Needs `username`.
  bool preferred_username = false;
  bool username = false;
};

/// The invitation sent to users an administrator creates (InviteMessageTemplate).
struct UserInvitationConfig {
  std::optional<std::string> email_body{};
  std::optional<std::string> email_subject{};
  std::optional<std::string> sms_message{};
};

/// The messages that verify a user's email or phone (VerificationMessageTemplate).
struct UserVerificationConfig {
  /// Default: "The verification code to your new account is {####}" (code style) or
  /// "Verify your account by clicking on {##Verify Email##}" (link style).
  std::optional<std::string> email_body{};
  /// Default: VerificationEmailStyle::code.
  VerificationEmailStyle email_style = VerificationEmailStyle::code;
  /// Default: "Verify your new account".
  std::optional<std::string> email_subject{};
  /// Must contain "{####}". Default: "The verification code to your new account is {####}".
  std::optional<std::string> sms_message{};
};

/// Props of a UserPool (aws-cdk-lib's UserPoolProps). Not yet supported: lambda triggers,
/// email (SES) settings, an existing SMS role, threat protection, sign-in policy, passkeys.
struct UserPoolProps {
  /// Default: AccountRecovery::phone_without_mfa_and_email.
  AccountRecovery account_recovery = AccountRecovery::phone_without_mfa_and_email;
  /// Default: the email and phone sign-in aliases.
  std::optional<AutoVerifiedAttrs> auto_verify{};
  /// Default: none.
  CustomAttributes custom_attributes{};
  /// true renders "ACTIVE", false "INACTIVE". Default: not rendered (Cognito: inactive).
  std::optional<bool> deletion_protection{};
  /// Default: not rendered (no device tracking).
  std::optional<DeviceTracking> device_tracking{};
  /// true always creates the SMS role, false never does. Default: only when SMS MFA or
  /// phone verification needs it.
  std::optional<bool> enable_sms_role{};
  /// Default: not rendered (Cognito: essentials).
  std::optional<FeaturePlan> feature_plan{};
  /// Default: not rendered.
  std::optional<KeepOriginalAttrs> keep_original{};
  /// Default: not rendered (Cognito: off).
  std::optional<Mfa> mfa{};
  /// The SMS MFA message, containing "{####}", at most 140 characters. Default: Cognito's.
  std::string mfa_message{};
  /// Default: SMS only when mfa is optional or required.
  std::optional<MfaSecondFactor> mfa_second_factor{};
  /// Default: not rendered (Cognito's defaults).
  std::optional<PasswordPolicy> password_policy{};
  /// Default: RemovalPolicy::retain (aws-cdk-lib keeps user pools).
  RemovalPolicy removal_policy = RemovalPolicy::retain;
  /// Default: false (only administrators create users).
  bool self_sign_up_enabled = false;
  /// Default: username only.
  std::optional<SignInAliases> sign_in_aliases{};
  /// Default: not rendered (Cognito: case sensitive).
  std::optional<bool> sign_in_case_sensitive{};
  /// The region of the SNS endpoint for SMS. Default: the pool's region.
  std::string sns_region{};
  /// Default: none.
  StandardAttributes standard_attributes{};
  /// Default: Cognito's invitation messages.
  std::optional<UserInvitationConfig> user_invitation{};
  /// Default: a generated name.
  std::string user_pool_name{};
  /// Default: code-style messages.
  UserVerificationConfig user_verification{};
};

/// A Cognito user pool (AWS::Cognito::UserPool), rendered as aws-cdk-lib's UserPool renders it,
/// including the SMS role (`smsRole`) it creates when SMS MFA or phone verification needs one.
class UserPool : public Construct {
 public:
  using Props = UserPoolProps;

  UserPool(Scope scope, UserPoolProps props);

  /// The pool id (Ref).
  const std::string& user_pool_id() const noexcept { return user_pool_id_; }
  /// The pool ARN (GetAtt Arn).
  const std::string& user_pool_arn() const noexcept { return user_pool_arn_; }
  /// The provider name, "cognito-idp.<region>.amazonaws.com/<id>" (GetAtt ProviderName).
  const std::string& user_pool_provider_name() const noexcept { return user_pool_provider_name_; }
  /// The provider URL (GetAtt ProviderURL).
  const std::string& user_pool_provider_url() const noexcept { return user_pool_provider_url_; }

  /// Grants `actions` on this pool to `grantee`: a statement on the pool ARN in the grantee's
  /// policy, as aws-cdk-lib's UserPool.grant.
  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) const;

  /// The AWS::Cognito::UserPool resource.
  CfnResource& resource() noexcept { return *resource_; }
  /// The SMS role (child "smsRole"), or nullptr when none was created.
  iam::Role* sms_role() noexcept { return sms_role_; }
  /// The AWS::IAM::Role resource of the SMS role, or nullptr when none was created.
  CfnResource* sms_role_resource() noexcept;

 private:
  iam::Role* sms_role_ = nullptr;
  CfnResource* resource_ = nullptr;
  std::string user_pool_id_;
  std::string user_pool_arn_;
  std::string user_pool_provider_name_;
  std::string user_pool_provider_url_;
};

}  // namespace cdk::cognito
