#include <algorithm>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/policy.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>
#include <cstdint>

#include "core/detail/ascii.hpp"
#include "core/detail/js_length.hpp"
#include "iam/detail/tokens.hpp"

namespace cdk::iam {
namespace {

using Json = nlohmann::ordered_json;

void validate_role_name(const std::string& name, const std::string& path) {
  // aws-cdk-lib's /^[\w+=,.@-]{1,64}$/ (\w is [A-Za-z0-9_]).
  if (name.empty() || Token::is_unresolved(name)) return;
  if (name.size() <= 64 && cdk::detail::only_alphanumerics_or(name, "_+=,.@-")) return;
  throw ValidationError(
      "Invalid roleName. The name must be a string of characters consisting of upper and lowercase "
      "alphanumeric characters with no spaces. You can also include any of the following "
      "characters: "
      "_+=,.@-. Length must be between 1 and 64 characters. (got \"" +
          name +
          "\")\n"
          "    fix: shorten .role_name or remove the other characters",
      path);
}

void validate_role_path(const std::string& role_path, const std::string& path) {
  if (role_path.empty() || Token::is_unresolved(role_path)) return;
  if (role_path.size() > 512) {
    throw ValidationError(
        "Role path must be between 1 and 512 characters. The provided role path is " +
            std::to_string(role_path.size()) + " characters.\n    fix: shorten .path",
        path);
  }
  bool valid = role_path == "/";
  if (!valid && role_path.size() >= 3 && role_path.front() == '/' && role_path.back() == '/') {
    valid = std::all_of(role_path.begin() + 1, role_path.end() - 1, [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return u >= 0x21 && u <= 0x7F;
    });
  }
  if (valid) return;
  throw ValidationError(
      "Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded "
      "by "
      "slashes. Valid characters are unicode characters in [\\u0021-\\u007F]. However, " +
          role_path + " is provided.\n    fix: write the path as \"/\" or \"/name/\"",
      path);
}

}  // namespace

Role::Role(cdk::Scope scope, RoleProps props)
    : cdk::Construct(std::move(scope)),
      inline_policies_(std::move(props.inline_policies)),
      managed_policies_(std::move(props.managed_policies)) {
  for (const auto& policy : managed_policies_)
    managed_policy_arns_.insert(policy.managed_policy_arn());
  const std::string& path = node().path();
  validate_role_name(props.role_name, path);
  std::optional<std::int64_t> max_session_seconds;
  if (props.max_session_duration) {
    const double seconds = props.max_session_duration->to_seconds();
    if (seconds < 3600 || seconds > 43200) {
      throw ValidationError(
          "maxSessionDuration is set to " + std::to_string(static_cast<std::int64_t>(seconds)) +
              ", but must be >= 3600sec (1hr) and <= 43200sec (12hrs)\n"
              "    fix: set .max_session_duration between Duration::hours(1) and "
              "Duration::hours(12)",
          path);
    }
    max_session_seconds = static_cast<std::int64_t>(seconds);
  }
  if (const std::size_t length = cdk::detail::utf16_length(props.description); length > 1000) {
    throw ValidationError(
        "Role description must be no longer than 1000 characters (got " + std::to_string(length) +
            ")\n    fix: shorten .description",
        path);
  }
  validate_role_path(props.path, path);
  for (std::size_t i = 0; i < inline_policies_.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (inline_policies_[i].first != inline_policies_[j].first) continue;
      throw ValidationError(
          "inline_policies names \"" + inline_policies_[i].first +
              "\" twice\n    fix: give each inline policy its own name",
          path);
    }
  }

  props.assumed_by.add_to_assume_role_policy(assume_role_policy_);

