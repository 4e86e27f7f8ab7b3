// ARNs: Stack::format_arn, Arn::format, Arn::split / Stack::split_arn and
// Arn::extract_resource_name, replayed against aws-cdk-lib 2.276.0.
//
// Expected values are read at test time from tests/parity/reference/arns.json, written by
// tests/parity/arns.js from aws-cdk-lib 2.276.0. Each reference case is mapped to the same cdkpp
// call; error messages are cdkpp's own wording (what is wrong, the value, a fix), so only the
// parts that carry CDK's meaning (the quoted values, the component named) are compared.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/arn.hpp>
#include <cdk/core/aws.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <functional>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "parity_reference.hpp"

namespace {

using Json = nlohmann::ordered_json;

const Json& arn_reference() {
  static const Json data = cdk::test::parity_reference("arns.json");
  return data;
}

// ArnFormat by the enum's string value, as the reference records it (arn_format_enum).
cdk::ArnFormat arn_format_from_value(const std::string& value) {
  static const std::map<std::string, cdk::ArnFormat> by_name = {
      {"NO_RESOURCE_NAME", cdk::ArnFormat::no_resource_name},
      {"COLON_RESOURCE_NAME", cdk::ArnFormat::colon_resource_name},
      {"SLASH_RESOURCE_NAME", cdk::ArnFormat::slash_resource_name},
      {"SLASH_RESOURCE_SLASH_RESOURCE_NAME", cdk::ArnFormat::slash_resource_slash_resource_name},
  };
  for (const auto& item : arn_reference().at("arn_format_enum").items()) {
    if (item.value() == value) return by_name.at(item.key());
  }
  throw std::invalid_argument("unknown ArnFormat value " + value);
}

std::string arn_format_value(cdk::ArnFormat format) {
  static const std::map<cdk::ArnFormat, std::string> names = {
      {cdk::ArnFormat::no_resource_name, "NO_RESOURCE_NAME"},
      {cdk::ArnFormat::colon_resource_name, "COLON_RESOURCE_NAME"},
      {cdk::ArnFormat::slash_resource_name, "SLASH_RESOURCE_NAME"},
      {cdk::ArnFormat::slash_resource_slash_resource_name, "SLASH_RESOURCE_SLASH_RESOURCE_NAME"},
  };
  return arn_reference().at("arn_format_enum").at(names.at(format)).get<std::string>();
}

// The reference's components object as ArnComponents; `token_name` stands in for the
// "<token: ...>" resource name.
cdk::ArnComponents components_from(const Json& json, const std::string& token_name = "") {
  cdk::ArnComponents out;
  for (const auto& item : json.items()) {
    const std::string& key = item.key();
    const auto value = item.value().get<std::string>();
    if (key == "service") {
      out.service = value;
    } else if (key == "resource") {
      out.resource = value;
    } else if (key == "resourceName") {
      out.resource_name = value.rfind("<token", 0) == 0 ? token_name : value;
    } else if (key == "sep") {
      out.sep = value;
    } else if (key == "arnFormat") {
      out.arn_format = arn_format_from_value(value);
    } else if (key == "partition") {
      out.partition = value;
    } else if (key == "region") {
      out.region = value;
    } else if (key == "account") {
      out.account = value;
    } else {
      throw std::invalid_argument("unknown ArnComponents key " + key);
    }
  }
  return out;
}

// ArnComponents as aws-cdk-lib returns them: unset parts left out. Compared without key order
// (nlohmann::json), because the order of an ArnComponents has no meaning in C++.
nlohmann::json to_json(const cdk::Stack& stack, const cdk::ArnComponents& components) {
  Json out = Json::object();
  if (!components.service.empty()) out["service"] = components.service;
  if (!components.resource.empty()) out["resource"] = components.resource;
  if (components.partition && !components.partition->empty()) out["partition"] = *components.partition;
  if (components.region) out["region"] = *components.region;
  if (components.account) out["account"] = *components.account;
  if (components.resource_name) out["resourceName"] = *components.resource_name;
  if (components.sep) out["sep"] = *components.sep;
  if (components.arn_format) out["arnFormat"] = arn_format_value(*components.arn_format);
  return nlohmann::json::parse(stack.resolve(out).dump());
}

nlohmann::json unordered(const Json& json) { return nlohmann::json::parse(json.dump()); }

std::string arn_error_text(const std::function<void()>& action) {
  try {
    action();
  } catch (const cdk::ValidationError& error) {
    return error.what();
  }
  return "";
}

// Every 'quoted' part of a CDK message, and the "(Nth component)" it names.
std::vector<std::string> key_parts(const std::string& cdk_message) {
  std::vector<std::string> parts;
  // No whitespace inside, so an apostrophe ("didn't") doesn't open a quote.
  const std::regex quoted(R"('([^'\s]*)')");
  for (std::sregex_iterator it(cdk_message.begin(), cdk_message.end(), quoted), end; it != end; ++it) {
    parts.push_back((*it)[0].str());
  }
  const std::regex component(R"(\(\w+ component\))");
  std::smatch match;
  if (std::regex_search(cdk_message, match, component)) parts.push_back(match[0].str());
  if (cdk_message.find("must start with \"arn:\"") != std::string::npos) parts.emplace_back("must start with \"arn:\"");
  return parts;
}

// The three stacks of arns.js, each agnostic/concrete one with a CfnResource "Bucket".
struct ArnApp {
  cdk::App app;
  cdk::Stack& agnostic = app.add<cdk::Stack>("AgnosticStack");
  cdk::Stack& concrete = app.add<cdk::Stack>(
      "ConcreteStack", {.env = cdk::Environment{.account = "123456789012", .region = "us-east-1"}});
  cdk::Stack& china = app.add<cdk::Stack>(
      "ChinaStack", {.env = cdk::Environment{.account = "123456789012", .region = "cn-north-1"}});
  cdk::CfnResource& bucket = agnostic.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  cdk::CfnResource& concrete_bucket = concrete.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});

  cdk::Stack& stack_for(const std::string& env) {
    if (env == "agnostic") return agnostic;
    if (env == "us-east-1/123456789012") return concrete;
    if (env == "cn-north-1/123456789012") return china;
    throw std::invalid_argument("unknown stack_env " + env);
  }
  std::string bucket_ref(const cdk::Stack& stack) {
    if (&stack == &agnostic) return bucket.ref();
    if (&stack == &concrete) return concrete_bucket.ref();
    throw std::invalid_argument("no bucket in " + stack.node().path());
  }
};

}  // namespace

