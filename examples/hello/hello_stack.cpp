#include "hello_stack.hpp"

#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>

namespace hello {

cdk::Stack& add_hello_stack(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>(
      "HelloStack", {.description = "cdkpp hello example: a queue, its policy, a parameter and an output"});

  auto& prefix = stack.add<cdk::CfnParameter>(
      "QueuePrefix",
      {
          .default_value = "hello",
          .description = "Prefix of the queue name",
          .type = "String",
      });

  auto& queue = stack.add<cdk::CfnResource>(
      "Queue",
      {
          .properties = {{"QueueName", prefix.value_as_string() + "-queue"}, {"MessageRetentionPeriod", 1209600}},
          .type = "AWS::SQS::Queue",
      });

  stack.add<cdk::CfnResource>(
      "QueuePolicy",
      {
          .properties =
              {
                  {"Queues", {queue.ref()}},
                  {"PolicyDocument",
                   {
                       {"Version", "2012-10-17"},
                       {"Statement",
                        {{
                            {"Effect", "Allow"},
                            {"Principal", {{"AWS", "arn:" + stack.partition() + ":iam::" + stack.account() + ":root"}}},
                            {"Action", "sqs:SendMessage"},
                            {"Resource", queue.get_att("Arn")},
                        }}},
                   }},
              },
          .type = "AWS::SQS::QueuePolicy",
      });

  stack.add<cdk::CfnOutput>(
      "QueueUrl",
      {
          .description = "URL of the queue",
          .export_name = "HelloQueueUrl",
          .value = queue.ref(),
      });
  return stack;
}

}  // namespace hello
