#include <catch2/catch.hpp>
#include <cdk/assertions/assertion_error.hpp>
#include <cdk/assertions/capture.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <memory>
#include <thread>

namespace {

using cdk::assertions::AssertionError;
using cdk::assertions::Capture;
using cdk::assertions::Match;
using cdk::assertions::Template;
using json = nlohmann::ordered_json;

Template capture_fixture() {
  return Template::from_json({
      {"Resources",
       {
           {"Fn",
            {
                {"Type", "AWS::Lambda::Function"},
                {"Properties",
                 {
                     {"Handler", "index.handler"},
                     {"MemorySize", 512},
                     {"Role", {{"Fn::GetAtt", json::array({"Role", "Arn"})}}},
                     {"Runtime", "python3.12"},
                     {"TracingConfig", {{"Mode", "Active"}}},
                     {"Layers", json::array({"arn:layer:a", "arn:layer:b"})},
                     {"ReservedConcurrentExecutions", nullptr},
                     {"SnapStart", true},
                 }},
            }},
           {"LogsBucket",
            {{"Type", "AWS::S3::Bucket"},
             {"Properties", {{"VersioningConfiguration", {{"Status", "Suspended"}}}}}}},
           {"DataBucket",
            {{"Type", "AWS::S3::Bucket"},
             {"Properties", {{"VersioningConfiguration", {{"Status", "Enabled"}}}}}}},
       }},
  });
}

}  // namespace

TEST_CASE(
    "a capture records the value at its position, in each JSON type", "[assertions][capture]") {
  // GIVEN captures placed at several properties of a function
  const Template t = capture_fixture();
  Capture role;
  Capture handler;
  Capture memory;
  Capture layers;
  Capture snap_start;
  // WHEN the assertion passes
  t.has_resource_properties(
      "AWS::Lambda::Function",
      {
          {"Role", role.as_pattern()},
          {"Handler", handler.as_pattern()},
          {"MemorySize", memory.as_pattern()},
          {"Layers", layers.as_pattern()},
          {"SnapStart", snap_start.as_pattern()},
      });
  // THEN each capture holds its value
  CHECK(role.as_object() == json{{"Fn::GetAtt", json::array({"Role", "Arn"})}});
  CHECK(handler.as_string() == "index.handler");
  CHECK(memory.as_number() == 512.0);
  CHECK(layers.as_array() == json::array({"arn:layer:a", "arn:layer:b"}));
  CHECK(snap_start.as_bool());
  CHECK(role.as_json().is_object());
  CHECK(role.size() == 1);
}

TEST_CASE(
    "a capture collects one value per matching resource and next() walks them",
    "[assertions][capture]") {
  // GIVEN two buckets with different versioning status
  const Template t = capture_fixture();
  Capture status;
  // WHEN every bucket is checked
  t.all_resources_properties(
      "AWS::S3::Bucket", {{"VersioningConfiguration", {{"Status", status.as_pattern()}}}});
  // THEN the values come in template order
  REQUIRE(status.size() == 2);
  CHECK(status.as_string() == "Suspended");
  CHECK(status.next());
  CHECK(status.as_string() == "Enabled");
  CHECK_FALSE(status.next());
  CHECK(status.as_string() == "Enabled");
}

TEST_CASE(
    "a capture inside array elements records every element it matched", "[assertions][capture]") {
  // GIVEN a capture used twice in one literal array pattern
  const Template t = capture_fixture();
  Capture layer;
  // WHEN matched
  t.has_resource_properties(
      "AWS::Lambda::Function", {{"Layers", json::array({layer.as_pattern(), layer.as_pattern()})}});
  // THEN both elements are recorded
  CHECK(layer.as_string() == "arn:layer:a");
  CHECK(layer.next());
  CHECK(layer.as_string() == "arn:layer:b");
}

TEST_CASE("a capture records nothing when the assertion fails", "[assertions][capture]") {
  // GIVEN a capture next to a mismatching property
  const Template t = capture_fixture();
  Capture handler;
  // WHEN the assertion fails
  CHECK_THROWS_AS(
      t.has_resource_properties(
          "AWS::Lambda::Function", {{"Handler", handler.as_pattern()}, {"Runtime", "nodejs20.x"}}),
      AssertionError);
  // THEN reading it says nothing was captured
  CHECK(handler.size() == 0);
  CHECK_THROWS_WITH(handler.as_string(), Catch::Contains("No value captured"));
}