TEST_CASE("format_arn renders every reference ARN as aws-cdk-lib does", "[core][arn]") {
  // GIVEN an environment-agnostic stack, one in us-east-1 and one in cn-north-1
  ArnApp fixture;
  const auto& cases = arn_reference().at("format_arn");
  REQUIRE(cases.size() >= 60);

  for (const auto& entry : cases) {
    cdk::Stack& stack = fixture.stack_for(entry.at("stack_env").get<std::string>());
    const Json& json = entry.at("components");
    const bool token_name = json.value("resourceName", "").rfind("<token", 0) == 0;
    const auto components = components_from(json, token_name ? fixture.bucket_ref(stack) : "");
    INFO("stack " << stack.node().path() << ", components " << json.dump());
    if (entry.contains("error")) {
      // WHEN the separator is not ':', '/' or "" THEN it is an error naming the separator
      INFO("CDK says: " << entry.at("error").get<std::string>());
      const std::string message = arn_error_text([&] { stack.format_arn(components); });
      CHECK_THAT(message, Catch::Contains("may only be ':', '/' or empty (got '" + *components.sep + "')"));
      CHECK_THAT(message, Catch::Contains("fix:"));
      continue;
    }
    // WHEN the ARN is formatted and resolved in its stack THEN it is CDK's (literal or Fn::Join)
    CHECK(stack.resolve(Json(stack.format_arn(components))).dump() == entry.at("resolved").dump());
    CHECK(stack.resolve(Json(cdk::Arn::format(components, stack))).dump() == entry.at("resolved").dump());
  }
}

TEST_CASE("Arn::format without a stack needs partition, region and account", "[core][arn]") {
  for (const auto& entry : arn_reference().at("arn_format_no_stack")) {
    // GIVEN components with or without all three environment parts
    const auto components = components_from(entry.at("components"));
    INFO("components " << entry.at("components").dump());
    if (entry.contains("resolved")) {
      // WHEN formatted THEN the ARN is CDK's literal
      CHECK(Json(cdk::Arn::format(components)) == entry.at("resolved"));
      continue;
    }
    // WHEN one is missing THEN it is an error naming what is missing and a fix
    INFO("CDK says: " << entry.at("error").get<std::string>());
    const std::string message = arn_error_text([&] { cdk::Arn::format(components); });
    CHECK_THAT(message, Catch::Contains("partition, region and account must all be given when no stack is passed"));
    CHECK_THAT(message, Catch::Contains("account"));
    CHECK_THAT(message, Catch::Contains("fix:"));
    if (!components.partition) CHECK_THAT(message, Catch::Contains("missing: partition"));
  }
}

TEST_CASE("split of a literal ARN gives aws-cdk-lib's components", "[core][arn]") {
  ArnApp fixture;
  const auto& cases = arn_reference().at("split_literal");
  REQUIRE(cases.size() >= 20);
  for (const auto& entry : cases) {
    // GIVEN a literal ARN and the format it is expected in
    const auto arn = entry.at("arn").get<std::string>();
    const auto format = arn_format_from_value(
        arn_reference().at("arn_format_enum").at(entry.at("format").get<std::string>()).get<std::string>());
    INFO("arn '" << arn << "' as " << entry.at("format").get<std::string>());
    // CDK's stack.splitArn is Arn.split (the reference records no case where they differ)
    REQUIRE_FALSE(entry.contains("stack_splitArn"));
    if (entry.contains("error")) {
      // WHEN it is malformed THEN split throws, naming what CDK names (the ARN, the component)
      const auto cdk_message = entry.at("error").get<std::string>();
      INFO("CDK says: " << cdk_message);
      const std::string message = arn_error_text([&] { cdk::Arn::split(arn, format); });
      CHECK_THAT(message, Catch::Contains("'" + arn + "'"));
      for (const auto& part : key_parts(cdk_message)) CHECK_THAT(message, Catch::Contains(part));
      CHECK_THAT(message, Catch::Contains("fix:"));
      CHECK_THROWS_AS(fixture.agnostic.split_arn(arn, format), cdk::ValidationError);
      continue;
    }
    // WHEN it is split THEN the components are CDK's
    const auto expected = unordered(entry.at("components"));
    CHECK(to_json(fixture.agnostic, cdk::Arn::split(arn, format)) == expected);
    CHECK(to_json(fixture.agnostic, fixture.agnostic.split_arn(arn, format)) == expected);
  }
}

