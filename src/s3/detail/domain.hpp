#pragma once

#include <string>

namespace cdk {
class Stack;
}

namespace cdk::s3::detail {

/// The DNS suffix of `region`'s partition for a region aws-cdk-lib's region-info knows
/// ("amazonaws.com", "amazonaws.com.cn", ...); else the stack's AWS::URLSuffix token.
std::string url_suffix(const std::string& region, const cdk::Stack& stack);

}  // namespace cdk::s3::detail
