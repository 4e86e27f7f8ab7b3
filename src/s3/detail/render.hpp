#pragma once

// The CloudFormation rendering of Bucket props, as aws-cdk-lib's Bucket renders them (keys in
// CloudFormation-name order, as the generated CfnBucket writes them).

#include <cdk/s3/bucket_props.hpp>
#include <cdk/s3/lifecycle.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk::s3::detail {

using Json = nlohmann::ordered_json;

/// aws-cdk-lib's `undefined`: the key is left out.
Json absent();

const char* access_control_name(BucketAccessControl acl);
const char* object_ownership_name(ObjectOwnership ownership);
const char* encryption_name(BucketEncryption encryption);

/// Throws aws-cdk-lib's ValidationError for a rule it rejects (at synthesis in aws-cdk-lib).
void validate_lifecycle_rule(const LifecycleRule& rule, const std::string& path);
/// LifecycleConfiguration, or absent() without rules.
Json render_lifecycle(
    const std::vector<LifecycleRule>& rules,
    std::optional<TransitionDefaultMinimumObjectSize> minimum_object_size);
/// IntelligentTieringConfigurations, or absent() without configurations.
Json render_intelligent_tiering(
    const std::vector<IntelligentTieringConfiguration>& configs, const std::string& path);
/// PublicAccessBlockConfiguration.
Json render_public_access_block(const BlockPublicAccess& block);

}  // namespace cdk::s3::detail
