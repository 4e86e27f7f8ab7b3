#include <algorithm>
#include <cdk/core/errors.hpp>
#include <cdk/core/token.hpp>
#include <cdk/iam/policy_statement.hpp>

#include "core/detail/ascii.hpp"
#include "core/detail/json_object.hpp"
#include "iam/detail/principal_json.hpp"

namespace cdk::iam {
namespace {

using Json = nlohmann::ordered_json;

// aws-cdk-lib's /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/, written out: it runs for every action of
// every statement, where std::regex costs more than the rest of the statement.
bool valid_action(const std::string& action) {
  if (action == "*") return true;
  const auto colon = action.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == action.size()) return false;
  const bool service = std::all_of(action.begin(), action.begin() + static_cast<std::ptrdiff_t>(colon),
                                   [](char c) { return cdk::detail::is_ascii_alphanumeric(c) || c == '-'; });
  const bool name = std::all_of(action.begin() + static_cast<std::ptrdiff_t>(colon) + 1, action.end(),
                                [](char c) { return cdk::detail::is_ascii_alphanumeric(c) || c == '*'; });
  return service && name;
}

void validate_actions(const std::vector<std::string>& actions) {
  if (Token::is_unresolved(actions)) return;
  for (const auto& action : actions) {
    if (Token::is_unresolved(action) || valid_action(action)) continue;
    throw ValidationError(
        "Action '" + action +
            "' is invalid. An action string consists of a service namespace, a colon, and the name "
            "of an action. Action names can include wildcards.\n"
            "    fix: write actions as \"<service>:<Action>\", e.g. \"s3:GetObject\", or \"*\"",
        "");
  }
}

void exclusive(bool adding, bool other_present, const char* what, const char* other) {
  if (!adding || !other_present) return;
  throw ValidationError(
      std::string("Cannot add '") + what + "' to policy statement if '" + other +
          "' have been added\n    fix: use either " + what + " or " + other +
          " in one statement, or split it in two",
      "");
}

// Appends the values not present yet (aws-cdk-lib's OrderedSet.push).
void push_unique(std::vector<std::string>& target, const std::vector<std::string>& values) {
  for (const auto& value : values) {
    if (std::find(target.begin(), target.end(), value) == target.end()) target.push_back(value);
  }
}

// aws-cdk-lib keeps principals in an OrderedSet, so the same principal object counts once.
// Here "the same" is the same held principal: one construct, or copies of one PrincipalRef.
bool contains_principal(
    const std::vector<PrincipalRef>& principals, const PrincipalRef& principal) {
  const IPrincipal* held = &principal.get();
  return std::any_of(principals.begin(), principals.end(), [held](const PrincipalRef& p) {
    return &p.get() == held;
  });
}

void validate_condition_object(const Json& value) {
  if (value.is_object()) return;
  throw ValidationError(
      "A Condition should be represented as a map of operator to value (got " + value.dump() +
          ")\n    fix: give each operator an object of condition keys, e.g. "
          "{\"StringEquals\", {{\"aws:SourceAccount\", \"111122223333\"}}}",
      "");
}

// normalizeStatement's _norm for Action/Resource lists: a single value as a scalar, a list
// token as it is, nothing for an empty list.
Json normalize_list(const std::vector<std::string>& values) {
  if (values.empty()) return Json(Json::value_t::discarded);
  if (Token::is_unresolved(values)) return Json(values);
  if (values.size() == 1) return values.front();
  return Json(values);
}

}  // namespace

PolicyStatement::PolicyStatement(PolicyStatementProps props)
    : sid_(std::move(props.sid)), effect_(props.effect) {
  add_actions(props.actions);
  add_not_actions(props.not_actions);
  add_principals(props.principals);
  add_not_principals(props.not_principals);
  add_resources(props.resources);
  add_not_resources(props.not_resources);
  if (!props.conditions.is_null()) {
    validate_condition_object(props.conditions);
    add_conditions(props.conditions);
  }
}

void PolicyStatement::add_actions(const std::vector<std::string>& actions) {
  exclusive(!actions.empty(), !not_actions_.empty(), "Actions", "NotActions");
  validate_actions(actions);
  push_unique(actions_, actions);
}

void PolicyStatement::add_not_actions(const std::vector<std::string>& not_actions) {
  exclusive(!not_actions.empty(), !actions_.empty(), "NotActions", "Actions");
  validate_actions(not_actions);
  push_unique(not_actions_, not_actions);
}

void PolicyStatement::add_principals(const std::vector<PrincipalRef>& principals) {
  exclusive(!principals.empty(), !not_principals_.empty(), "Principals", "NotPrincipals");
  for (const auto& principal : principals) {
    if (contains_principal(principals_, principal)) continue;
    principals_.push_back(principal);
    const auto fragment = principal.policy_fragment();
    detail::merge_principal(principal_json_, fragment.principal_json);
    add_principal_conditions(fragment.conditions);
  }
}

