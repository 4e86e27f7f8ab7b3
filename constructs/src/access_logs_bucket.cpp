#include <cdk/core/duration.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk_constructs/access_logs_bucket.hpp>
#include <cdk_constructs/nag_suppressions.hpp>

namespace cdk_constructs {
namespace {

cdk::s3::BucketProps access_logs_props(cdk::RemovalPolicy removal_policy) {
  return {
      .access_control = cdk::s3::BucketAccessControl::log_delivery_write,
      .block_public_access = cdk::s3::BlockPublicAccess::block_all(),
      .encryption = cdk::s3::BucketEncryption::s3_managed,
      .enforce_ssl = true,
      .intelligent_tiering_configurations = {{
          .archive_access_tier_time = cdk::Duration::days(180),
          .name = "ArchiveAfter6Mo",
      }},
      .lifecycle_rules = {{
          .transitions = {{
              .storage_class = cdk::s3::StorageClass::intelligent_tiering(),
              .transition_after = cdk::Duration::days(0),
          }},
      }},
      .object_ownership = cdk::s3::ObjectOwnership::bucket_owner_preferred,
      .removal_policy = removal_policy,
      .versioned = true,
  };
}

}  // namespace

AccessLogsBucket::AccessLogsBucket(cdk::Scope scope, AccessLogsBucketProps props)
    : cdk::s3::Bucket(std::move(scope), access_logs_props(props.removal_policy)) {
  // Logs are evidence: not even the account may delete them.
  add_to_resource_policy(cdk::iam::PolicyStatement({
      .actions = {"s3:DeleteObject"},
      .effect = cdk::iam::Effect::deny,
      .principals = {cdk::iam::StarPrincipal()},
      .resources = {arn_for_objects("*")},
  }));
  NagSuppressions::add_resource_suppressions(
      *this, {{.id = "AwsSolutions-S1", .reason = "This is the access logging bucket"}});
}

}  // namespace cdk_constructs
