#pragma once

#include <cdk/iam/grant.hpp>
#include <cdk/s3/bucket_base.hpp>
#include <string>
#include <utility>

namespace cdk::test {

/// A stand-in for an S3 bucket of another module (s3::Bucket is built elsewhere): a bucket
/// known by name only, as aws-cdk-lib's Bucket.fromBucketName. Grants are not used by lambda.
class FakeBucket : public cdk::s3::IBucket {
 public:
  struct Props {
    std::string name{};
  };
  FakeBucket(cdk::Scope scope, Props props)
      : IBucket(std::move(scope)), name_(std::move(props.name)) {}

  std::string bucket_arn() const override { return "arn:aws:s3:::" + name_; }
  std::string bucket_name() const override { return name_; }
  cdk::kms::IKey* encryption_key() const override { return nullptr; }
  std::string arn_for_objects(const std::string& key_pattern) const override {
    return bucket_arn() + "/" + key_pattern;
  }
  cdk::iam::Grant grant_read(const cdk::iam::IGrantable& grantee, const std::string& p) override {
    return on(grantee, "s3:GetObject*", p);
  }
  cdk::iam::Grant grant_write(const cdk::iam::IGrantable& grantee, const std::string& p) override {
    return on(grantee, "s3:PutObject*", p);
  }
  cdk::iam::Grant grant_read_write(
      const cdk::iam::IGrantable& grantee, const std::string& p) override {
    return on(grantee, "s3:*Object*", p);
  }
  cdk::iam::Grant grant_put(const cdk::iam::IGrantable& grantee, const std::string& p) override {
    return on(grantee, "s3:PutObject", p);
  }
  cdk::iam::Grant grant_delete(const cdk::iam::IGrantable& grantee, const std::string& p) override {
    return on(grantee, "s3:DeleteObject*", p);
  }
  cdk::iam::AddToResourcePolicyResult add_to_resource_policy(
      const cdk::iam::PolicyStatement& /*statement*/) override {
    return {};
  }

 private:
  cdk::iam::Grant on(
      const cdk::iam::IGrantable& grantee, const std::string& action, const std::string& pattern) {
    return cdk::iam::Grant::add_to_principal(
        {.actions = {action}, .grantee = grantee, .resource_arns = {arn_for_objects(pattern)}});
  }
  std::string name_;
};

}  // namespace cdk::test