TEST_CASE("a capture with an inner pattern only accepts matching values", "[assertions][capture]") {
  // GIVEN captures restricted by a regexp and by an object_like literal
  const Template t = capture_fixture();
  Capture runtime(Match::string_like_regexp("^python"));
  Capture tracing(json{{"Mode", "Active"}});  // a bare braced list would also fit the deleted copy
  Capture wrong_runtime(Match::string_like_regexp("^nodejs"));
  // WHEN / THEN matching values are captured
  t.has_resource_properties(
      "AWS::Lambda::Function",
      {{"Runtime", runtime.as_pattern()}, {"TracingConfig", tracing.as_pattern()}});
  CHECK(runtime.as_string() == "python3.12");
  CHECK(tracing.as_object() == json{{"Mode", "Active"}});
  // THEN a value failing the inner pattern fails the assertion
  CHECK_THROWS_WITH(
      t.has_resource_properties("AWS::Lambda::Function", {{"Runtime", wrong_runtime.as_pattern()}}),
      Catch::Contains(
          "String 'python3.12' did not match pattern '^nodejs' at /Properties/Runtime"));
  CHECK(wrong_runtime.size() == 0);
}

TEST_CASE("a capture does not accept null", "[assertions][capture]") {
  // GIVEN a null property / WHEN captured / THEN it fails like CDK
  Capture reserved;
  CHECK_THROWS_WITH(
      capture_fixture().has_resource_properties(
          "AWS::Lambda::Function", {{"ReservedConcurrentExecutions", reserved.as_pattern()}}),
      Catch::Contains("Can only capture non-nullish values. Found null at "
                      "/Properties/ReservedConcurrentExecutions (using Capture matcher)"));
}

TEST_CASE(
    "reading a capture as the wrong type names the type and the value", "[assertions][capture]") {
  // GIVEN a captured string
  Capture handler;
  capture_fixture().has_resource_properties("AWS::Lambda::Function", {{"Handler", handler.as_pattern()}});
  // WHEN read as other types / THEN
  CHECK_THROWS_WITH(
      handler.as_number(),
      Catch::Equals(
          "Captured value is expected to be number but found string. Value is \"index.handler\""));
  CHECK_THROWS_AS(handler.as_bool(), AssertionError);
  CHECK_THROWS_AS(handler.as_array(), AssertionError);
  CHECK_THROWS_AS(handler.as_object(), AssertionError);
}

TEST_CASE(
    "a pattern whose capture was destroyed fails instead of dangling", "[assertions][capture]") {
  // GIVEN a pattern that outlives its capture
  json pattern;
  {
    Capture short_lived;
    pattern = {{"Handler", short_lived.as_pattern()}};
  }
  // WHEN matched / THEN the error explains the lifetime rule
  CHECK_THROWS_WITH(
      capture_fixture().has_resource_properties("AWS::Lambda::Function", pattern),
      Catch::Contains("no longer exists on this thread"));
}

TEST_CASE(
    "captures are independent across captures, templates and threads", "[assertions][capture]") {
  // GIVEN two captures and two templates
  Capture first;
  Capture second;
  const Template a = capture_fixture();
  const Template b = Template::from_json({{"Outputs", {{"Out", {{"Value", "b"}}}}}});
  // WHEN each is used with its own template
  a.has_resource_properties("AWS::Lambda::Function", {{"Handler", first.as_pattern()}});
  b.has_output("Out", {{"Value", second.as_pattern()}});
  // THEN each holds only its own value
  CHECK(first.as_string() == "index.handler");
  CHECK(second.as_string() == "b");
  CHECK(first.size() == 1);
  CHECK(second.size() == 1);
  // WHEN a capture's pattern is matched on another thread / THEN it is refused there
  const json pattern = {{"Handler", first.as_pattern()}};
  bool refused = false;
  std::thread worker([&] {
    try {
      a.has_resource_properties("AWS::Lambda::Function", pattern);
    } catch (const AssertionError&) {
      refused = true;
    }
  });
  worker.join();
  CHECK(refused);
  CHECK(first.size() == 1);
}
