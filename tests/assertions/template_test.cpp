#include <catch2/catch.hpp>
#include <cdk/assertions/assertion_error.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>

namespace {

using cdk::assertions::AssertionError;
using cdk::assertions::Match;
using cdk::assertions::Template;
using json = nlohmann::ordered_json;

// Two buckets, a queue without Properties, a role and a function that depends on it, plus one
// entry in every other section.
constexpr const char* k_template = R"({
  "Parameters": {
    "Stage": {"Type": "String", "Default": "dev", "AllowedValues": ["dev", "prod"]}
  },
  "Mappings": {
    "RegionMap": {"us-east-1": {"ami": "ami-1"}}
  },
  "Conditions": {
    "IsProd": {"Fn::Equals": [{"Ref": "Stage"}, "prod"]}
  },
  "Resources": {
    "LogsBucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": "logs",
        "VersioningConfiguration": {"Status": "Suspended"},
        "Tags": [{"Key": "env", "Value": "dev"}, {"Key": "project", "Value": "cdkpp"}]
      }
    },
    "DataBucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "VersioningConfiguration": {"Status": "Enabled"},
        "Tags": [{"Key": "project", "Value": "cdkpp"}]
      }
    },
    "Queue": {"Type": "AWS::SQS::Queue"},
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [{"Action": "sts:AssumeRole", "Effect": "Allow",
                         "Principal": {"Service": "lambda.amazonaws.com"}}]
        }
      }
    },
    "Fn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Handler": "index.handler",
        "Runtime": "python3.12",
        "MemorySize": 512,
        "Role": {"Fn::GetAtt": ["Role", "Arn"]},
        "Environment": {"Variables": {"BUCKET": {"Ref": "LogsBucket"},
                                      "CONFIG": "{\"retries\":3,\"mode\":\"fast\"}"}}
      },
      "DependsOn": ["Role"]
    }
  },
  "Outputs": {
    "BucketName": {"Value": {"Ref": "LogsBucket"}, "Export": {"Name": "logs-bucket"}},
    "FnArn": {"Value": {"Fn::GetAtt": ["Fn", "Arn"]}}
  }
})";

Template fixture() { return Template::from_string(k_template); }

}  // namespace

TEST_CASE("from_string and from_json reject anything but a JSON object", "[assertions][template]") {
  // GIVEN malformed input / WHEN loaded / THEN the error says what is wrong
  CHECK_THROWS_WITH(
      Template::from_string("{\"Resources\": "),
      Catch::Contains("Template::from_string: invalid JSON"));
  CHECK_THROWS_WITH(
      Template::from_json(json::array({1})), Catch::Contains("must be a JSON object (got array)"));
  // GIVEN a valid template / THEN to_json returns it unchanged, keys in their original order
  const Template t = fixture();
  CHECK(t.to_json() == json::parse(k_template));
  CHECK(t.to_json().begin().key() == "Parameters");
}

TEST_CASE("resource_count_is counts resources of one type", "[assertions][template]") {
  // GIVEN the fixture
  const Template t = fixture();
  // WHEN / THEN
  CHECK_NOTHROW(t.resource_count_is("AWS::S3::Bucket", 2));
  CHECK_NOTHROW(t.resource_count_is("AWS::SNS::Topic", 0));
  CHECK_THROWS_WITH(
      t.resource_count_is("AWS::S3::Bucket", 3),
      Catch::Contains("Expected 3 resources of type AWS::S3::Bucket but found 2"));
}

TEST_CASE(
    "resource_properties_count_is counts only resources whose Properties match",
    "[assertions][template]") {
  // GIVEN the fixture
  const Template t = fixture();
  // WHEN / THEN
  CHECK_NOTHROW(
      t.resource_properties_count_is("AWS::S3::Bucket", {{"Tags", Match::any_value()}}, 2));
  CHECK_NOTHROW(t.resource_properties_count_is("AWS::S3::Bucket", {{"BucketName", "logs"}}, 1));
  CHECK_NOTHROW(t.resource_properties_count_is("AWS::SQS::Queue", Match::absent(), 1));
  CHECK_THROWS_WITH(
      t.resource_properties_count_is("AWS::S3::Bucket", {{"BucketName", Match::any_value()}}, 2),
      Catch::Contains("Expected 2 resources of type AWS::S3::Bucket but found 1"));
}

