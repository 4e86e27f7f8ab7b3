#pragma once

#include <optional>
#include <string>

namespace cdk {

class Stack;

/// How the resource name follows the resource type in an ARN.
enum class ArnFormat {
  no_resource_name,                    ///< arn:aws:service:region:account:resource
  colon_resource_name,                 ///< arn:aws:service:region:account:resource:name
  slash_resource_name,                 ///< arn:aws:service:region:account:resource/name
  slash_resource_slash_resource_name,  ///< arn:aws:service:region:account:/resource/name
};

/// The parts of an ARN. Unset partition, region and account mean "the stack's".
struct ArnComponents {
  /// The account; "" for none (as S3 and IAM ARNs). Default: the stack's account.
  std::optional<std::string> account{};
  /// The format of the resource part. Default: slash_resource_name, or with `sep`, as given.
  std::optional<ArnFormat> arn_format{};
  /// The partition. Default: the stack's partition.
  std::optional<std::string> partition{};
  /// The region; "" for none. Default: the stack's region.
  std::optional<std::string> region{};
  /// The resource type, e.g. "userpool". Required.
  std::string resource{};
  /// The resource name. Default: none.
  std::optional<std::string> resource_name{};
  /// Deprecated in aws-cdk-lib: the separator between resource and name. Default: by format.
  std::optional<std::string> sep{};
  /// The service namespace, e.g. "cognito-idp". Required.
  std::string service{};
};

/// Builds and takes apart ARNs, with tokens where parts are only known at deploy time.
class Arn {
 public:
  /// The ARN of `components`, missing parts taken from `stack`.
  static std::string format(const ArnComponents& components, const Stack& stack);
  /// The ARN of `components`, which must give partition, region and account (as aws-cdk-lib's
  /// `Arn.format` without a stack).
  static std::string format(const ArnComponents& components);
  /// The components of `arn` in `format`; a token ARN gives Fn::Select/Fn::Split tokens.
  static ArnComponents split(const std::string& arn, ArnFormat format);
  /// The resource name of `arn` after checking its resource type is `resource_type`.
  static std::string extract_resource_name(const std::string& arn, const std::string& resource_type);
};

}  // namespace cdk
