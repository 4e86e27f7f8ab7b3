#pragma once

#include <cdk/iam/principal.hpp>
#include <cdk/lambda/function_base.hpp>
#include <string>

namespace cdk {
class Construct;
}

namespace cdk::lambda::detail {

/// The part of aws-cdk-lib's grantInvoke permission id after "Invoke": base64 of the SHA-256
/// of {"principal": <principal as text>, "conditions": <its conditions>}, with '/' written
/// "--" as constructs writes it in ids.
std::string principal_identifier(const cdk::iam::PrincipalRef& principal);

/// Adds the AWS::Lambda::Permission `id` under `scope` for the function with ARN
/// `function_arn` (whose path `function_path` errors name).
void add_permission(
    cdk::Construct& scope,
    const std::string& id,
    const std::string& function_arn,
    const Permission& permission,
    const std::string& function_path);

}  // namespace cdk::lambda::detail
