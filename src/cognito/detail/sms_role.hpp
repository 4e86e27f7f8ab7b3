#pragma once

#include <string>

namespace cdk {
class Construct;
}  // namespace cdk
namespace cdk::iam {
class Role;
}

namespace cdk::cognito::detail {

/// Adds the role aws-cdk-lib's UserPool creates for SMS (`<pool>/smsRole`): an iam Role that
/// cognito-idp assumes with `external_id` and whose inline policy "sns-publish" may publish to
/// SNS.
iam::Role& add_sms_role(Construct& pool, const std::string& external_id);

}  // namespace cdk::cognito::detail
