#include "core/detail/bootstrap.hpp"

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

// Put together with appends rather than fmt::format, whose format string is parsed on every
// call: four role ARNs and two bucket names are made for every stack.
std::string role_arn(const Stack& stack, std::string_view role) {
  std::string arn = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-";
  arn.append(kQualifier).append("-").append(role).append("-${AWS::AccountId}-${AWS::Region}");
  return specialize(stack, std::move(arn));
}

std::string manifest_env_name(const Stack& stack) {
  std::string account = stack.account();
  std::string region = stack.region();
  return (Token::is_unresolved(account) ? "current_account" : account) + "-" +
         (Token::is_unresolved(region) ? "current_region" : region);
}

}  // namespace

std::string bootstrap_bucket_name(const Stack& stack) {
  std::string name = "cdk-";
  name.append(kQualifier).append("-assets-${AWS::AccountId}-${AWS::Region}");
  return specialize(stack, std::move(name));
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

std::string asset_manifest_text(const Stack& stack, const std::vector<FileAssetSource>& files) {
  const std::string bucket = bootstrap_bucket_name(stack);
  const std::string region = stack.region();
  const bool region_known = !Token::is_unresolved(region);
  const std::string role = role_arn(stack, "file-publishing-role");
  const std::string environment = manifest_env_name(stack);
  constexpr int kIndent = 2;  // JSON.stringify(manifest, undefined, 2)

  std::string out;
  auto document = ContainerText::object(out, kIndent, 0);
  document.string_member("version", kAssemblyVersion);
  auto entries = document.object_member("files");
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
    const auto write_destination = [&](ContainerText destination) {
      destination.string_member("bucketName", bucket);
      destination.string_member("objectKey", key);
      if (region_known) destination.string_member("region", region);
      destination.string_member("assumeRoleArn", role);
      destination.close();
    };
    // Named after a hash of its compact text, as JSON.stringify gives it.
    std::string compact;
    write_destination(ContainerText::object(compact, -1, 0));
    const std::string destination_key = environment + "-" + sha256_hex(compact).substr(0, 8);

    auto entry = entries.object_member(file.source_hash);
    entry.string_member("displayName", file.display_name);
    auto source = entry.object_member("source");
    source.string_member("path", file.file_name);
    source.string_member("packaging", packaging_name(file.packaging));
    source.close();
    auto destinations = entry.object_member("destinations");
    write_destination(destinations.object_member(destination_key));
    destinations.close();
    entry.close();
  }
  entries.close();
  document.object_member("dockerImages").close();
  document.close();
  return out;
}

void append_asset_manifest_artifact(ContainerText& artifacts, const Stack& stack) {
  auto artifact = artifacts.object_member(stack.artifact_id() + ".assets");
  artifact.string_member("type", "cdk:asset-manifest");
  auto properties = artifact.object_member("properties");
  properties.string_member("file", stack.artifact_id() + ".assets.json");
  properties.literal_member(
      "requiresBootstrapStackVersion", std::to_string(kRequiredBootstrapVersion));
  properties.string_member("bootstrapStackVersionSsmParameter", kVersionParameter);
  properties.close();
  artifact.close();
}

void append_stack_artifact(
    ContainerText& artifacts,
    const Stack& stack,
    const std::string& template_hash,
    const std::string& metadata_file) {
  const std::string assets_artifact_id = stack.artifact_id() + ".assets";
  auto artifact = artifacts.object_member(stack.artifact_id());
  artifact.string_member("type", "aws:cloudformation:stack");
  artifact.string_member("environment", stack.environment());

  auto properties = artifact.object_member("properties");
  properties.string_member("templateFile", stack.template_file());
  properties.literal_member(
      "terminationProtection", stack.termination_protection() ? "true" : "false");
  if (stack.tags().has_tags()) properties.json_member("tags", stack.tags().tag_values());
  properties.literal_member("validateOnSynth", "false");
  if (!stack.deploy_notification_arns().empty()) {
    auto arns = properties.array_member("notificationArns");
    for (const auto& arn : stack.deploy_notification_arns()) arns.string_element(arn);
    arns.close();
  }
  properties.string_member("assumeRoleArn", role_arn(stack, "deploy-role"));
  properties.string_member("cloudFormationExecutionRoleArn", role_arn(stack, "cfn-exec-role"));
  properties.string_member(
      "stackTemplateAssetObjectUrl",
      "s3://" + bootstrap_bucket_name(stack) + "/" + template_hash + ".json");
  properties.literal_member(
      "requiresBootstrapStackVersion", std::to_string(kRequiredBootstrapVersion));
  properties.string_member("bootstrapStackVersionSsmParameter", kVersionParameter);
  auto additional = properties.array_member("additionalDependencies");
  additional.string_element(assets_artifact_id);
  additional.close();
  auto lookup_role = properties.object_member("lookupRole");
  lookup_role.string_member("arn", role_arn(stack, "lookup-role"));
  lookup_role.literal_member(
      "requiresBootstrapStackVersion", std::to_string(kLookupRoleBootstrapVersion));
  lookup_role.string_member("bootstrapStackVersionSsmParameter", kVersionParameter);
  lookup_role.close();
  if (stack.stack_name() != stack.artifact_id())
    properties.string_member("stackName", stack.stack_name());
  properties.close();

  auto dependencies = artifact.array_member("dependencies");
  for (const Stack* dependency : stack.stack_dependencies())
    dependencies.string_element(dependency->artifact_id());
  dependencies.string_element(assets_artifact_id);
  dependencies.close();
  if (!metadata_file.empty()) artifact.string_member("additionalMetadataFile", metadata_file);
  artifact.string_member("displayName", stack.node().path());
  artifact.close();
}

}  // namespace cdk::detail