TEST_CASE("has_resource_properties matches Properties with object_like", "[assertions][template]") {
  // GIVEN the fixture
  const Template t = fixture();
  // WHEN / THEN nested literals, matchers and absent combine
  CHECK_NOTHROW(t.has_resource_properties(
      "AWS::S3::Bucket",
      {
          {"VersioningConfiguration", {{"Status", "Enabled"}}},
          {"Tags", Match::array_with({Match::object_like({{"Key", "project"}})})},
          {"BucketName", Match::absent()},
      }));
  CHECK_NOTHROW(t.has_resource_properties(
      "AWS::Lambda::Function",
      {
          {"Role", {{"Fn::GetAtt", json::array({"Role", "Arn"})}}},
          {"Environment",
           {{"Variables",
             {{"BUCKET", {{"Ref", "LogsBucket"}}},
              {"CONFIG", Match::serialized_json(Match::object_like({{"retries", 3}}))}}}}},
      }));
  CHECK_NOTHROW(t.has_resource_properties(
      "AWS::IAM::Role",
      {{"AssumeRolePolicyDocument",
        {{"Statement",
          Match::array_with(
              {Match::object_like({{"Principal", {{"Service", "lambda.amazonaws.com"}}}})})}}}}));
  // a bare {} pattern matches any resource of the type, as CDK's {} does
  CHECK_NOTHROW(t.has_resource_properties("AWS::S3::Bucket", {}));
}

TEST_CASE(
    "has_resource_properties treats a missing Properties as empty unless the pattern is absent",
    "[assertions][template]") {
  // GIVEN a queue without Properties
  const Template t = fixture();
  // WHEN / THEN an empty pattern matches it, and so does absent
  CHECK_NOTHROW(t.has_resource_properties("AWS::SQS::Queue", json::object()));
  CHECK_NOTHROW(t.has_resource_properties("AWS::SQS::Queue", Match::absent()));
  // THEN absent does not match resources that have Properties
  CHECK_THROWS_WITH(
      t.has_resource_properties("AWS::S3::Bucket", Match::absent()),
      Catch::Contains("but key should be absent at /Properties (using absent matcher)"));
}

TEST_CASE(
    "a failed match reports the closest candidate and all of its mismatches",
    "[assertions][template]") {
  // GIVEN two buckets, LogsBucket one mismatch away and DataBucket two
  const Template t = fixture();
  const json pattern = {
      {"BucketName", "logs"},
      {"VersioningConfiguration", {{"Status", "Enabled"}}},
      {"Tags", Match::array_with({Match::object_like({{"Key", "env"}})})},
  };
  // WHEN asserted / THEN the message names the count, the closest resource and its difference
  CHECK_THROWS_AS(t.has_resource_properties("AWS::S3::Bucket", pattern), AssertionError);
  CHECK_THROWS_WITH(
      t.has_resource_properties("AWS::S3::Bucket", pattern),
      Catch::StartsWith(
          "Template has 2 resources with type AWS::S3::Bucket, but none match as expected.\n"
          "The closest result is:\n"
          "  LogsBucket: {\n"
          "    \"Type\": \"AWS::S3::Bucket\",\n"
          "    \"Properties\": {\n"
          "      \"BucketName\": \"logs\",") &&
          Catch::Contains(
              "with the following mismatches:\n"
              "  Expected \"Enabled\" but received \"Suspended\" at "
              "/Properties/VersioningConfiguration/Status (using objectLike matcher)") &&
          !Catch::Contains("DataBucket"));
  // WHEN the closest candidate has several differences / THEN every one is listed
  CHECK_THROWS_WITH(
      t.has_resource_properties(
          "AWS::S3::Bucket",
          {{"BucketName", "data"},
           {"VersioningConfiguration", {{"Status", "Off"}}},
           {"Tags", json::array({{{"Key", "env"}}, Match::any_value()})}}),
      Catch::Contains("Expected \"data\" but received \"logs\" at /Properties/BucketName") &&
          Catch::Contains("Expected \"Off\" but received \"Suspended\" at "
                          "/Properties/VersioningConfiguration/Status"));
  // WHEN the closest candidate lacks a key / THEN the key's pointer is given
  CHECK_THROWS_WITH(
      t.has_resource_properties(
          "AWS::S3::Bucket", {{"BucketName", "logs"}, {"AccessControl", "Private"}}),
      Catch::Contains("Missing key at /Properties/AccessControl (using objectLike matcher)"));
}

