#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/sns/topic_base.hpp>
#include <cdk/sns/topic_policy.hpp>

#include "sns/detail/ssl_statement.hpp"

namespace cdk::sns {

TopicPolicy::TopicPolicy(cdk::Scope scope, TopicPolicyProps props)
    : cdk::Construct(std::move(scope)),
      document_(
          props.policy_document ? std::move(*props.policy_document)
                                : cdk::iam::PolicyDocument({.assign_sids = true})) {
  for (const ITopic* topic : props.topics) {
    if (topic == nullptr) {
      throw ValidationError(
          "topics holds a null topic pointer\n    fix: pass the topics, e.g. .topics = {&topic}",
          node().path());
    }
  }
  if (props.enforce_ssl) {
    for (const ITopic* topic : props.topics) {
      document_.add_statements(detail::ssl_statement(topic->topic_arn()));
    }
  }
  nlohmann::ordered_json topics = nlohmann::ordered_json::array();
  for (const ITopic* topic : props.topics) topics.push_back(topic->topic_arn());
  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties = {{"PolicyDocument", document_.to_json(*this)}, {"Topics", topics}},
          .type = "AWS::SNS::TopicPolicy",
      });
}

}  // namespace cdk::sns
