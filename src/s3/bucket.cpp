#include <fmt/format.h>

#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/kms/key_base.hpp>
#include <cdk/s3/bucket.hpp>

#include "core/detail/json_object.hpp"
#include "iam/detail/tokens.hpp"
#include "s3/detail/join_lines.hpp"
#include "s3/detail/own_key.hpp"
#include "s3/detail/render.hpp"

namespace cdk::s3 {
namespace {

using detail::absent;
using Json = nlohmann::ordered_json;

constexpr const char* kLogsPolicyFlag = "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy";
constexpr const char* kPublicAccessFlag = "@aws-cdk/aws-s3:publicAccessBlockedByDefault";

// aws-cdk-lib's FeatureFlags.isEnabled for a flag that is off by default: `!!context`.
bool feature_enabled(const cdk::Construct& scope, const char* flag) {
  const nlohmann::json* value = scope.node().try_get_context(flag);
  if (value == nullptr || value->is_null()) return false;
  if (value->is_boolean()) return value->get<bool>();
  if (value->is_number()) return value->get<double>() != 0;
  if (value->is_string()) return !value->get_ref<const std::string&>().empty();
  return true;
}

using detail::join_lines;

struct Encryption {
  Json configuration = absent();
  cdk::kms::IKey* key = nullptr;
};

// aws-cdk-lib's parseEncryption (without blocked encryption types).
Encryption parse_encryption(Bucket& bucket, const BucketProps& props) {
  const std::string& path = bucket.node().path();
  const BucketEncryption type = props.encryption.value_or(
      props.encryption_key != nullptr ? BucketEncryption::kms : BucketEncryption::unencrypted);
  if (props.encryption_key != nullptr && type != BucketEncryption::kms &&
      type != BucketEncryption::dsse) {
    throw ValidationError(
        fmt::format(
            "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: {})\n"
            "    fix: drop .encryption_key, or set .encryption = s3::BucketEncryption::kms",
            detail::encryption_name(type)),
        path);
  }
  if (props.bucket_key_enabled.value_or(false) && type == BucketEncryption::unencrypted) {
    throw ValidationError(
        fmt::format(
            "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 "
            "(value: {})\n"
            "    fix: drop .bucket_key_enabled, or choose an encryption",
            detail::encryption_name(type)),
        path);
  }
  Encryption out;
  Json by_default = Json::object();
  switch (type) {
    case BucketEncryption::unencrypted:
      return out;
    case BucketEncryption::kms:
    case BucketEncryption::dsse: {
      const bool kms = type == BucketEncryption::kms;
      out.key = props.encryption_key != nullptr
                    ? props.encryption_key
                    : &detail::create_own_key(bucket, /*enable_key_rotation=*/kms);
      by_default["KMSMasterKeyID"] = out.key->key_arn();
      by_default["SSEAlgorithm"] = kms ? "aws:kms" : "aws:kms:dsse";
      break;
    }
    case BucketEncryption::s3_managed:
      by_default["SSEAlgorithm"] = "AES256";
      break;
    case BucketEncryption::kms_managed:
      by_default["SSEAlgorithm"] = "aws:kms";
      break;
    case BucketEncryption::dsse_managed:
      by_default["SSEAlgorithm"] = "aws:kms:dsse";
      break;
  }
  Json rule = Json::object();
  if (props.bucket_key_enabled) rule["BucketKeyEnabled"] = *props.bucket_key_enabled;
  rule["ServerSideEncryptionByDefault"] = std::move(by_default);
  out.configuration = {{"ServerSideEncryptionConfiguration", Json::array({std::move(rule)})}};
  return out;
}

// aws-cdk-lib's parseObjectLockConfig.
Json object_lock_configuration(const BucketProps& props, const std::string& path) {
  if (!props.object_lock_default_retention) return absent();
  if (props.object_lock_enabled == false) {
    throw ValidationError(
        "Object Lock must be enabled to configure default retention settings\n"
        "    fix: drop .object_lock_enabled = false, or drop .object_lock_default_retention",
        path);
  }
  const ObjectLockRetention& retention = *props.object_lock_default_retention;
  return {
      {"ObjectLockEnabled", "Enabled"},
      {"Rule",
       {{"DefaultRetention",
         {{"Days", static_cast<long long>(retention.duration().to_days())},
          {"Mode", retention.mode() == ObjectLockMode::governance ? "GOVERNANCE" : "COMPLIANCE"}}}}},
  };
}

// aws-cdk-lib's parseServerAccessLogs.
Json logging_configuration(const BucketProps& props, const std::string& path) {
  if (props.server_access_logs_bucket == nullptr && props.server_access_logs_prefix.empty()) {
    return absent();
  }
  if (props.server_access_logs_bucket == nullptr &&
      (props.encryption == BucketEncryption::kms_managed ||
       props.encryption == BucketEncryption::dsse_managed)) {
    throw ValidationError(
        "Default bucket encryption with KMS managed or DSSE managed key is not supported for "
        "Server Access Logging target buckets\n"
        "    fix: use s3_managed, kms or dsse encryption, or log to another bucket",
        path);
  }
  Json out = Json::object();
  if (props.server_access_logs_bucket != nullptr) {
    if (cdk::kms::IKey* key = props.server_access_logs_bucket->encryption_key()) {
      key->grant_encrypt_decrypt(cdk::iam::ServicePrincipal("logging.s3.amazonaws.com"));
    }
    out["DestinationBucketName"] = props.server_access_logs_bucket->bucket_name();
  }
  if (!props.server_access_logs_prefix.empty()) {
    out["LogFilePrefix"] = props.server_access_logs_prefix;
  }
  return out;
}

std::string url_join(std::vector<std::string> components) {
  std::string result = components.front();
  for (std::size_t i = 1; i < components.size(); ++i) {
    std::string component = components[i];
    if (!result.empty() && result.back() == '/') result.pop_back();
    if (!component.empty() && component.front() == '/') component.erase(0, 1);
    result += "/" + component;
  }
  return result;
}

}  // namespace

Bucket::Bucket(cdk::Scope scope, BucketProps props)
    : IBucket(std::move(scope)),
      object_ownership_(props.object_ownership),
      access_control_(props.access_control),
      transition_default_minimum_object_size_(props.transition_default_minimum_object_size) {
  const std::string& path = node().path();
  Encryption encryption = parse_encryption(*this, props);
  encryption_key_ = encryption.key;

  const auto name_errors = validate_bucket_name(props.bucket_name);
  if (!name_errors.empty()) {
    throw ValidationError(
        fmt::format(
            "Invalid S3 bucket name (value: {}){}\n"
            "    fix: use 3 to 63 lowercase letters, digits, dots and dashes, starting and ending "
            "with a letter or digit",
            props.bucket_name,
            join_lines(name_errors)),
        path);
  }
  Json public_access = absent();
  if (props.block_public_access) {
    BlockPublicAccess block = *props.block_public_access;
    if (feature_enabled(*this, kPublicAccessFlag)) {
      block = {
          block.block_public_acls.value_or(true),
          block.block_public_policy.value_or(true),
          block.ignore_public_acls.value_or(true),
          block.restrict_public_buckets.value_or(true),
      };
    }
    public_access = detail::render_public_access_block(block);
  }
  Json object_lock = object_lock_configuration(props, path);
  ownership_controls_ = ownership_controls(access_control_);
  Json logging = logging_configuration(props, path);
  Json tiering = detail::render_intelligent_tiering(props.intelligent_tiering_configurations, path);

  // Keys in CloudFormation-name order, as aws-cdk-lib's generated CfnBucket renders them. ACL,
  // ownership controls and lifecycle rules can change later, so they render at synthesis.
  Json properties = cdk::detail::object_with_room(11);  // room for the keys below
  properties["AccessControl"] = cdk::Lazy::uncached_any(
      *this,
      [this] {
        return access_control_ ? Json(detail::access_control_name(*access_control_)) : absent();
      },
      {.concurrent = true});
  if (!encryption.configuration.is_discarded()) {
    properties["BucketEncryption"] = std::move(encryption.configuration);
  }
  if (!props.bucket_name.empty()) properties["BucketName"] = props.bucket_name;
  if (!tiering.is_discarded()) properties["IntelligentTieringConfigurations"] = std::move(tiering);
  properties["LifecycleConfiguration"] =
      cdk::Lazy::uncached_any(*this, [this] { return render_lifecycle(); }, {.concurrent = true});
  if (!logging.is_discarded()) properties["LoggingConfiguration"] = std::move(logging);
  if (!object_lock.is_discarded()) {
    properties["ObjectLockConfiguration"] = std::move(object_lock);
    properties["ObjectLockEnabled"] = true;
  } else if (props.object_lock_enabled) {
    properties["ObjectLockEnabled"] = *props.object_lock_enabled;
  }
  properties["OwnershipControls"] =
      cdk::Lazy::uncached_any(*this, [this] { return ownership_controls_; }, {.concurrent = true});
  if (!public_access.is_discarded()) {
    properties["PublicAccessBlockConfiguration"] = std::move(public_access);
  }
  if (props.versioned) properties["VersioningConfiguration"] = {{"Status", "Enabled"}};

  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {.properties = std::move(properties), .tagging = cdk::TagSpec{}, .type = "AWS::S3::Bucket"});
  resource_->apply_removal_policy(props.removal_policy);