TEST_CASE(
    "has_resource_properties on a type with no resources says there are none",
    "[assertions][template]") {
  // GIVEN no topics / WHEN asserted / THEN
  CHECK_THROWS_WITH(
      fixture().has_resource_properties("AWS::SNS::Topic", {{"TopicName", "t"}}),
      Catch::Equals("Template has 0 resources with type AWS::SNS::Topic.\nNo matches found"));
}

TEST_CASE("has_resource matches the whole resource including DependsOn", "[assertions][template]") {
  // GIVEN a function that depends on its role
  const Template t = fixture();
  // WHEN / THEN
  CHECK_NOTHROW(t.has_resource("AWS::Lambda::Function", {{"DependsOn", json::array({"Role"})}}));
  CHECK_NOTHROW(t.has_resource(
      "AWS::Lambda::Function",
      {{"Properties", {{"Runtime", Match::string_like_regexp("^python3")}}},
       {"DependsOn", Match::array_with(json::array({"Role"}))}}));
  CHECK_THROWS_WITH(
      t.has_resource("AWS::Lambda::Function", {{"DependsOn", json::array({"Bucket"})}}),
      Catch::Contains("Expected \"Bucket\" but received \"Role\" at /DependsOn/0"));
  CHECK_THROWS_WITH(
      t.has_resource("AWS::SQS::Queue", {{"DeletionPolicy", "Retain"}}),
      Catch::Contains("Missing key at /DeletionPolicy"));
  // THEN object_equals at the top requires exactly the resource's keys
  CHECK_THROWS_WITH(
      t.has_resource(
          "AWS::Lambda::Function",
          Match::object_equals(
              {{"Type", "AWS::Lambda::Function"}, {"Properties", Match::any_value()}})),
      Catch::Contains("Unexpected key at /DependsOn (using objectEquals matcher)"));
}

TEST_CASE("find_resources returns the matching resources by logical id", "[assertions][template]") {
  // GIVEN the fixture
  const Template t = fixture();
  // WHEN searching / THEN matches come back keyed by logical id, in template order
  const json all = t.find_resources("AWS::S3::Bucket");
  CHECK(all.size() == 2);
  CHECK(all.begin().key() == "LogsBucket");
  const json logs = t.find_resources("AWS::S3::Bucket", {{"Properties", {{"BucketName", "logs"}}}});
  REQUIRE(logs.size() == 1);
  CHECK(logs.at("LogsBucket").at("Properties").at("BucketName") == "logs");
  CHECK(
      t.find_resources("AWS::S3::Bucket", {{"Properties", {{"BucketName", "nope"}}}}) ==
      json::object());
  CHECK(t.find_resources("AWS::SNS::Topic") == json::object());
}

TEST_CASE(
    "all_resources and all_resources_properties require every resource to match",
    "[assertions][template]") {
  // GIVEN two buckets of which only one has a BucketName
  const Template t = fixture();
  // WHEN / THEN
  CHECK_NOTHROW(t.all_resources("AWS::S3::Bucket", {{"Type", "AWS::S3::Bucket"}}));
  CHECK_NOTHROW(t.all_resources_properties(
      "AWS::S3::Bucket",
      {{"Tags", Match::array_with({Match::object_like({{"Key", "project"}})})}}));
  CHECK_THROWS_WITH(
      t.all_resources_properties("AWS::S3::Bucket", {{"BucketName", Match::any_value()}}),
      Catch::Contains(
          "Template has 2 resource(s) with type AWS::S3::Bucket, but only 1 match as expected.\n"
          "The following resources do not match the given definition:\n"
          "  DataBucket\n"
          "    Missing key at /Properties/BucketName"));
  CHECK_THROWS_WITH(
      t.all_resources("AWS::SNS::Topic", json::object()),
      Catch::Contains(
          "Template has 0 resource(s) with type AWS::SNS::Topic, but none match as expected."));
}

