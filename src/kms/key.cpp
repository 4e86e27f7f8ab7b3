#include <algorithm>
#include <array>
#include <cdk/core/arn.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/kms/key.hpp>
#include <cstdint>
#include <map>

#include "kms/detail/imported_key.hpp"
#include "kms/detail/key_grants.hpp"
#include "kms/perms.hpp"

namespace cdk::kms {
namespace {

using Json = nlohmann::ordered_json;

// The key specs each usage rejects (aws-cdk-lib's denyLists in key.ts).
bool spec_denied(KeyUsage usage, KeySpec spec) {
  using S = KeySpec;
  static const std::map<KeyUsage, std::vector<KeySpec>> deny = {
      {KeyUsage::encrypt_decrypt,
       {S::ecc_nist_p256,
        S::ecc_nist_p384,
        S::ecc_nist_p521,
        S::ecc_secg_p256k1,
        S::hmac_224,
        S::hmac_256,
        S::hmac_384,
        S::hmac_512,
        S::ml_dsa_44,
        S::ml_dsa_65,
        S::ml_dsa_87}},
      {KeyUsage::sign_verify,
       {S::symmetric_default, S::hmac_224, S::hmac_256, S::hmac_384, S::hmac_512}},
      {KeyUsage::generate_verify_mac,
       {S::rsa_2048,
        S::rsa_3072,
        S::rsa_4096,
        S::ecc_nist_p256,
        S::ecc_nist_p384,
        S::ecc_nist_p521,
        S::ecc_secg_p256k1,
        S::symmetric_default,
        S::sm2,
        S::ml_dsa_44,
        S::ml_dsa_65,
        S::ml_dsa_87}},
      {KeyUsage::key_agreement,
       {S::symmetric_default,
        S::rsa_2048,
        S::rsa_3072,
        S::rsa_4096,
        S::ecc_secg_p256k1,
        S::hmac_224,
        S::hmac_256,
        S::hmac_384,
        S::hmac_512,
        S::ml_dsa_44,
        S::ml_dsa_65,
        S::ml_dsa_87}},
  };
  const auto& specs = deny.at(usage);
  return std::find(specs.begin(), specs.end(), spec) != specs.end();
}

bool is_hmac(KeySpec spec) {
  return spec == KeySpec::hmac_224 || spec == KeySpec::hmac_256 || spec == KeySpec::hmac_384 ||
         spec == KeySpec::hmac_512;
}

std::int64_t whole_days(const cdk::Duration& duration) {
  return static_cast<std::int64_t>(duration.to_days());
}

}  // namespace

std::string to_string(KeySpec spec) {
  static const std::array<const char*, 17> names = {
      "SYMMETRIC_DEFAULT",
      "RSA_2048",
      "RSA_3072",
      "RSA_4096",
      "ECC_NIST_P256",
      "ECC_NIST_P384",
      "ECC_NIST_P521",
      "ECC_SECG_P256K1",
      "ECC_NIST_EDWARDS25519",
      "HMAC_224",
      "HMAC_256",
      "HMAC_384",
      "HMAC_512",
      "SM2",
      "ML_DSA_44",
      "ML_DSA_65",
      "ML_DSA_87",
  };
  return names.at(static_cast<std::size_t>(spec));
}

std::string to_string(KeyUsage usage) {
  static const std::array<const char*, 4> names = {
      "ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"};
  return names.at(static_cast<std::size_t>(usage));
}

Key::Key(cdk::Scope scope, KeyProps props) : IKey(std::move(scope)) {
  const std::string& path = node().path();
  const KeySpec spec = props.key_spec.value_or(KeySpec::symmetric_default);
  const KeyUsage usage = props.key_usage.value_or(KeyUsage::encrypt_decrypt);
  if (spec_denied(usage, spec)) {
    throw ValidationError(
        "key spec '" + to_string(spec) + "' is not valid with usage '" + to_string(usage) +
            "'\n    fix: choose a .key_spec that KMS allows for .key_usage",
        path);
  }
  const bool rotation_requested = props.enable_key_rotation.value_or(false);
  if (is_hmac(spec) && rotation_requested) {
    throw ValidationError(
        "key rotation cannot be enabled on HMAC keys\n    fix: drop .enable_key_rotation", path);
  }
  if (spec != KeySpec::symmetric_default && rotation_requested) {
    throw ValidationError(
        "key rotation cannot be enabled on asymmetric keys\n    fix: drop .enable_key_rotation",
        path);
  }
  std::optional<bool> enable_key_rotation = props.enable_key_rotation;
  std::optional<std::int64_t> rotation_days;
  if (props.rotation_period) {
    if (props.enable_key_rotation == false) {
      throw ValidationError(
          "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled\n"
          "    fix: drop .rotation_period, or set .enable_key_rotation = true",
          path);
    }
    rotation_days = whole_days(*props.rotation_period);
    if (*rotation_days < 90 || *rotation_days > 2560) {
      // aws-cdk-lib's message says 2650; the limit it checks (and KMS's) is 2560.
      throw ValidationError(
          "'rotationPeriod' value must between 90 and 2650 days. Received: " +
              std::to_string(*rotation_days) +
              "\n    fix: set .rotation_period between Duration::days(90) and "
              "Duration::days(2560)",
          path);
    }
    if (!enable_key_rotation) enable_key_rotation = true;
  }

  if (props.policy) {
    policy_ = std::move(*props.policy);
  } else {
    // aws-cdk-lib v2's default key policy (@aws-cdk/aws-kms:defaultKeyPolicies): the account
    // may do everything, so IAM policies of the account decide who uses the key.
    policy_.add_statements(cdk::iam::PolicyStatement({
        .actions = {"kms:*"},
        .principals = {cdk::iam::AccountRootPrincipal()},
        .resources = {"*"},
    }));
  }

  std::optional<std::int64_t> pending_days;
  if (props.pending_window) {
    pending_days = whole_days(*props.pending_window);
    if (*pending_days < 7 || *pending_days > 30) {
      throw ValidationError(
          "'pendingWindow' value must between 7 and 30 days. Received: " +
              std::to_string(*pending_days) +
              "\n    fix: set .pending_window between Duration::days(7) and Duration::days(30)",
          path);
    }
  }

  Json properties = Json::object();
  if (!props.description.empty()) properties["Description"] = props.description;
  if (enable_key_rotation) properties["EnableKeyRotation"] = *enable_key_rotation;
  if (props.enabled) properties["Enabled"] = *props.enabled;
  properties["KeyPolicy"] = policy_.to_json(*this);
  if (props.key_spec) properties["KeySpec"] = to_string(*props.key_spec);
  if (props.key_usage) properties["KeyUsage"] = to_string(*props.key_usage);
  if (props.multi_region) properties["MultiRegion"] = *props.multi_region;
  if (pending_days) properties["PendingWindowInDays"] = *pending_days;
  if (rotation_days) properties["RotationPeriodInDays"] = *rotation_days;
  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {.properties = std::move(properties), .tagging = cdk::TagSpec{}, .type = "AWS::KMS::Key"});
  key_arn_ = resource_->get_att("Arn");
  key_id_ = resource_->ref();
  resource_->apply_removal_policy(props.removal_policy);
  for (const auto& admin : props.admins) grant_admin(admin);
  if (!props.alias.empty()) add_alias(props.alias);
  node().add_validation([this] { return policy_.validate_for_resource_policy(); });
}

