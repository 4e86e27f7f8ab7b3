// IAM parity: each scenario is the C++ twin of one in tests/parity/iam.js, and every template it
// synthesizes must equal, byte for byte, what aws-cdk-lib 2.276.0 wrote
// (tests/parity/reference/iam.json).
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/arn.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/iam/grant.hpp>
#include <cdk/iam/managed_policy.hpp>
#include <cdk/iam/policy.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <functional>
#include <map>

#include "core/parity_assembly.hpp"
#include "core/parity_reference.hpp"
#include "iam/policy_queue.hpp"

namespace iam = cdk::iam;
using Json = nlohmann::ordered_json;

namespace {

void document_holder(cdk::Construct& scope, const std::string& id, const iam::PolicyDocument& doc) {
  scope.add<cdk::CfnResource>(
      id,
      {
          .properties = {{"PolicyDocument", doc.to_json(scope)}, {"Queues", {"q"}}},
          .type = "AWS::SQS::QueuePolicy",
      });
}

void backup_service_role(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("BackupStack");
  const std::string vault_arn = stack.format_arn({
      .account = "111122223333",
      .arn_format = cdk::ArnFormat::colon_resource_name,
      .region = "us-west-2",
      .resource = "backup-vault",
      .resource_name = "CompactConnectBackupVault",
      .service = "backup",
  });
  stack.add<iam::Role>(
      "BackupServiceRole",
      {
          .assumed_by = iam::ServicePrincipal("backup.amazonaws.com"),
          .inline_policies =
              {{"BackupSecurityPolicy",
                iam::PolicyDocument(
                    {.statements = {iam::PolicyStatement({
                         .actions = {"backup:CopyIntoBackupVault", "backup:StartCopyJob"},
                         .conditions =
                             {{"ForAnyValue:ArnNotEquals", {{"backup:CopyTargets", {vault_arn}}}}},
                         .effect = iam::Effect::deny,
                         .resources = {"*"},
                         .sid = "RestrictCrossAccountOperations",
                     })}})}},
          .managed_policies =
              {
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSBackupServiceRolePolicyForBackup"),
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSBackupServiceRolePolicyForRestores"),
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "AWSBackupServiceRolePolicyForS3Backup"),
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "AWSBackupServiceRolePolicyForS3Restore"),
              },
          .role_name = "CompactConnect-sandbox-BackupServiceRole",
      });
  cdk::Tags::of(app).add("project", "compact-connect");
  cdk::Tags::of(app).add("environment", "sandbox");
}

void default_policy(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("DefaultPolicyStack");
  auto& role = stack.add<iam::Role>(
      "ServiceRole",
      {
          .assumed_by = iam::ServicePrincipal("lambda.amazonaws.com"),
          .managed_policies =
              {
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSLambdaBasicExecutionRole"),
                  iam::ManagedPolicy::from_aws_managed_policy_name(
                      "service-role/AWSLambdaBasicExecutionRole"),
              },
      });
  const std::string pool_arn = stack.format_arn(
      {.resource = "userpool", .resource_name = "us-east-1_abc", .service = "cognito-idp"});
  role.add_to_policy(iam::PolicyStatement({
      .actions = {"cognito-idp:ListUsers", "cognito-idp:DescribeUserPool"},
      .resources = {pool_arn},
  }));
  role.add_to_principal_policy(iam::PolicyStatement({
      .actions = {"s3:PutObject", "s3:PutObject", "s3:Abort*"},
      .resources = {"arn:aws:s3:::b/*", "arn:aws:s3:::a/*"},
  }));
  role.add_to_policy(iam::PolicyStatement({
      .actions = {"cognito-idp:ListUsers", "cognito-idp:DescribeUserPool"},
      .resources = {pool_arn},
  }));
  role.add_managed_policy(iam::ManagedPolicy::from_managed_policy_arn(
      stack, "Imported", "arn:aws:iam::123456789012:policy/Mine"));
  role.add_managed_policy(
      iam::ManagedPolicy::from_managed_policy_name(stack, "ByName", "teams/Readers"));
  auto& other = stack.add<iam::Role>("OtherRole", {.assumed_by = iam::AccountRootPrincipal()});
  role.grant_pass_role(other);
  role.grant(other, {"iam:GetRole", "iam:TagRole"});
  role.grant_assume_role(other);
  auto& consumer = stack.add<cdk::CfnResource>("Consumer", {.type = "AWS::SQS::Queue"});
  consumer.node().add_dependency(role);
}