TEST_CASE("has_output and find_outputs select by logical id or '*'", "[assertions][template]") {
  // GIVEN two outputs
  const Template t = fixture();
  // WHEN / THEN
  CHECK_NOTHROW(t.has_output("*", {{"Value", {{"Ref", "LogsBucket"}}}}));
  CHECK_NOTHROW(t.has_output("BucketName", {{"Export", {{"Name", "logs-bucket"}}}}));
  CHECK_THROWS_WITH(
      t.has_output("FnArn", {{"Export", Match::any_value()}}),
      Catch::Contains(
          "Template has 1 outputs with logical id 'FnArn', but none match as expected.") &&
          Catch::Contains("Missing key at /Export"));
  CHECK_THROWS_WITH(
      t.has_output("Nope", json::object()),
      Catch::Equals("Template has 0 outputs with logical id 'Nope'.\nNo matches found"));
  CHECK(t.find_outputs("*").size() == 2);
  CHECK(t.find_outputs("*", {{"Export", Match::any_value()}}).contains("BucketName"));
  CHECK(t.find_outputs("FnArn", {{"Export", Match::any_value()}}) == json::object());
}

TEST_CASE(
    "has_parameter, has_mapping and has_condition match their sections", "[assertions][template]") {
  // GIVEN one parameter, mapping and condition
  const Template t = fixture();
  // WHEN / THEN
  CHECK_NOTHROW(t.has_parameter(
      "Stage", {{"Type", "String"}, {"AllowedValues", Match::array_with(json::array({"prod"}))}}));
  CHECK_THROWS_WITH(
      t.has_parameter("*", {{"Default", "prod"}}),
      Catch::Contains("Template has 1 parameters, but none match as expected.") &&
          Catch::Contains("Expected \"prod\" but received \"dev\" at /Default"));
  CHECK(t.find_parameters("*", {{"Type", "String"}}).contains("Stage"));
  CHECK_NOTHROW(
      t.has_mapping("RegionMap", {{"us-east-1", {{"ami", Match::string_like_regexp("^ami-")}}}}));
  CHECK(t.find_mappings("*").size() == 1);
  CHECK_THROWS_WITH(
      t.has_mapping("Other", json::object()),
      Catch::Contains("Template has 0 mappings with logical id 'Other'."));
  CHECK_NOTHROW(
      t.has_condition("IsProd", {{"Fn::Equals", json::array({{{"Ref", "Stage"}}, "prod"})}}));
  CHECK(t.find_conditions("IsProd", {{"Fn::Equals", Match::any_value()}}).size() == 1);
  CHECK_THROWS_WITH(
      t.has_condition("*", {{"Fn::Not", Match::any_value()}}),
      Catch::Contains("Missing key at /Fn::Not"));
}

TEST_CASE("template_matches applies object_like to the whole template", "[assertions][template]") {
  // GIVEN the fixture
  const Template t = fixture();
  // WHEN / THEN
  CHECK_NOTHROW(t.template_matches({{"Resources", {{"Queue", {{"Type", "AWS::SQS::Queue"}}}}}}));
  CHECK_THROWS_WITH(
      t.template_matches(
          {{"Resources", {{"LogsBucket", {{"Properties", {{"BucketName", "data"}, {"X", 1}}}}}}}}),
      Catch::Contains(
          "Template did not match as expected. The following mismatches were found:\n"
          "  Expected \"data\" but received \"logs\" at "
          "/Resources/LogsBucket/Properties/BucketName "
          "(using objectLike matcher)\n"
          "  Missing key at /Resources/LogsBucket/Properties/X (using objectLike matcher)"));
  CHECK_THROWS_WITH(
      t.template_matches(Match::object_equals({{"Resources", Match::any_value()}})),
      Catch::Contains("Unexpected key at /Outputs"));
}
