#include <algorithm>
#include <array>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/principals.hpp>
#include <string_view>

#include "iam/detail/principal_json.hpp"
#include "iam/detail/tokens.hpp"

namespace cdk::iam {
namespace {

using Json = nlohmann::ordered_json;

PrincipalPolicyFragment fragment_of(const char* kind, const std::string& value) {
  return {.principal_json = {{kind, Json::array({value})}}};
}

// aws-cdk-lib's ServicePrincipalToken.newStandardizedBehavior, for a principal without a
// region: "s3", "s3.amazonaws.com", "s3.amazonaws.com.cn", ... all become "s3.amazonaws.com".
std::string standardized_service(const std::string& service) {
  if (Token::is_unresolved(service)) return service;
  // aws-cdk-lib matches
  // /^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$/: a name
  // up to the first dot, then nothing or one of these suffixes.
  static constexpr std::array<std::string_view, 5> kSuffixes = {
      "", ".amazonaws.com", ".amazonaws.com.cn", ".c2s.ic.gov", ".sc2s.sgov.gov"};
  const std::string_view text = service;
  const std::string_view name = text.substr(0, text.find('.'));
  const std::string_view suffix = text.substr(name.size());
  if (name.empty() || std::find(kSuffixes.begin(), kSuffixes.end(), suffix) == kSuffixes.end())
    return service;
  return std::string(name) + ".amazonaws.com";
}

}  // namespace

ServicePrincipal::ServicePrincipal(std::string service, ServicePrincipalOpts opts)
    : service_(std::move(service)), conditions_(std::move(opts.conditions)) {}

PrincipalPolicyFragment ServicePrincipal::policy_fragment() const {
  auto fragment = fragment_of("Service", standardized_service(service_));
  fragment.conditions = conditions_;
  return fragment;
}

std::string ServicePrincipal::to_string() const { return "ServicePrincipal(" + service_ + ")"; }

std::shared_ptr<IPrincipal> ServicePrincipal::share() const {
  return std::make_shared<ServicePrincipal>(*this);
}

ArnPrincipal::ArnPrincipal(std::string arn) : arn_(std::move(arn)) {}

PrincipalPolicyFragment ArnPrincipal::policy_fragment() const { return fragment_of("AWS", arn_); }

std::string ArnPrincipal::to_string() const { return "ArnPrincipal(" + arn_ + ")"; }

std::shared_ptr<IPrincipal> ArnPrincipal::share() const {
  return std::make_shared<ArnPrincipal>(*this);
}

AccountPrincipal::AccountPrincipal(std::string account_id) : account_id_(std::move(account_id)) {
  if (account_id_.empty()) {
    throw ValidationError(
        "AccountPrincipal needs an account id (got \"\")\n"
        "    fix: pass a 12-digit account id, or use AccountRootPrincipal for the stack's account",
        "");
  }
  const std::string account = account_id_;
  arn_ = detail::stack_dependent_string(
      [account](const Stack& stack) {
        return "arn:" + stack.partition() + ":iam::" + account + ":root";
      },
      {account});
}

PrincipalPolicyFragment AccountPrincipal::policy_fragment() const {
  return fragment_of("AWS", arn_);
}

std::string AccountPrincipal::to_string() const { return "AccountPrincipal(" + account_id_ + ")"; }

std::shared_ptr<IPrincipal> AccountPrincipal::share() const {
  return std::make_shared<AccountPrincipal>(*this);
}

AccountRootPrincipal::AccountRootPrincipal()
    : account_(detail::stack_dependent_string([](const Stack& stack) { return stack.account(); })) {
}

PrincipalPolicyFragment AccountRootPrincipal::policy_fragment() const {
  return account_.policy_fragment();
}

std::string AccountRootPrincipal::principal_account() const { return account_.principal_account(); }

std::string AccountRootPrincipal::to_string() const { return "AccountRootPrincipal()"; }

std::shared_ptr<IPrincipal> AccountRootPrincipal::share() const {
  return std::make_shared<AccountRootPrincipal>(*this);
}

PrincipalPolicyFragment AnyPrincipal::policy_fragment() const { return fragment_of("AWS", "*"); }

std::string AnyPrincipal::to_string() const { return "AnyPrincipal()"; }

std::shared_ptr<IPrincipal> AnyPrincipal::share() const {
  return std::make_shared<AnyPrincipal>(*this);
}

PrincipalPolicyFragment StarPrincipal::policy_fragment() const {
  return fragment_of(detail::kLiteralStringKey, "*");
}

std::string StarPrincipal::to_string() const { return "StarPrincipal()"; }

std::shared_ptr<IPrincipal> StarPrincipal::share() const {
  return std::make_shared<StarPrincipal>(*this);
}

CompositePrincipal::CompositePrincipal(std::vector<PrincipalRef> principals) {
  if (principals.empty()) {
    throw ValidationError(
        "CompositePrincipals must be constructed with at least 1 Principal but none were passed.\n"
        "    fix: pass the principals to combine, e.g. CompositePrincipal(ServicePrincipal(\"a\"), "
        "ServicePrincipal(\"b\"))",
        "");
  }
  assume_role_action_ = principals.front().assume_role_action();
  add_principals(principals);
}

CompositePrincipal& CompositePrincipal::add_principals(
    const std::vector<PrincipalRef>& principals) {
  principals_.insert(principals_.end(), principals.begin(), principals.end());
  return *this;
}

PrincipalPolicyFragment CompositePrincipal::policy_fragment() const {
  for (const auto& principal : principals_) {
    const auto fragment = principal.policy_fragment();
    if (!fragment.conditions.empty()) {
      throw ValidationError(
          "Components of a CompositePrincipal must not have conditions (got " +
              principal.to_string() + " with conditions " + fragment.conditions.dump() +
              ")\n    fix: put the conditions on the statement, or use separate statements",
          "");
    }
  }
  Json principal_json = Json::object();
  for (const auto& principal : principals_) {
    detail::merge_principal(principal_json, principal.policy_fragment().principal_json);
  }
  return {.principal_json = std::move(principal_json)};
}

void CompositePrincipal::add_to_assume_role_policy(PolicyDocument& document) const {
  for (const auto& principal : principals_) principal.add_to_assume_role_policy(document);
}

std::string CompositePrincipal::to_string() const {
  std::string out = "CompositePrincipal(";
  for (std::size_t i = 0; i < principals_.size(); ++i) {
    if (i > 0) out += ",";
    out += principals_[i].to_string();
  }
  return out + ")";
}

std::shared_ptr<IPrincipal> CompositePrincipal::share() const {
  return std::make_shared<CompositePrincipal>(*this);
}

}  // namespace cdk::iam
