#include "s3/detail/render.hpp"

#include <cdk/core/errors.hpp>

#include "core/detail/json_object.hpp"

namespace cdk::s3::detail {
namespace {

long long whole_days(const cdk::Duration& duration) {
  return static_cast<long long>(duration.to_days());
}

Json tag_filters(const std::vector<std::pair<std::string, std::string>>& tags) {
  if (tags.empty()) return absent();
  Json out = Json::array();
  for (const auto& [key, value] : tags) out.push_back({{"Key", key}, {"Value", value}});
  return out;
}

void put(Json& object, const char* key, Json value) {
  if (!value.is_discarded()) object[key] = std::move(value);
}

Json render_rule(const LifecycleRule& rule) {
  Json out = cdk::detail::object_with_room(12);  // room for the keys below
  if (rule.abort_incomplete_multipart_upload_after) {
    out["AbortIncompleteMultipartUpload"] = {
        {"DaysAfterInitiation", whole_days(*rule.abort_incomplete_multipart_upload_after)}};
  }
  if (!rule.expiration_date.empty()) out["ExpirationDate"] = rule.expiration_date;
  if (rule.expiration) out["ExpirationInDays"] = whole_days(*rule.expiration);
  if (rule.expired_object_delete_marker) {
    out["ExpiredObjectDeleteMarker"] = *rule.expired_object_delete_marker;
  }
  if (!rule.id.empty()) out["Id"] = rule.id;
  if (rule.noncurrent_version_expiration) {
    Json expiration = Json::object();
    if (rule.noncurrent_versions_to_retain) {
      expiration["NewerNoncurrentVersions"] = *rule.noncurrent_versions_to_retain;
    }
    expiration["NoncurrentDays"] = whole_days(*rule.noncurrent_version_expiration);
    out["NoncurrentVersionExpiration"] = std::move(expiration);
  }
  if (!rule.noncurrent_version_transitions.empty()) {
    Json transitions = Json::array();
    for (const auto& transition : rule.noncurrent_version_transitions) {
      Json item = Json::object();
      if (transition.noncurrent_versions_to_retain) {
        item["NewerNoncurrentVersions"] = *transition.noncurrent_versions_to_retain;
      }
      item["StorageClass"] = transition.storage_class.value();
      item["TransitionInDays"] = whole_days(transition.transition_after);
      transitions.push_back(std::move(item));
    }
    out["NoncurrentVersionTransitions"] = std::move(transitions);
  }
  if (rule.object_size_greater_than) out["ObjectSizeGreaterThan"] = *rule.object_size_greater_than;
  if (rule.object_size_less_than) out["ObjectSizeLessThan"] = *rule.object_size_less_than;
  if (!rule.prefix.empty()) out["Prefix"] = rule.prefix;
  out["Status"] = rule.enabled ? "Enabled" : "Disabled";
  put(out, "TagFilters", tag_filters(rule.tag_filters));
  if (!rule.transitions.empty()) {
    Json transitions = Json::array();
    for (const auto& transition : rule.transitions) {
      Json item{{"StorageClass", transition.storage_class.value()}};
      if (!transition.transition_date.empty()) item["TransitionDate"] = transition.transition_date;
      if (transition.transition_after) {
        item["TransitionInDays"] = whole_days(*transition.transition_after);
      }
      transitions.push_back(std::move(item));
    }
    out["Transitions"] = std::move(transitions);
  }
  return out;
}

}  // namespace

Json absent() { return Json(Json::value_t::discarded); }

const char* access_control_name(BucketAccessControl acl) {
  switch (acl) {
    case BucketAccessControl::private_:
      return "Private";
    case BucketAccessControl::public_read:
      return "PublicRead";
    case BucketAccessControl::public_read_write:
      return "PublicReadWrite";
    case BucketAccessControl::authenticated_read:
      return "AuthenticatedRead";
    case BucketAccessControl::log_delivery_write:
      return "LogDeliveryWrite";
    case BucketAccessControl::bucket_owner_read:
      return "BucketOwnerRead";
    case BucketAccessControl::bucket_owner_full_control:
      return "BucketOwnerFullControl";
    case BucketAccessControl::aws_exec_read:
      break;
  }
  return "AwsExecRead";
}

const char* object_ownership_name(ObjectOwnership ownership) {
  switch (ownership) {
    case ObjectOwnership::bucket_owner_enforced:
      return "BucketOwnerEnforced";
    case ObjectOwnership::bucket_owner_preferred:
      return "BucketOwnerPreferred";
    case ObjectOwnership::object_writer:
      break;
  }
  return "ObjectWriter";
}

const char* encryption_name(BucketEncryption encryption) {
  switch (encryption) {
    case BucketEncryption::unencrypted:
      return "UNENCRYPTED";
    case BucketEncryption::kms_managed:
      return "KMS_MANAGED";
    case BucketEncryption::s3_managed:
      return "S3_MANAGED";
    case BucketEncryption::kms:
      return "KMS";
    case BucketEncryption::dsse_managed:
      return "DSSE_MANAGED";
    case BucketEncryption::dsse:
      break;
  }
  return "DSSE";
}

void validate_lifecycle_rule(const LifecycleRule& rule, const std::string& path) {
  if (rule.expired_object_delete_marker.value_or(false) &&
      (rule.expiration || !rule.expiration_date.empty() || !rule.tag_filters.empty())) {
    throw ValidationError(
        "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or "
        "TagFilters.\n"
        "    fix: drop .expired_object_delete_marker, or put it in a rule of its own",
        path);
  }
  if (!rule.abort_incomplete_multipart_upload_after && !rule.expiration &&
      rule.expiration_date.empty() && !rule.expired_object_delete_marker &&
      !rule.noncurrent_version_expiration && !rule.noncurrent_versions_to_retain &&
      rule.noncurrent_version_transitions.empty() && rule.transitions.empty()) {
    throw ValidationError(
        "All rules for `lifecycleRules` must have at least one of the following properties: "
        "`abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, "
        "`expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, "
        "`noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`\n"
        "    fix: give the rule an action, e.g. .expiration = cdk::Duration::days(n)",
        path);
  }
  for (const auto& transition : rule.transitions) {
    if (transition.transition_after.has_value() == !transition.transition_date.empty()) {
      throw ValidationError(
          "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule "
          "transition\n"
          "    fix: set either .transition_after or .transition_date of the transition to " +
              transition.storage_class.value(),
          path);
    }
  }
  // Durations must be whole days (Duration::to_days throws aws-cdk-lib's message).
  try {
    render_rule(rule);
  } catch (const ValidationError& error) {
    throw ValidationError(error.message(), path);
  }
}

Json render_lifecycle(
    const std::vector<LifecycleRule>& rules,
    std::optional<TransitionDefaultMinimumObjectSize> minimum_object_size) {
  if (rules.empty()) return absent();
  Json rendered = Json::array();
  for (const auto& rule : rules) rendered.push_back(render_rule(rule));
  Json out{{"Rules", std::move(rendered)}};
  if (minimum_object_size) {
    out["TransitionDefaultMinimumObjectSize"] =
        *minimum_object_size == TransitionDefaultMinimumObjectSize::all_storage_classes_128k
            ? "all_storage_classes_128K"
            : "varies_by_storage_class";
  }
  return out;
}

namespace {

Json render_tiering(const std::vector<IntelligentTieringConfiguration>& configs) {
  Json out = Json::array();
  for (const auto& config : configs) {
    Json tierings = Json::array();
    if (config.archive_access_tier_time) {
      tierings.push_back(
          {{"AccessTier", "ARCHIVE_ACCESS"}, {"Days", whole_days(*config.archive_access_tier_time)}});
    }
    if (config.deep_archive_access_tier_time) {
      tierings.push_back(
          {{"AccessTier", "DEEP_ARCHIVE_ACCESS"},
           {"Days", whole_days(*config.deep_archive_access_tier_time)}});
    }
    Json item{{"Id", config.name}};
    if (!config.prefix.empty()) item["Prefix"] = config.prefix;
    item["Status"] = "Enabled";
    if (!config.tags.empty()) {
      Json tags = Json::array();
      for (const auto& tag : config.tags) tags.push_back({{"Key", tag.key}, {"Value", tag.value}});
      item["TagFilters"] = std::move(tags);
    }
    item["Tierings"] = std::move(tierings);
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

Json render_intelligent_tiering(
    const std::vector<IntelligentTieringConfiguration>& configs, const std::string& path) {
  if (configs.empty()) return absent();
  try {
    return render_tiering(configs);
  } catch (const ValidationError& error) {
    throw ValidationError(error.message(), path);
  }
}

Json render_public_access_block(const BlockPublicAccess& block) {
  Json out = Json::object();
  if (block.block_public_acls) out["BlockPublicAcls"] = *block.block_public_acls;
  if (block.block_public_policy) out["BlockPublicPolicy"] = *block.block_public_policy;
  if (block.ignore_public_acls) out["IgnorePublicAcls"] = *block.ignore_public_acls;
  if (block.restrict_public_buckets) out["RestrictPublicBuckets"] = *block.restrict_public_buckets;
  return out;
}

}  // namespace cdk::s3::detail
