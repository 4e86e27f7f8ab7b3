#include "core/detail/bootstrap.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <filesystem>
#include <string_view>

#include "core/detail/hash.hpp"
#include "core/detail/json_object.hpp"
#include "core/detail/json_text.hpp"

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kQualifier = "hnb659fds";
constexpr const char* kVersionParameter = "/cdk-bootstrap/hnb659fds/version";
constexpr int kRequiredBootstrapVersion = 6;
constexpr int kLookupRoleBootstrapVersion = 8;

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// Fills in the account and region where the stack knows them; the CLI fills in the rest.
std::string specialize(const Stack& stack, std::string text) {
  std::string account = stack.account();
  std::string region = stack.region();
  if (!Token::is_unresolved(account)) text = replace_all(text, "${AWS::AccountId}", account);
  if (!Token::is_unresolved(region)) text = replace_all(text, "${AWS::Region}", region);
  return text;
}

std::string role_arn(const Stack& stack, const std::string& role) {
  return specialize(
      stack, fmt::format("arn:${{AWS::Partition}}:iam::${{AWS::AccountId}}:role/cdk-{}-{}-${{AWS::AccountId}}-${{AWS::Region}}",
                         kQualifier, role));
}

std::string manifest_env_name(const Stack& stack) {
  std::string account = stack.account();
  std::string region = stack.region();
  return (Token::is_unresolved(account) ? "current_account" : account) + "-" +
         (Token::is_unresolved(region) ? "current_region" : region);
}

}  // namespace

std::string bootstrap_bucket_name(const Stack& stack) {
  return specialize(stack, fmt::format("cdk-{}-assets-${{AWS::AccountId}}-${{AWS::Region}}", kQualifier));
}

void add_bootstrap_elements(Stack& stack) {
  if (stack.node().try_find_child("BootstrapVersion") != nullptr) return;
  auto& parameter = stack.add<CfnParameter>(
      "BootstrapVersion",
      {
          .default_value = kVersionParameter,
          .description =
              "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM "
              "Parameter Store. [cdk:skip]",
          .type = "AWS::SSM::Parameter::Value<String>",
      });
  // Versions before 6 can't deploy what this synthesizer writes.
  std::vector<std::string> too_old = {"1", "2", "3", "4", "5"};
  stack.add<CfnRule>(
      "CheckBootstrapVersion",
      {
          .assertions = {{
              .assert_ = Fn::condition_not(Fn::condition_contains(too_old, parameter.value_as_string())),
              .assert_description = "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a "
                                    "recent version of the CDK CLI.",
          }},
      });
}

namespace {

std::string object_key(const FileAssetSource& asset) {
  if (asset.packaging == FileAssetPackaging::zip_directory) return asset.source_hash + ".zip";
  return asset.source_hash + std::filesystem::path(asset.file_name).extension().string();
}

const char* packaging_name(FileAssetPackaging packaging) {
  return packaging == FileAssetPackaging::zip_directory ? "zip" : "file";
}

}  // namespace

FileAssetLocation file_asset_location(const Stack& stack, const FileAssetSource& asset) {
  // Placeholders the stack can't fill in are left to CloudFormation through Fn::Sub
  // (aws-cdk-lib's cfnify); the URL suffix is never known, so URLs always take that path.
  auto cfnify = [&stack](const std::string& text) {
    if (text.find("${") == std::string::npos) return text;
    return Token::as_string(
        stack, std::make_shared<Intrinsic>(object_of("Fn::Sub", text), "AssetLocation"));
  };
  const std::string region = stack.region();
  const std::string url_region = Token::is_unresolved(region) ? "${AWS::Region}" : region;
  const std::string bucket = bootstrap_bucket_name(stack);
  const std::string key = object_key(asset);
  return {
      .bucket_name = cfnify(bucket),
      .http_url = cfnify("https://s3." + url_region + ".${AWS::URLSuffix}/" + bucket + "/" + key),
      .object_key = key,
      .s3_object_url = cfnify("s3://" + bucket + "/" + key),
  };
}

namespace {

// Appends the member "key": "value" to `object`, an object being written into `out`.
void string_member(
    ContainerText& object, std::string& out, std::string_view key, std::string_view value) {
  const std::size_t start = object.open_member(key);
  append_json_string(out, value);
  object.close_member(start, true);
}

}  // namespace