  // Physical names for consumers in other environments, as aws-cdk-lib's bucketArn/bucketName.
  const std::string physical_name = props.bucket_name;
  auto require_name = [this, physical_name](const char* attribute) {
    if (physical_name.empty()) {
      throw ValidationError(
          std::string("the bucket's ") + attribute +
              " is used in a stack of another account or region, so the bucket needs a name "
              "known before deployment (got no .bucket_name)\n"
              "    fix: set .bucket_name (aws-cdk-lib would generate one; cdkpp does not)",
          node().path());
    }
    return physical_name;
  };
  bucket_arn_ = Token::as_string(
      *this,
      std::make_shared<cdk::iam::detail::CrossEnvironmentToken>(
          *this, resource_->get_att("Arn"), [this, require_name] {
            return cdk::Stack::of(*this).format_arn(
                {.account = "",
                 .region = "",
                 .resource = require_name("bucket_arn"),
                 .service = "s3"});
          }));
  bucket_name_ = Token::as_string(
      *this,
      std::make_shared<cdk::iam::detail::CrossEnvironmentToken>(
          *this, resource_->ref(), [require_name] { return require_name("bucket_name"); }));

  if (props.enforce_ssl) {
    add_to_resource_policy(cdk::iam::PolicyStatement({
        .actions = {"s3:*"},
        .conditions = {{"Bool", {{"aws:SecureTransport", "false"}}}},
        .effect = cdk::iam::Effect::deny,
        .principals = {cdk::iam::AnyPrincipal()},
        .resources = {bucket_arn_, arn_for_objects("*")},
    }));
    if (props.minimum_tls_version) {
      add_to_resource_policy(cdk::iam::PolicyStatement({
          .actions = {"s3:*"},
          .conditions = {{"NumericLessThan", {{"s3:TlsVersion", *props.minimum_tls_version}}}},
          .effect = cdk::iam::Effect::deny,
          .principals = {cdk::iam::AnyPrincipal()},
          .resources = {bucket_arn_, arn_for_objects("*")},
      }));
    }
  } else if (props.minimum_tls_version) {
    throw ValidationError(
        "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied\n"
        "    fix: set .enforce_ssl = true, or drop .minimum_tls_version",
        path);
  }

