#pragma once

#include <cdk/core/construct.hpp>
#include <cdk/s3/bucket_base.hpp>
#include <cdk/s3/bucket_policy.hpp>
#include <cdk/s3/bucket_props.hpp>
#include <cdk/s3/lifecycle.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {
class CfnResource;
}

namespace cdk::s3 {

/// aws-cdk-lib's bucket name rules: the problems of `name` (none for "" or a token). Legacy
/// naming (imported buckets) also allows uppercase letters and underscores.
std::vector<std::string> validate_bucket_name(
    const std::string& name, bool allow_legacy_naming = false);

class ImportedBucket;

/// An S3 bucket (AWS::S3::Bucket; aws-cdk-lib's Bucket). Its bucket policy is the child "Policy",
/// created on the first resource-policy statement (enforce_ssl adds one).
class Bucket : public IBucket {
 public:
  using Props = BucketProps;

  Bucket(cdk::Scope scope, BucketProps props);

  /// An existing bucket by name (aws-cdk-lib's fromBucketName): grants change only the
  /// grantee's policy, add_to_resource_policy adds nothing. Legacy names are allowed.
  static ImportedBucket& from_bucket_name(
      cdk::Construct& scope, const std::string& id, const std::string& bucket_name);
  /// An existing bucket by ARN ("arn:<partition>:s3:::<name>"; may be a token).
  static ImportedBucket& from_bucket_arn(
      cdk::Construct& scope, const std::string& id, const std::string& bucket_arn);

  // IBucket
  std::string bucket_arn() const override { return bucket_arn_; }
  std::string bucket_name() const override { return bucket_name_; }
  cdk::kms::IKey* encryption_key() const override { return encryption_key_; }
  /// Adds the statement to the bucket policy, creating the "Policy" child on first use.
  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& statement) override;

  /// The bucket policy, once a statement was added; else nullptr.
  BucketPolicy* policy() const noexcept { return policy_; }
  /// Adds a lifecycle rule (checked now, rendered at synthesis).
  void add_lifecycle_rule(const LifecycleRule& rule);

  /// GetAtt DomainName ("<name>.s3.amazonaws.com").
  std::string bucket_domain_name() const;
  /// GetAtt RegionalDomainName.
  std::string bucket_regional_domain_name() const;
  /// GetAtt DualStackDomainName.
  std::string bucket_dual_stack_domain_name() const;
  /// GetAtt WebsiteURL.
  std::string bucket_website_url() const;
  /// The host of the website URL (Fn::Select 2 of Fn::Split "/").
  std::string bucket_website_domain_name() const;
  /// "https://s3.<region>.<url suffix>/<bucket name>/<key>" (aws-cdk-lib's urlForObject).
  std::string url_for_object(const std::string& key = "") const;
  /// "s3://<bucket name>/<key>".
  std::string s3_url_for_object(const std::string& key = "") const;
  /// "https://<regional domain name>/<key>" (or the global domain name if not `regional`).
  std::string virtual_hosted_url_for_object(const std::string& key = "", bool regional = true) const;

  /// The AWS::S3::Bucket resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

 private:
  void allow_log_delivery(const Bucket* from, const std::string& prefix);
  nlohmann::ordered_json ownership_controls(std::optional<BucketAccessControl> acl) const;
  nlohmann::ordered_json render_lifecycle() const;

  cdk::kms::IKey* encryption_key_ = nullptr;
  std::optional<ObjectOwnership> object_ownership_;
  std::optional<BucketAccessControl> access_control_;
  nlohmann::ordered_json ownership_controls_;
  std::vector<LifecycleRule> lifecycle_rules_;
  std::optional<TransitionDefaultMinimumObjectSize> transition_default_minimum_object_size_;
  cdk::CfnResource* resource_ = nullptr;
  BucketPolicy* policy_ = nullptr;
  std::string bucket_arn_;
  std::string bucket_name_;
};

/// Props of an ImportedBucket: the name, the ARN, or both.
struct ImportedBucketProps {
  /// Default: "arn:<partition>:s3:::<bucket_name>".
  std::string bucket_arn{};
  /// Default: the resource of bucket_arn.
  std::string bucket_name{};
};

/// A bucket defined outside the app (aws-cdk-lib's fromBucketAttributes without region,
/// account, key or website options). It has no policy of its own: add_to_resource_policy adds
/// nothing and grants change only the grantee's policy.
class ImportedBucket : public IBucket {
 public:
  using Props = ImportedBucketProps;

  /// Throws a ValidationError without a name or ARN, or for a name S3 never allowed.
  ImportedBucket(cdk::Scope scope, ImportedBucketProps props);

  std::string bucket_arn() const override { return bucket_arn_; }
  std::string bucket_name() const override { return bucket_name_; }
  cdk::kms::IKey* encryption_key() const override { return nullptr; }
  /// Adds nothing (statement_added = false), as aws-cdk-lib for an imported bucket.
  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& statement) override;

  /// "<name>.s3.<url suffix>".
  std::string bucket_domain_name() const;
  /// "<name>.s3.<region>.<url suffix>".
  std::string bucket_regional_domain_name() const;
  /// "<name>.s3.dualstack.<region>.<url suffix>".
  std::string bucket_dual_stack_domain_name() const;

 private:
  std::string bucket_arn_;
  std::string bucket_name_;
};

}  // namespace cdk::s3
