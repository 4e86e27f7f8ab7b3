// NagSuppressions against cdk-nag 2.38.2 (the version tests/parity/compact_connect/compare.sh
// installs): the Metadata it writes on the L1 resource, de-duplication, children, paths and the
// errors it raises.
#include <catch2/catch.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk_constructs/nag_suppressions.hpp>

using cdk_constructs::NagSuppressions;
using Json = nlohmann::ordered_json;

namespace {

struct NagFixture {
  cdk::App app{};
  cdk::Stack& stack = app.add<cdk::Stack>("NagStack");
  cdk::Construct& wrapper = stack.add<cdk::Construct>("Wrapper");
  cdk::CfnResource& resource =
      wrapper.add<cdk::CfnResource>("Resource", {.type = "AWS::SNS::Topic"});
  cdk::CfnResource& other = wrapper.add<cdk::CfnResource>("Other", {.type = "AWS::SNS::Topic"});

  Json metadata_of(const cdk::CfnResource& r) const {
    const auto logical_id = stack.get_logical_id(r);
    const auto template_json = cdk::assertions::Template::from_stack(stack).to_json();
    const auto& res = template_json["Resources"][logical_id];
    return res.contains("Metadata") ? res["Metadata"] : Json();
  }
};

}  // namespace

TEST_CASE("a suppression lands on the construct's Resource child as cdk-nag writes it", "[constructs][nag]") {
  // GIVEN a construct whose default child is an L1 resource
  NagFixture f;
  // WHEN a rule is suppressed on the construct, twice, plus another rule
  NagSuppressions::add_resource_suppressions(
      f.wrapper, {{.id = "AwsSolutions-SNS3", .reason = "Publishers use TLS already"}});
  NagSuppressions::add_resource_suppressions(
      f.wrapper,
      {{.id = "AwsSolutions-SNS3", .reason = "Publishers use TLS already"},
       {.applies_to = {"Action::kms:*"}, .id = "AwsSolutions-IAM5", .reason = "Key admin needs it"}});
  // THEN the resource has both rules once, reason before id, and the sibling has none
  CHECK(f.metadata_of(f.resource) ==
        Json::parse(R"({"cdk_nag":{"rules_to_suppress":[
          {"reason":"Publishers use TLS already","id":"AwsSolutions-SNS3"},
          {"reason":"Key admin needs it","id":"AwsSolutions-IAM5","applies_to":["Action::kms:*"]}]}})"));
  CHECK(f.metadata_of(f.other).is_null());
}

TEST_CASE("apply_to_children suppresses every resource below the construct", "[constructs][nag]") {
  NagFixture f;
  NagSuppressions::add_resource_suppressions(
      f.wrapper, {{.id = "AwsSolutions-SNS2", .reason = "No server-side encryption needed"}}, true);
  CHECK(f.metadata_of(f.resource)["cdk_nag"]["rules_to_suppress"].size() == 1);
  CHECK(f.metadata_of(f.other)["cdk_nag"]["rules_to_suppress"].size() == 1);
}

TEST_CASE("suppressions by path accept the construct or its Resource, with a leading slash", "[constructs][nag]") {
  NagFixture f;
  NagSuppressions::add_resource_suppressions_by_path(
      f.stack, "/NagStack/Wrapper/Other", {{.id = "AwsSolutions-SNS2", .reason = "Checked by hand"}});
  NagSuppressions::add_resource_suppressions_by_path(
      f.stack, "NagStack/Wrapper/Resource", {{.id = "AwsSolutions-SNS3", .reason = "Checked by hand"}});
  CHECK(f.metadata_of(f.other)["cdk_nag"]["rules_to_suppress"][0]["id"] == "AwsSolutions-SNS2");
  CHECK(f.metadata_of(f.resource)["cdk_nag"]["rules_to_suppress"][0]["id"] == "AwsSolutions-SNS3");
}

TEST_CASE("suppressions cdk-nag rejects are errors naming the construct", "[constructs][nag]") {
  NagFixture f;
  CHECK_THROWS_WITH(
      NagSuppressions::add_resource_suppressions(f.wrapper, {{.id = "AwsSolutions-S1", .reason = "short"}}),
      Catch::Contains("Wrapper: ") &&
          Catch::Contains("The suppression must have a 'reason' of 10 characters or more."));
  CHECK_THROWS_WITH(
      NagSuppressions::add_resource_suppressions(
          f.wrapper, {{.id = "AwsSolutions-IAM5[Resource::*]", .reason = "long enough reason"}}),
      Catch::Contains("contains a finding '[Resource::*]'"));
  CHECK_THROWS_WITH(
      NagSuppressions::add_resource_suppressions_by_path(
          f.stack, "NagStack/Missing", {{.id = "AwsSolutions-S1", .reason = "long enough reason"}}),
      Catch::Contains("Suppression path \"NagStack/Missing\" did not match any resource"));
  CHECK(f.metadata_of(f.resource).is_null());
}
