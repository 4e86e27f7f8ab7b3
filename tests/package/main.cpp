// Builds a stack against the installed cdkpp package and checks the assembly it writes.
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/stack.hpp>
#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer_app <outdir>\n";
    return 2;
  }
  cdk::App app({.outdir = argv[1]});
  auto& stack = app.add<cdk::Stack>("ConsumerStack");
  auto& topic = stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  stack.add<cdk::CfnOutput>("TopicArn", {.value = topic.ref()});
  app.synth();

  const auto template_file = std::filesystem::path(argv[1]) / "ConsumerStack.template.json";
  if (!std::filesystem::exists(template_file)) {
    std::cerr << "missing " << template_file << '\n';
    return 1;
  }
  std::cout << "wrote " << template_file << '\n';
  return 0;
}