  Json properties = Json::object();
  properties["AssumeRolePolicyDocument"] = assume_role_policy_.to_json(*this);
  if (!props.description.empty()) properties["Description"] = props.description;
  properties["ManagedPolicyArns"] =
      Token::as_string(*this, std::make_shared<detail::UniqueListToken>([this] {
        std::vector<std::string> arns;
        arns.reserve(managed_policies_.size());
        for (const auto& policy : managed_policies_) arns.push_back(policy.managed_policy_arn());
        return arns;
      }));
  if (max_session_seconds) properties["MaxSessionDuration"] = *max_session_seconds;
  if (!props.path.empty()) properties["Path"] = props.path;
  if (!inline_policies_.empty()) {
    Json policies = Json::array();
    for (const auto& [name, document] : inline_policies_) {
      policies.push_back({{"PolicyDocument", document.to_json(*this)}, {"PolicyName", name}});
    }
    properties["Policies"] = std::move(policies);
  }
  if (!props.role_name.empty()) properties["RoleName"] = props.role_name;

  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {.properties = std::move(properties), .tagging = cdk::TagSpec{}, .type = "AWS::IAM::Role"});
  // Physical names for consumers in other environments, as aws-cdk-lib's Role.roleArn/roleName.
  const std::string role_name = props.role_name;
  auto physical_name = [this, role_name](const char* attribute) {
    if (role_name.empty()) {
      throw ValidationError(
          std::string("the role's ") + attribute +
              " is used in a stack of another account or region, so the role needs a name known "
              "before deployment (got no .role_name)\n"
              "    fix: set .role_name (aws-cdk-lib would generate one; cdkpp does not)",
          node().path());
    }
    return role_name;
  };
  std::string arn_path =
      props.path.empty() ? "" : props.path.substr(props.path.front() == '/' ? 1 : 0);
  role_arn_ = Token::as_string(
      *this,
      std::make_shared<detail::CrossEnvironmentToken>(
          *this, resource_->get_att("Arn"), [this, physical_name, arn_path] {
            return cdk::Stack::of(*this).format_arn(
                {.region = "",
                 .resource = "role",
                 .resource_name = arn_path + physical_name("role_arn"),
                 .service = "iam"});
          }));
  role_name_ = Token::as_string(
      *this,
      std::make_shared<detail::CrossEnvironmentToken>(
          *this, resource_->ref(), [physical_name] { return physical_name("role_name"); }));
  node().add_validation([this] { return validate_role(); });
}

std::string Role::role_arn() const { return role_arn_; }

std::string Role::role_name() const { return role_name_; }

std::string Role::role_id() const { return resource_->get_att("RoleId"); }

PrincipalPolicyFragment Role::policy_fragment() const {
  return {.principal_json = {{"AWS", nlohmann::ordered_json::array({role_arn_})}}};
}

std::string Role::principal_account() const { return cdk::Stack::of(*this).account(); }

AddToPrincipalPolicyResult Role::add_to_principal_policy(const PolicyStatement& statement) {
  if (default_policy_ == nullptr) {
    default_policy_ = &add<Policy>("DefaultPolicy");
    default_policy_->document().drop_equal_statements_when_rendered();
    attach_inline_policy(*default_policy_);
  }
  default_policy_->add_statements(statement);
  return {.policy_dependable = default_policy_, .statement_added = true};
}

std::string Role::to_string() const { return node().path(); }

void Role::add_managed_policy(const IManagedPolicy& policy) {
  std::string arn = policy.managed_policy_arn();
  if (!managed_policy_arns_.insert(arn).second) return;
  managed_policies_.emplace_back(std::move(arn));
}

void Role::attach_inline_policy(Policy& policy) {
  if (std::find(attached_policies_.begin(), attached_policies_.end(), &policy) ==
      attached_policies_.end()) {
    // As aws-cdk-lib's AttachedPolicies.attach, comparing names reads them, which marks both
    // policies as referenced (they then must render).
    for (Policy* attached : attached_policies_) {
      const std::string name = attached->policy_name();
      if (name == policy.policy_name()) {
        throw ValidationError(
            "A policy named \"" + name +
                "\" is already attached\n    fix: give the policies different names",
            policy.node().path());
      }
    }
    attached_policies_.push_back(&policy);
  }
  policy.attach_to_role(*this);
}

Grant Role::grant(const IGrantable& grantee, const std::vector<std::string>& actions) const {
  return Grant::add_to_principal(
      {.actions = actions, .grantee = grantee, .resource_arns = {role_arn_}});
}

Grant Role::grant_pass_role(const IGrantable& grantee) const {
  return Grant::add_to_principal(
      {.actions = {"iam:PassRole"}, .grantee = grantee, .resource_arns = {role_arn_}});
}

Grant Role::grant_assume_role(const IGrantable& grantee) const {
  const PrincipalRef principal(grantee);
  const IPrincipal& held = principal.get();
  if (dynamic_cast<const ServicePrincipal*>(&held) != nullptr ||
      dynamic_cast<const AccountPrincipal*>(&held) != nullptr ||
      dynamic_cast<const AccountRootPrincipal*>(&held) != nullptr) {
    throw ValidationError(
        "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy "
        "instead (got " +
            principal.to_string() +
            ")\n    fix: add the principal to .assumed_by or assume_role_policy()",
        node().path());
  }
  return Grant::add_to_principal(
      {.actions = {"sts:AssumeRole"}, .grantee = grantee, .resource_arns = {role_arn_}});
}

std::vector<std::string> Role::validate_role() const {
  auto errors = assume_role_policy_.validate_for_trust_policy();
  for (const auto& [name, document] : inline_policies_) {
    auto more = document.validate_for_identity_policy();
    errors.insert(errors.end(), more.begin(), more.end());
  }
  return errors;
}

}  // namespace cdk::iam
