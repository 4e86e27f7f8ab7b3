#include "cognito/detail/sms_role.hpp"

#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>

namespace cdk::cognito::detail {

iam::Role& add_sms_role(Construct& pool, const std::string& external_id) {
  return pool.add<iam::Role>(
      "smsRole",
      {
          .assumed_by = iam::ServicePrincipal(
              "cognito-idp.amazonaws.com",
              {.conditions = {{"StringEquals", {{"sts:ExternalId", external_id}}}}}),
          .inline_policies =
              {
                  {"sns-publish",
                   iam::PolicyDocument({
                       .statements = {iam::PolicyStatement(
                           {.actions = {"sns:Publish"}, .resources = {"*"}})},
                   })},
              },
      });
}

}  // namespace cdk::cognito::detail
