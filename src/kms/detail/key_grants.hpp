#pragma once

#include <cdk/iam/grant.hpp>
#include <cdk/kms/key_base.hpp>
#include <string>
#include <vector>

namespace cdk::kms::detail {

/// aws-cdk-lib's KeyGrants.actions for a key that trusts its account's identities (every key
/// under aws-cdk-lib v2's defaults): within one environment the grantee's policy, or the key
/// policy for a principal without one; across accounts or regions both, on "*".
cdk::iam::Grant grant_on_key(
    IKey& key, const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions);

}  // namespace cdk::kms::detail