void policies(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("PolicyStack");
  auto& role =
      stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("events.amazonaws.com")});
  stack.add<iam::Policy>(
      "Generated",
      {
          .roles = {&role},
          .statements = {iam::PolicyStatement(
              {.actions = {"sns:Publish"}, .resources = {"arn:aws:sns:us-east-1:1:t"}})},
      });
  auto& named = stack.add<iam::Policy>("Named", {.policy_name = "MyPolicyName"});
  named.add_statements(
      iam::PolicyStatement({.actions = {"sqs:*"}, .resources = {"*"}, .sid = "All"}));
  named.attach_to_role(role);
  stack.add<iam::Policy>(
      "Unattached",
      {.statements = {iam::PolicyStatement({.actions = {"sqs:*"}, .resources = {"*"}})}});
  auto& lonely = stack.add<iam::Role>("Lonely", {.assumed_by = iam::ServicePrincipal("sns")});
  stack.add<iam::Policy>("Empty", {.roles = {&lonely}});
  auto& forced_role =
      stack.add<iam::Role>("ForcedRole", {.assumed_by = iam::ServicePrincipal("sns")});
  stack.add<iam::Policy>(
      "Forced",
      {
          .force = true,
          .roles = {&forced_role},
          .statements = {iam::PolicyStatement(
              {.not_actions = {"iam:*"}, .not_resources = {"arn:aws:iam::*:role/x"}})},
      });
}

void principals(cdk::App& app) {
  const std::vector<std::pair<std::string, std::optional<cdk::Environment>>> stacks = {
      {"Agnostic", std::nullopt},
      {"WithEnv", cdk::Environment{.account = "123456789012", .region = "eu-west-1"}}};
  for (const auto& [name, env] : stacks) {
    auto& stack = app.add<cdk::Stack>(name, {.env = env});
    auto& role =
        stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("ec2.amazonaws.com.cn")});
    iam::PolicyDocument doc;
    doc.add_statements(iam::PolicyStatement({
        .actions = {"sqs:SendMessage"},
        .principals =
            {
                iam::ServicePrincipal("lambda"),
                iam::AccountPrincipal("111122223333"),
                iam::ArnPrincipal(role.role_arn()),
                iam::ServicePrincipal("states.eu-west-1.amazonaws.com"),
                iam::AccountRootPrincipal(),
                iam::AnyPrincipal(),
                role,
            },
        .resources = {"*"},
    }));
    doc.add_statements(iam::PolicyStatement(
        {.actions = {"sqs:ReceiveMessage"},
         .principals = {iam::StarPrincipal()},
         .resources = {"*"}}));
    doc.add_statements(iam::PolicyStatement({
        .actions = {"sqs:DeleteMessage"},
        .principals = {iam::CompositePrincipal(
            iam::AccountPrincipal("444455556666"), iam::ServicePrincipal("sns.amazonaws.com"))},
        .resources = {"*"},
    }));
    doc.add_statements(iam::PolicyStatement({
        .actions = {"sqs:*"},
        .effect = iam::Effect::deny,
        .not_principals = {iam::AccountRootPrincipal(), role},
        .resources = {"*"},
    }));
    doc.add_statements(iam::PolicyStatement(
        {.actions = {"sqs:GetQueueUrl"},
         .principals = {iam::AccountPrincipal(stack.account())},
         .resources = {"*"}}));
    document_holder(stack, "Holder", doc);
  }
}

void statements(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("StatementStack");
  auto& topic = stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& holder_scope = stack;
  // The document is a member of no construct here, so its token must outlive this function:
  // to_json() shares the statements, and statements added after it still render.
  iam::PolicyDocument doc;
  doc.add_statements(iam::PolicyStatement(
      {.actions = {"sns:Publish", "sns:Subscribe"}, .resources = {topic.ref()}}));
  doc.add_statements(iam::PolicyStatement(
      {.actions = {"sns:Publish", "sns:Subscribe"}, .resources = {topic.ref()}}));
  doc.add_statements(iam::PolicyStatement(
      {.actions = {"sns:Subscribe", "sns:Publish"}, .resources = {topic.ref()}}));
  iam::PolicyStatement cond({
      .conditions =
          {{"Bool", {{"aws:SecureTransport", "false"}}},
           {"StringEquals", {{"aws:PrincipalTag/team", "a"}}}},
      .effect = iam::Effect::deny,
      .not_actions = {"sns:Get*", "sns:List*"},
      .not_resources = {topic.ref(), "arn:aws:sns:::x"},
  });
  cond.add_condition("StringEquals", {{"aws:RequestedRegion", {"us-east-1", "us-west-2"}}});
  cond.add_condition("StringEquals", {{"aws:PrincipalTag/team", "b"}});
  cond.add_condition("NumericLessThan", {{"aws:MultiFactorAuthAge", 3600}});
  doc.add_statements(cond);
  iam::PolicyStatement later;
  later.add_actions({"sns:Publish"});
  later.add_all_resources();
  later.add_source_account_condition("111122223333");
  later.add_source_arn_condition(topic.get_att("TopicArn"));
  later.set_sid("Later");
  document_holder(holder_scope, "Holder", doc);
  doc.add_statements(later);
  iam::PolicyDocument sids({
      .assign_sids = true,
      .statements =
          {
              iam::PolicyStatement(
                  {.actions = {"s3:GetObject"},
                   .principals = {iam::AnyPrincipal()},
                   .resources = {"*"}}),
              iam::PolicyStatement(
                  {.actions = {"s3:GetObject"},
                   .principals = {iam::AnyPrincipal()},
                   .resources = {"*"}}),
              iam::PolicyStatement(
                  {.actions = {"s3:PutObject"},
                   .principals = {iam::AnyPrincipal()},
                   .resources = {"*"},
                   .sid = "Given"}),
              iam::PolicyStatement(
                  {.actions = {"*"}, .principals = {iam::AnyPrincipal()}, .resources = {"*"}}),
          },
  });
  document_holder(stack, "SidHolder", sids);
}

