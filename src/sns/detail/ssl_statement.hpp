#pragma once

#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <string>

namespace cdk::sns::detail {

/// aws-cdk-lib's enforceSSL statement for a topic: deny sns:Publish without TLS to everyone.
inline cdk::iam::PolicyStatement ssl_statement(const std::string& topic_arn) {
  return cdk::iam::PolicyStatement({
      .actions = {"sns:Publish"},
      .conditions = {{"Bool", {{"aws:SecureTransport", "false"}}}},
      .effect = cdk::iam::Effect::deny,
      .principals = {cdk::iam::StarPrincipal()},
      .resources = {topic_arn},
      .sid = "AllowPublishThroughSSLOnly",
  });
}

}  // namespace cdk::sns::detail
