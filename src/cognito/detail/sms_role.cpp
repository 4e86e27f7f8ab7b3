#include "cognito/detail/sms_role.hpp"

#include <cdk/core/cfn_resource.hpp>

namespace cdk::cognito::detail {

using Json = nlohmann::ordered_json;

CfnResource& add_sms_role(Construct& pool, const std::string& external_id) {
  auto& role = pool.add<Construct>("smsRole");
  // Statement keys in aws-iam's normalized order: Action, Condition, Effect, Principal, Resource.
  Json assume = {
      {"Statement",
       Json::array({{
           {"Action", "sts:AssumeRole"},
           {"Condition", {{"StringEquals", {{"sts:ExternalId", external_id}}}}},
           {"Effect", "Allow"},
           {"Principal", {{"Service", "cognito-idp.amazonaws.com"}}},
       }})},
      {"Version", "2012-10-17"},
  };
  Json publish = {
      {"Statement",
       Json::array({{{"Action", "sns:Publish"}, {"Effect", "Allow"}, {"Resource", "*"}}})},
      {"Version", "2012-10-17"},
  };
  return role.add<CfnResource>(
      "Resource",
      {
          .properties =
              {
                  {"AssumeRolePolicyDocument", std::move(assume)},
                  {"Policies",
                   Json::array(
                       {{{"PolicyDocument", std::move(publish)}, {"PolicyName", "sns-publish"}}})},
              },
          .tagging = TagSpec{},
          .type = "AWS::IAM::Role",
      });
}

}  // namespace cdk::cognito::detail