TEST_CASE("split of a token ARN gives Fn::Select/Fn::Split components as aws-cdk-lib", "[core][arn]") {
  // GIVEN the token ARNs of arns.js, built the same way
  ArnApp fixture;
  const std::map<std::string, std::function<std::string()>> arns = {
      {"bucket.getAtt(\"Arn\")", [&] { return fixture.bucket.get_att("Arn"); }},
      {"Fn.importValue(\"X\")", [] { return cdk::Fn::import_value("X"); }},
      {"`arn:aws:s3:::${bucket.ref}` (partially literal)", [&] { return "arn:aws:s3:::" + fixture.bucket.ref(); }},
      {"`arn:${Aws.PARTITION}:lambda:${Aws.REGION}:${Aws.ACCOUNT_ID}:function:${bucket.ref}`",
       [&] {
         return "arn:" + cdk::Aws::partition() + ":lambda:" + cdk::Aws::region() + ":" + cdk::Aws::account_id() +
                ":function:" + fixture.bucket.ref();
       }},
  };
  const auto& cases = arn_reference().at("split_token");
  REQUIRE(cases.size() == arns.size() * 4);
  for (const auto& entry : cases) {
    const auto description = entry.at("arn").get<std::string>();
    const auto format_name = entry.at("format").get<std::string>();
    INFO("arn " << description << " as " << format_name);
    REQUIRE(arns.count(description) == 1);
    REQUIRE_FALSE(entry.contains("error"));
    const auto format =
        arn_format_from_value(arn_reference().at("arn_format_enum").at(format_name).get<std::string>());
    // WHEN it is split and the parts resolved in the stack THEN they are CDK's
    const auto components = cdk::Arn::split(arns.at(description)(), format);
    CHECK(to_json(fixture.agnostic, components) == unordered(entry.at("components")));
  }
}

TEST_CASE("extract_resource_name returns the name after the resource type, as aws-cdk-lib", "[core][arn]") {
  ArnApp fixture;
  for (const auto& entry : arn_reference().at("extract_resource_name")) {
    // GIVEN an ARN (literal, or the bucket's Arn attribute) and the resource type it should have
    const auto description = entry.at("arn").get<std::string>();
    const auto arn = description == "bucket.getAtt(\"Arn\")" ? fixture.bucket.get_att("Arn") : description;
    const auto type = entry.at("resource_type").get<std::string>();
    INFO("arn " << description << ", type " << type);
    if (entry.contains("resolved")) {
      // WHEN the name is extracted and resolved THEN it is CDK's
      CHECK(fixture.agnostic.resolve(Json(cdk::Arn::extract_resource_name(arn, type))).dump() == entry.at("resolved").dump());
      continue;
    }
    // WHEN the type or name doesn't fit THEN it throws, naming what CDK names
    const auto cdk_message = entry.at("error").get<std::string>();
    INFO("CDK says: " << cdk_message);
    const std::string message = arn_error_text([&] { cdk::Arn::extract_resource_name(arn, type); });
    REQUIRE_FALSE(message.empty());
    for (const auto& part : key_parts(cdk_message)) CHECK_THAT(message, Catch::Contains(part));
    CHECK_THAT(message, Catch::Contains("fix:"));
  }
}

TEST_CASE("format_arn and split round-trip a literal ARN", "[core][arn]") {
  // GIVEN a concrete stack and a slash-separated resource name that itself contains '/'
  ArnApp fixture;
  const cdk::ArnComponents components{
      .account = "111111111111",
      .partition = "aws",
      .region = "",
      .resource = "role",
      .resource_name = "path/to/MyRole",
      .service = "iam",
  };
  // WHEN formatted and split again THEN the parts come back unchanged
  const std::string arn = fixture.concrete.format_arn(components);
  CHECK(arn == "arn:aws:iam::111111111111:role/path/to/MyRole");
  const auto split = cdk::Arn::split(arn, cdk::ArnFormat::slash_resource_name);
  CHECK(split.resource == "role");
  CHECK(split.resource_name == "path/to/MyRole");
  CHECK(split.region == "");
  CHECK(split.account == "111111111111");
  CHECK(cdk::Arn::extract_resource_name(arn, "role") == "path/to/MyRole");
}
