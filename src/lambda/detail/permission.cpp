#include "lambda/detail/permission.hpp"

#include <fmt/format.h>

#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/iam/principals.hpp>
#include <cstdint>

#include "core/detail/hash.hpp"

namespace cdk::lambda::detail {
namespace {

using Json = nlohmann::ordered_json;

std::string base64_of_hex(const std::string& hex) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t chunk = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16U;
    if (i + 1 < bytes.size()) {
      chunk |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8U;
    }
    if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
    out.push_back(kAlphabet[(chunk >> 18U) & 63U]);
    out.push_back(kAlphabet[(chunk >> 12U) & 63U]);
    out.push_back(i + 1 < bytes.size() ? kAlphabet[(chunk >> 6U) & 63U] : '=');
    out.push_back(i + 2 < bytes.size() ? kAlphabet[chunk & 63U] : '=');
  }
  return out;
}

// The principal as a Lambda permission takes it, as aws-cdk-lib's parsePermissionPrincipal.
std::string permission_principal(const cdk::iam::PrincipalRef& principal, const std::string& path) {
  const cdk::iam::IPrincipal& held = principal.get();
  if (const auto* account = dynamic_cast<const cdk::iam::AccountPrincipal*>(&held)) {
    return account->account_id();
  }
  if (dynamic_cast<const cdk::iam::AccountRootPrincipal*>(&held) != nullptr) {
    return held.principal_account();
  }
  if (const auto* service = dynamic_cast<const cdk::iam::ServicePrincipal*>(&held)) {
    return service->service();
  }
  if (const auto* arn = dynamic_cast<const cdk::iam::ArnPrincipal*>(&held)) return arn->arn();
  const auto fragment = held.policy_fragment();
  if (fragment.conditions.empty() && fragment.principal_json.contains("AWS")) {
    const Json& aws = fragment.principal_json["AWS"];
    if (aws.is_string()) return aws.get<std::string>();
    if (aws.is_array() && aws.size() == 1 && aws[0].is_string()) return aws[0].get<std::string>();
  }
  throw ValidationError(
      fmt::format(
          "Invalid principal type for Lambda permission statement: {}. Supported: "
          "AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal\n"
          "    fix: give a service, account or ARN principal",
          held.to_string()),
      path);
}

}  // namespace

std::string principal_identifier(const cdk::iam::PrincipalRef& principal) {
  Json key = Json::object();
  key["principal"] = principal.to_string();
  key["conditions"] = principal.policy_fragment().conditions;
  std::string id = base64_of_hex(cdk::detail::sha256_hex(key.dump()));
  std::string sanitized;
  for (char c : id) {
    if (c == '/') {
      sanitized += "--";
    } else {
      sanitized.push_back(c);
    }
  }
  return sanitized;
}

void add_permission(
    cdk::Construct& scope,
    const std::string& id,
    const std::string& function_arn,
    const Permission& permission,
    const std::string& function_path) {
  const std::string principal = permission_principal(permission.principal, function_path);
  Json properties = Json::object();
  properties["Action"] = permission.action;
  if (!permission.event_source_token.empty()) {
    properties["EventSourceToken"] = permission.event_source_token;
  }
  properties["FunctionName"] = function_arn;
  properties["Principal"] = principal;
  if (!permission.source_account.empty()) properties["SourceAccount"] = permission.source_account;
  if (!permission.source_arn.empty()) properties["SourceArn"] = permission.source_arn;
  scope.add<cdk::CfnResource>(
      id, {.properties = std::move(properties), .type = "AWS::Lambda::Permission"});
}

}  // namespace cdk::lambda::detail