void composite_role(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("CompositeStack");
  auto& other = stack.add<iam::Role>("Other", {.assumed_by = iam::AnyPrincipal()});
  stack.add<iam::Role>(
      "Role",
      {
          .assumed_by = iam::CompositePrincipal(
              iam::ServicePrincipal("lambda.amazonaws.com"),
              iam::ServicePrincipal("edgelambda.amazonaws.com"),
              iam::AccountPrincipal("111122223333"),
              other,
              iam::ServicePrincipal("lambda.amazonaws.com")),
          .description = "A role with everything",
          .inline_policies =
              {
                  {"Zeta",
                   iam::PolicyDocument(
                       {.statements = {iam::PolicyStatement(
                            {.actions = {"s3:ListBucket"}, .resources = {"*"}})}})},
                  {"Alpha",
                   iam::PolicyDocument(
                       {.statements = {iam::PolicyStatement(
                            {.actions = {"s3:ListAllMyBuckets"}, .resources = {"*"}})}})},
              },
          .max_session_duration = cdk::Duration::hours(12),
          .path = "/service/",
          .role_name = "everything",
      });
  stack.add<iam::Role>("Star", {.assumed_by = iam::StarPrincipal()});
}

void grants(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("GrantStack");
  auto& queue = stack.add<cdk::test::PolicyQueue>("Queue");
  auto& role =
      stack.add<iam::Role>("Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  queue.grant_send(role);
  queue.grant_send(iam::ServicePrincipal("events.amazonaws.com"));
  iam::Grant::add_to_principal_and_resource({
      .actions = {"sqs:ReceiveMessage"},
      .grantee = role,
      .resource = &queue,
      .resource_arns = {queue.queue_arn()},
      .resource_self_arns = std::vector<std::string>{"*"},
  });
  auto& consumer_stack = app.add<cdk::Stack>("ConsumerStack");
  auto& consumer_role = consumer_stack.add<iam::Role>(
      "Role", {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com")});
  const auto grant = queue.grant_send(consumer_role);
  auto& user = consumer_stack.add<cdk::CfnResource>("User", {.type = "AWS::SQS::Queue"});
  grant.apply_before(user);

  auto& account_a = app.add<cdk::Stack>(
      "AccountA", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& queue_a = account_a.add<cdk::test::PolicyQueue>("Queue");
  auto& account_b = app.add<cdk::Stack>(
      "AccountB", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  auto& role_b = account_b.add<iam::Role>(
      "Role",
      {.assumed_by = iam::ServicePrincipal("lambda.amazonaws.com"),
       .role_name = "cross-account-role"});
  // A literal queue ARN: a token would make a cross-environment reference (Fn::GetStackOutput),
  // which cdkpp's core does not support.
  const std::string queue_a_arn = "arn:aws:sqs:us-east-1:111111111111:queue-a";
  for (const iam::PrincipalRef& grantee :
       {iam::PrincipalRef(role_b), iam::PrincipalRef(iam::AccountPrincipal("333333333333"))}) {
    iam::Grant::add_to_principal_or_resource(
        {.actions = {"sqs:SendMessage"},
         .grantee = grantee,
         .resource = &queue_a,
         .resource_arns = {queue_a_arn}});
  }
}

const std::map<std::string, std::function<void(cdk::App&)>>& scenarios() {
  static const std::map<std::string, std::function<void(cdk::App&)>> all = {
      {"backup_service_role", backup_service_role},
      {"default_policy", default_policy},
      {"policies", policies},
      {"principals", principals},
      {"statements", statements},
      {"composite_role", composite_role},
      {"grants", grants},
  };
  return all;
}

}  // namespace

TEST_CASE("iam templates equal aws-cdk-lib's byte for byte", "[iam][parity]") {
  const Json reference = cdk::test::parity_reference("iam.json");
  REQUIRE(reference["scenarios"].size() == scenarios().size());
  for (const auto& [scenario, build] : scenarios()) {
    SECTION(scenario) {
      // GIVEN the scenario built with cdkpp
      cdk::App app;
      build(app);
      // WHEN it is synthesized
      // THEN each template aws-cdk-lib wrote is there with the same bytes
      cdk::test::check_assembly_equals_reference_templates(app, scenario, reference["scenarios"][scenario]["templates"]);
    }
  }
}
