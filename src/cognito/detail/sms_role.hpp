#pragma once

#include <string>

namespace cdk {
class CfnResource;
class Construct;
}  // namespace cdk

namespace cdk::cognito::detail {

/// Adds the role aws-cdk-lib's UserPool creates for SMS (`<pool>/smsRole`, an iam Role that
/// cognito-idp assumes with `external_id` and that may publish to SNS) and returns its
/// AWS::IAM::Role resource. Rendered directly until the iam module's Role exists.
CfnResource& add_sms_role(Construct& pool, const std::string& external_id);

}  // namespace cdk::cognito::detail