void PolicyStatement::add_not_principals(const std::vector<PrincipalRef>& not_principals) {
  exclusive(!not_principals.empty(), !principals_.empty(), "NotPrincipals", "Principals");
  for (const auto& principal : not_principals) {
    if (contains_principal(not_principals_, principal)) continue;
    not_principals_.push_back(principal);
    const auto fragment = principal.policy_fragment();
    detail::merge_principal(not_principal_json_, fragment.principal_json);
    add_principal_conditions(fragment.conditions);
  }
}

void PolicyStatement::add_resources(const std::vector<std::string>& arns) {
  exclusive(!arns.empty(), !not_resources_.empty(), "Resources", "NotResources");
  push_unique(resources_, arns);
}

void PolicyStatement::add_not_resources(const std::vector<std::string>& arns) {
  exclusive(!arns.empty(), !resources_.empty(), "NotResources", "Resources");
  push_unique(not_resources_, arns);
}

void PolicyStatement::add_all_resources() { add_resources({"*"}); }

void PolicyStatement::add_condition(const std::string& op, const Json& value) {
  validate_condition_object(value);
  auto existing = conditions_.find(op);
  if (existing == conditions_.end() || !existing->is_object()) {
    conditions_[op] = value;
    return;
  }
  for (auto it = value.begin(); it != value.end(); ++it) (*existing)[it.key()] = it.value();
}

void PolicyStatement::add_conditions(const Json& conditions) {
  for (auto it = conditions.begin(); it != conditions.end(); ++it)
    add_condition(it.key(), it.value());
}

void PolicyStatement::add_source_account_condition(const std::string& account_id) {
  add_condition("StringEquals", {{"aws:SourceAccount", account_id}});
}

void PolicyStatement::add_source_arn_condition(const std::string& arn) {
  add_condition("ArnEquals", {{"aws:SourceArn", arn}});
}

void PolicyStatement::add_principal_conditions(const Json& conditions) {
  const std::string these = conditions.dump();
  if (!principal_conditions_json_) {
    principal_conditions_json_ = these;
  } else if (*principal_conditions_json_ != these) {
    throw ValidationError(
        "All principals in a PolicyStatement must have the same Conditions (got '" +
            *principal_conditions_json_ + "' and '" + these +
            "')\n    fix: use multiple statements instead",
        "");
  }
  add_conditions(conditions);
}

Json PolicyStatement::to_statement_json() const {
  Json statement = cdk::detail::object_with_room(9);  // the keys below
  auto put = [&statement](const char* key, Json value) {
    if (!value.is_discarded()) statement[key] = std::move(value);
  };
  put("Action", normalize_list(actions_));
  put("NotAction", normalize_list(not_actions_));
  put("Condition", conditions_.empty() ? Json(Json::value_t::discarded) : conditions_);
  put("Effect", effect_ == Effect::allow ? "Allow" : "Deny");
  put("Principal", detail::normalize_principal(principal_json_));
  put("NotPrincipal", detail::normalize_principal(not_principal_json_));
  put("Resource", normalize_list(resources_));
  put("NotResource", normalize_list(not_resources_));
  put("Sid", sid_.empty() ? Json(Json::value_t::discarded) : Json(sid_));
  return statement;
}

std::vector<std::string> PolicyStatement::validate_for_any_policy() const {
  std::vector<std::string> errors;
  if (actions_.empty() && not_actions_.empty()) {
    errors.emplace_back("A PolicyStatement must specify at least one 'action' or 'notAction'.");
  }
  return errors;
}

std::vector<std::string> PolicyStatement::validate_for_resource_policy(
    bool skip_resource_validation) const {
  auto errors = validate_for_any_policy();
  if (principals_.empty() && not_principals_.empty()) {
    errors.emplace_back(
        "A PolicyStatement used in a resource-based policy must specify at least one IAM "
        "principal.");
  }
  if (!skip_resource_validation && resources_.empty() && not_resources_.empty()) {
    errors.emplace_back(
        "A PolicyStatement used in a resource-based policy must specify at least one resource.");
  }
  return errors;
}

std::vector<std::string> PolicyStatement::validate_for_trust_policy() const {
  auto errors = validate_for_any_policy();
  if (principals_.empty() && not_principals_.empty()) {
    errors.emplace_back(
        "A PolicyStatement used in a trust policy must specify at least one IAM principal.");
  }
  return errors;
}

std::vector<std::string> PolicyStatement::validate_for_identity_policy() const {
  auto errors = validate_for_any_policy();
  if (!principals_.empty() || !not_principals_.empty()) {
    errors.emplace_back(
        "A PolicyStatement used in an identity-based policy cannot specify any IAM principals.");
  }
  if (resources_.empty() && not_resources_.empty()) {
    errors.emplace_back(
        "A PolicyStatement used in an identity-based policy must specify at least one resource.");
  }
  if (!sid_.empty() && !Token::is_unresolved(sid_) && !std::all_of(sid_.begin(), sid_.end(), cdk::detail::is_ascii_alphanumeric)) {
    errors.emplace_back(
        "Statement ID (sid) '" + sid_ +
        "' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based policy. See "
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html");
  }
  return errors;
}

}  // namespace cdk::iam