  if (auto* target = dynamic_cast<Bucket*>(props.server_access_logs_bucket)) {
    target->allow_log_delivery(this, props.server_access_logs_prefix);
  } else if (props.server_access_logs_bucket == nullptr && !props.server_access_logs_prefix.empty()) {
    allow_log_delivery(this, props.server_access_logs_prefix);
  }

  for (const auto& rule : props.lifecycle_rules) add_lifecycle_rule(rule);
  node().add_validation([this] {
    return policy_ != nullptr ? policy_->document().validate_for_resource_policy()
                              : std::vector<std::string>{};
  });
}

cdk::iam::AddToResourcePolicyResult Bucket::add_to_resource_policy(
    const cdk::iam::PolicyStatement& statement) {
  if (policy_ == nullptr) policy_ = &add<BucketPolicy>("Policy", {.bucket = this});
  policy_->document().add_statements(statement);
  return {.policy_dependable = policy_, .statement_added = true};
}

void Bucket::add_lifecycle_rule(const LifecycleRule& rule) {
  detail::validate_lifecycle_rule(rule, node().path());
  lifecycle_rules_.push_back(rule);
}

nlohmann::ordered_json Bucket::render_lifecycle() const {
  return detail::render_lifecycle(lifecycle_rules_, transition_default_minimum_object_size_);
}