IKey& Key::from_key_arn(cdk::Construct& scope, std::string id, const std::string& key_arn) {
  const cdk::ArnComponents parts = cdk::Arn::split(key_arn, cdk::ArnFormat::slash_resource_name);
  if (!parts.resource_name || parts.resource_name->empty()) {
    throw ValidationError(
        "KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', "
        "got: '" +
            key_arn + "'\n    fix: pass the ARN of a key, not of an alias or a key list",
        scope.node().path());
  }
  std::string account = parts.account.value_or("");
  if (account.empty()) account = cdk::Stack::of(scope).account();
  return scope.add<detail::ImportedKey>(
      std::move(id), {.account = account, .key_arn = key_arn, .key_id = *parts.resource_name});
}

Alias& Key::add_alias(const std::string& alias_name) {
  std::string id = "Alias";
  if (!aliases_.empty()) {
    // A construct id can't hold "/": it becomes "--", as the constructs library does.
    id += alias_name;
    for (std::size_t at = id.find('/'); at != std::string::npos; at = id.find('/', at + 2)) {
      id.replace(at, 1, "--");
    }
  }
  Alias& alias = add<Alias>(std::move(id), {.alias_name = alias_name, .target_key = this});
  aliases_.push_back(&alias);
  return alias;
}

cdk::iam::AddToResourcePolicyResult Key::add_to_resource_policy(
    const cdk::iam::PolicyStatement& statement) {
  policy_.add_statements(statement);
  return {.policy_dependable = this, .statement_added = true};
}

cdk::iam::Grant Key::grant(
    const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  return detail::grant_on_key(*this, grantee, actions);
}

cdk::iam::Grant Key::grant_admin(const cdk::iam::IGrantable& grantee) {
  return grant(grantee, detail::admin_actions());
}

}  // namespace cdk::kms
