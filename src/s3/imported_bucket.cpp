#include <cdk/core/arn.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/s3/bucket.hpp>
#include <fmt/format.h>

#include "s3/detail/domain.hpp"
#include "s3/detail/join_lines.hpp"

namespace cdk::s3 {
namespace {

using detail::join_lines;

}  // namespace

ImportedBucket::ImportedBucket(cdk::Scope scope, ImportedBucketProps props)
    : IBucket(std::move(scope)) {
  const cdk::Stack& stack = cdk::Stack::of(*this);
  // aws-cdk-lib's parseBucketName / parseBucketArn.
  bucket_name_ = props.bucket_name;
  if (bucket_name_.empty() && !props.bucket_arn.empty()) {
    bucket_name_ = stack.split_arn(props.bucket_arn, cdk::ArnFormat::slash_resource_name).resource;
  }
  if (bucket_name_.empty()) {
    throw ValidationError(
        "Bucket name is required\n    fix: give the bucket's name or its ARN", node().path());
  }
  bucket_arn_ = !props.bucket_arn.empty()
                    ? props.bucket_arn
                    : stack.format_arn(
                          {.account = "", .region = "", .resource = bucket_name_, .service = "s3"});
  const auto errors = validate_bucket_name(bucket_name_, true);
  if (!errors.empty()) {
    throw ValidationError(
        fmt::format(
            "Invalid S3 bucket name (value: {}){}\n    fix: use the bucket's real name",
            bucket_name_,
            join_lines(errors)),
        node().path());
  }
}

ImportedBucket& Bucket::from_bucket_name(
    cdk::Construct& scope, const std::string& id, const std::string& bucket_name) {
  return scope.add<ImportedBucket>(id, {.bucket_name = bucket_name});
}

ImportedBucket& Bucket::from_bucket_arn(
    cdk::Construct& scope, const std::string& id, const std::string& bucket_arn) {
  return scope.add<ImportedBucket>(id, {.bucket_arn = bucket_arn});
}

cdk::iam::AddToResourcePolicyResult ImportedBucket::add_to_resource_policy(
    const cdk::iam::PolicyStatement& /*statement*/) {
  return {};
}

std::string ImportedBucket::bucket_domain_name() const {
  const cdk::Stack& stack = cdk::Stack::of(*this);
  return bucket_name_ + ".s3." + detail::url_suffix(stack.region(), stack);
}

std::string ImportedBucket::bucket_regional_domain_name() const {
  const cdk::Stack& stack = cdk::Stack::of(*this);
  return bucket_name_ + ".s3." + stack.region() + "." + detail::url_suffix(stack.region(), stack);
}

std::string ImportedBucket::bucket_dual_stack_domain_name() const {
  const cdk::Stack& stack = cdk::Stack::of(*this);
  return bucket_name_ + ".s3.dualstack." + stack.region() + "." +
         detail::url_suffix(stack.region(), stack);
}

}  // namespace cdk::s3