// aws-cdk-lib's parseOwnershipControls: ACLs that grant others access need object ownership
// controls, which default to ObjectWriter.
nlohmann::ordered_json Bucket::ownership_controls(std::optional<BucketAccessControl> acl) const {
  const bool acl_needs_ownership = acl && *acl != BucketAccessControl::private_ &&
                                   *acl != BucketAccessControl::bucket_owner_read &&
                                   *acl != BucketAccessControl::bucket_owner_full_control;
  if (!object_ownership_ && !acl_needs_ownership) return absent();
  if (acl_needs_ownership && object_ownership_ == ObjectOwnership::bucket_owner_enforced) {
    throw ValidationError(
        fmt::format(
            "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"{}\"\n"
            "    fix: use s3::ObjectOwnership::object_writer or bucket_owner_preferred, or drop "
            "the ACL",
            detail::access_control_name(*acl)),
        node().path());
  }
  return {
      {"Rules",
       Json::array({{{"ObjectOwnership",
                      detail::object_ownership_name(
                          object_ownership_.value_or(ObjectOwnership::object_writer))}}})}};
}

// aws-cdk-lib's allowLogDelivery: by default (feature flag off) the log-delivery ACL; with
// @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy a statement for the logging service, limited
// to the source bucket when it is in this stack.
void Bucket::allow_log_delivery(const Bucket* from, const std::string& prefix) {
  if (feature_enabled(*this, kLogsPolicyFlag)) {
    Json conditions = Json::object();
    if (from != nullptr && &cdk::Stack::of(*this) == &cdk::Stack::of(*from)) {
      conditions = {
          {"ArnLike", {{"aws:SourceArn", from->bucket_arn()}}},
          {"StringEquals", {{"aws:SourceAccount", cdk::Stack::of(*from).account()}}},
      };
    }
    add_to_resource_policy(cdk::iam::PolicyStatement({
        .actions = {"s3:PutObject"},
        .conditions = std::move(conditions),
        .effect = cdk::iam::Effect::allow,
        .principals = {cdk::iam::ServicePrincipal("logging.s3.amazonaws.com")},
        .resources = {arn_for_objects(prefix.empty() ? "*" : prefix + "*")},
    }));
    return;
  }
  if (access_control_ && *access_control_ != BucketAccessControl::log_delivery_write) {
    throw ValidationError(
        fmt::format(
            "Cannot enable log delivery to this bucket because the bucket's ACL has been set and "
            "can't be changed (got access_control {})\n"
            "    fix: drop .access_control of the log bucket, or set it to log_delivery_write",
            detail::access_control_name(*access_control_)),
        node().path());
  }
  ownership_controls_ = ownership_controls(BucketAccessControl::log_delivery_write);
  access_control_ = BucketAccessControl::log_delivery_write;
}

std::string Bucket::bucket_domain_name() const { return resource_->get_att("DomainName"); }

std::string Bucket::bucket_regional_domain_name() const {
  return resource_->get_att("RegionalDomainName");
}

std::string Bucket::bucket_dual_stack_domain_name() const {
  return resource_->get_att("DualStackDomainName");
}

std::string Bucket::bucket_website_url() const { return resource_->get_att("WebsiteURL"); }

std::string Bucket::bucket_website_domain_name() const {
  return cdk::Fn::select(2, cdk::Fn::split("/", bucket_website_url()));
}

std::string Bucket::url_for_object(const std::string& key) const {
  const cdk::Stack& stack = cdk::Stack::of(*this);
  const std::string prefix = "https://s3." + stack.region() + "." + stack.url_suffix() + "/";
  return key.empty() ? url_join({prefix, bucket_name_}) : url_join({prefix, bucket_name_, key});
}

std::string Bucket::s3_url_for_object(const std::string& key) const {
  return key.empty() ? url_join({"s3://", bucket_name_}) : url_join({"s3://", bucket_name_, key});
}

std::string Bucket::virtual_hosted_url_for_object(const std::string& key, bool regional) const {
  const std::string prefix =
      "https://" + (regional ? bucket_regional_domain_name() : bucket_domain_name());
  return key.empty() ? prefix : url_join({prefix, key});
}

}  // namespace cdk::s3
