// Two top-level stacks and a nested one referencing each other, plus a directory asset:
// synthesizes into $CDK_OUTDIR (as the CDK CLI sets it) or ./cdk.out.
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/s3_assets/asset.hpp>
#include <exception>
#include <filesystem>
#include <iostream>

int main(int /*argc*/, char** argv) {
  try {
    cdk::App app;
    // The asset sits beside this source file; find it from the binary's build location too.
    const auto here = std::filesystem::path(CDKPP_EXAMPLE_DIR);

    auto& producer = app.add<cdk::Stack>("Producer");
    auto& topic = producer.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
    auto& inner = producer.add<cdk::NestedStack>("Storage");
    auto& queue = inner.add<cdk::CfnResource>(
        "Queue", {.properties = {{"QueueName", topic.get_att("TopicName")}}, .type = "AWS::SQS::Queue"});

    auto& consumer = app.add<cdk::Stack>("Consumer");
    auto& code = consumer.add<cdk::s3_assets::Asset>("Code", {.path = (here / "asset").string()});
    consumer.add<cdk::CfnResource>(
        "Subscription",
        {
            .properties = {{"Endpoint", queue.get_att("Arn")}, {"Protocol", "sqs"}, {"TopicArn", topic.ref()}},
            .type = "AWS::SNS::Subscription",
        });
    consumer.add<cdk::CfnOutput>("CodeKey", {.value = code.s3_object_key()});
    app.synth();
    return 0;
  } catch (const std::exception& error) {  // cdk::Error and anything else (no crash, exit 1)
    std::cerr << argv[0] << ": error: " << error.what() << '\n';
    return 1;
  }
}
