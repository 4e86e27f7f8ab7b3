#include <algorithm>
#include <cctype>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/kms/alias.hpp>

namespace cdk::kms {
namespace {

constexpr std::string_view kRequiredPrefix = "alias/";
constexpr std::string_view kDisallowedPrefix = "alias/aws/";
constexpr std::size_t kMaxAliasLength = 256;

bool allowed_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ':' || c == '/' || c == '_' ||
         c == '-';
}

IKey& require_target(IKey* key, const std::string& path) {
  if (key != nullptr) return *key;
  throw ValidationError(
      "an Alias needs the key it points to (got .target_key = nullptr)\n"
      "    fix: set .target_key = &key",
      path);
}

}  // namespace

std::string validate_alias_name(const std::string& alias_name, const std::string& path) {
  if (Token::is_unresolved(alias_name)) return alias_name;
  std::string name = alias_name;
  if (name.rfind(kRequiredPrefix, 0) != 0) name = std::string(kRequiredPrefix) + name;
  if (name == kRequiredPrefix) {
    throw ValidationError(
        "Alias must include a value after \"alias/\": " + name +
            "\n    fix: name the alias, e.g. \"alias/my-key\"",
        path);
  }
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  if (lower.rfind(kDisallowedPrefix, 0) == 0) {
    throw ValidationError(
        "Alias cannot start with alias/aws/: " + name +
            "\n    fix: choose a name outside alias/aws/, which AWS keeps for its own keys",
        path);
  }
  if (name.size() > kMaxAliasLength || !std::all_of(name.begin(), name.end(), allowed_character)) {
    throw ValidationError(
        "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_- (got \"" + name +
            "\")\n    fix: shorten the name or remove the other characters",
        path);
  }
  return name;
}

Alias::Alias(cdk::Scope scope, AliasProps props) : IKey(std::move(scope)) {
  // aws-cdk-lib reports alias name errors at the alias's parent.
  const Construct* parent = node().scope();
  alias_name_ = validate_alias_name(props.alias_name, parent ? parent->node().path() : "");
  target_key_ = &require_target(props.target_key, node().path());
  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties = {{"AliasName", alias_name_}, {"TargetKeyId", target_key_->key_arn()}},
          .type = "AWS::KMS::Alias",
      });
  if (props.removal_policy) resource_->apply_removal_policy(*props.removal_policy);
}

std::string Alias::alias_arn() const {
  return cdk::Stack::of(*this).format_arn({.resource = alias_name_, .service = "kms"});
}

std::string Alias::key_arn() const { return alias_arn(); }

std::string Alias::key_id() const { return alias_name_; }

cdk::iam::AddToResourcePolicyResult Alias::add_to_resource_policy(
    const cdk::iam::PolicyStatement& statement) {
  return target_key_->add_to_resource_policy(statement);
}

cdk::iam::Grant Alias::grant(
    const cdk::iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  return target_key_->grant(grantee, actions);
}

}  // namespace cdk::kms