std::string asset_manifest_text(const Stack& stack, const std::vector<FileAssetSource>& files) {
  const std::string bucket = bootstrap_bucket_name(stack);
  const std::string region = stack.region();
  const bool region_known = !Token::is_unresolved(region);
  const std::string role = role_arn(stack, "file-publishing-role");
  const std::string environment = manifest_env_name(stack);
  constexpr int kIndent = 2;  // JSON.stringify(manifest, undefined, 2)

  std::string out;
  auto document = ContainerText::object(out, kIndent, 0);
  string_member(document, out, "version", kAssemblyVersion);
  const std::size_t files_start = document.open_member("files");
  auto entries = ContainerText::object(out, kIndent, 1);
  for (std::size_t index = 0; index < files.size(); ++index) {
    const FileAssetSource& file = files[index];
    // Keyed by source hash: a hash met again keeps its first entry, as in aws-cdk-lib's
    // AssetManifestBuilder (Stack::add_file_asset keeps one asset per hash already).
    const auto same_hash = [&](const FileAssetSource& earlier) {
      return earlier.source_hash == file.source_hash;
    };
    if (std::any_of(files.begin(), files.begin() + static_cast<std::ptrdiff_t>(index), same_hash))
      continue;
    const std::string key = object_key(file);
    const auto write_destination = [&](std::string& text, int indent, int depth) {
      auto destination = ContainerText::object(text, indent, depth);
      string_member(destination, text, "bucketName", bucket);
      string_member(destination, text, "objectKey", key);
      if (region_known) string_member(destination, text, "region", region);
      string_member(destination, text, "assumeRoleArn", role);
      destination.close();
    };
    // Named after a hash of its compact text, as JSON.stringify gives it.
    std::string compact;
    write_destination(compact, -1, 0);
    const std::string destination_key = environment + "-" + sha256_hex(compact).substr(0, 8);

    const std::size_t entry_start = entries.open_member(file.source_hash);
    auto entry = ContainerText::object(out, kIndent, 2);
    string_member(entry, out, "displayName", file.display_name);
    const std::size_t source_start = entry.open_member("source");
    auto source = ContainerText::object(out, kIndent, 3);
    string_member(source, out, "path", file.file_name);
    string_member(source, out, "packaging", packaging_name(file.packaging));
    source.close();
    entry.close_member(source_start, true);
    const std::size_t destinations_start = entry.open_member("destinations");
    auto destinations = ContainerText::object(out, kIndent, 3);
    const std::size_t destination_start = destinations.open_member(destination_key);
    write_destination(out, kIndent, 4);
    destinations.close_member(destination_start, true);
    destinations.close();
    entry.close_member(destinations_start, true);
    entry.close();
    entries.close_member(entry_start, true);
  }
  entries.close();
  document.close_member(files_start, true);
  const std::size_t docker_start = document.open_member("dockerImages");
  out += "{}";
  document.close_member(docker_start, true);
  document.close();
  return out;
}

Json asset_manifest_artifact(const Stack& stack) {
  Json properties = Json::object();
  properties["file"] = stack.artifact_id() + ".assets.json";
  properties["requiresBootstrapStackVersion"] = kRequiredBootstrapVersion;
  properties["bootstrapStackVersionSsmParameter"] = kVersionParameter;
  return object_of("type", "cdk:asset-manifest", "properties", std::move(properties));
}

Json stack_artifact(
    const Stack& stack, const std::string& template_hash, const std::string& assets_artifact_id,
    const std::string& metadata_file) {
  Json properties = object_with_room(13);  // room for the keys below
  properties["templateFile"] = stack.template_file();
  properties["terminationProtection"] = stack.termination_protection();
  if (stack.tags().has_tags()) properties["tags"] = stack.tags().tag_values();
  properties["validateOnSynth"] = false;
  if (!stack.deploy_notification_arns().empty()) properties["notificationArns"] = stack.deploy_notification_arns();
  properties["assumeRoleArn"] = role_arn(stack, "deploy-role");
  properties["cloudFormationExecutionRoleArn"] = role_arn(stack, "cfn-exec-role");
  properties["stackTemplateAssetObjectUrl"] =
      "s3://" + bootstrap_bucket_name(stack) + "/" + template_hash + ".json";
  properties["requiresBootstrapStackVersion"] = kRequiredBootstrapVersion;
  properties["bootstrapStackVersionSsmParameter"] = kVersionParameter;
  properties["additionalDependencies"] = Json::array({assets_artifact_id});
  properties["lookupRole"] = Json{
      {"arn", role_arn(stack, "lookup-role")},
      {"requiresBootstrapStackVersion", kLookupRoleBootstrapVersion},
      {"bootstrapStackVersionSsmParameter", kVersionParameter},
  };
  if (stack.stack_name() != stack.artifact_id()) properties["stackName"] = stack.stack_name();

  Json dependencies = Json::array();
  for (const Stack* dependency : stack.stack_dependencies()) dependencies.push_back(dependency->artifact_id());
  dependencies.push_back(assets_artifact_id);

  Json artifact = object_with_room(6);
  artifact["type"] = "aws:cloudformation:stack";
  artifact["environment"] = stack.environment();
  artifact["properties"] = std::move(properties);
  artifact["dependencies"] = std::move(dependencies);
  if (!metadata_file.empty()) artifact["additionalMetadataFile"] = metadata_file;
  artifact["displayName"] = stack.node().path();
  return artifact;
}

}  // namespace cdk::detail
