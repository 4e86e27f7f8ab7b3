#pragma once

#include <cdk/iam/principal.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk::iam {

/// Whether a statement allows or denies.
enum class Effect { allow, deny };

/// Props of a PolicyStatement (aws-cdk-lib's PolicyStatementProps).
struct PolicyStatementProps {
  /// Actions, "service:Action" or "*"; wildcards allowed in the name. Default: none.
  std::vector<std::string> actions{};
  /// Conditions, operator -> {key: value}, e.g.
  /// {{"StringEquals", {{"aws:SourceAccount", "111122223333"}}}}. Default: none.
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
  /// Default: Effect::allow.
  Effect effect = Effect::allow;
  /// Actions the statement does not apply to (exclusive with actions). Default: none.
  std::vector<std::string> not_actions{};
  /// Principals the statement does not apply to (exclusive with principals). Default: none.
  std::vector<PrincipalRef> not_principals{};
  /// Resources the statement does not apply to (exclusive with resources). Default: none.
  std::vector<std::string> not_resources{};
  /// Principals (resource and trust policies only). Default: none.
  std::vector<PrincipalRef> principals{};
  /// Resource ARNs, or "*". Default: none.
  std::vector<std::string> resources{};
  /// The statement id; alphanumeric in identity policies. Default: none ("").
  std::string sid{};
};

/// One statement of an IAM policy document (aws-cdk-lib's PolicyStatement), as a value:
/// documents and grants keep copies. Renders exactly as aws-cdk-lib's toStatementJson: keys
/// Action, NotAction, Condition, Effect, Principal, NotPrincipal, Resource, NotResource, Sid;
/// one action/resource/principal value as a scalar; actions and resources in the order added
/// without duplicates; principals merged per kind in the order first added.
class PolicyStatement {
 public:
  /// Throws a ValidationError for an action that is not "service:Action" or "*", for both
  /// actions and not_actions (resources, principals), or for a condition that is not an object.
  explicit PolicyStatement(PolicyStatementProps props = {});

  void add_actions(const std::vector<std::string>& actions);
  void add_not_actions(const std::vector<std::string>& not_actions);
  void add_principals(const std::vector<PrincipalRef>& principals);
  void add_not_principals(const std::vector<PrincipalRef>& not_principals);
  void add_resources(const std::vector<std::string>& arns);
  void add_not_resources(const std::vector<std::string>& arns);
  /// add_resources({"*"}).
  void add_all_resources();
  /// Adds a condition; a second one with the same operator merges key by key (later wins).
  void add_condition(const std::string& op, const nlohmann::ordered_json& value);
  /// add_condition for each operator of `conditions`.
  void add_conditions(const nlohmann::ordered_json& conditions);
  /// StringEquals {"aws:SourceAccount": account_id}.
  void add_source_account_condition(const std::string& account_id);
  /// ArnEquals {"aws:SourceArn": arn}.
  void add_source_arn_condition(const std::string& arn);

  const std::vector<std::string>& actions() const noexcept { return actions_; }
  const std::vector<std::string>& not_actions() const noexcept { return not_actions_; }
  const std::vector<PrincipalRef>& principals() const noexcept { return principals_; }
  const std::vector<PrincipalRef>& not_principals() const noexcept { return not_principals_; }
  const std::vector<std::string>& resources() const noexcept { return resources_; }
  const std::vector<std::string>& not_resources() const noexcept { return not_resources_; }
  const nlohmann::ordered_json& conditions() const noexcept { return conditions_; }
  Effect effect() const noexcept { return effect_; }
  void set_effect(Effect effect) noexcept { effect_ = effect; }
  const std::string& sid() const noexcept { return sid_; }
  void set_sid(std::string sid) { sid_ = std::move(sid); }
  /// True if there is a principal or not-principal.
  bool has_principal() const noexcept { return !principals_.empty() || !not_principals_.empty(); }
  /// True if there is a resource (not counting not-resources).
  bool has_resource() const noexcept { return !resources_.empty(); }

  /// The statement as it goes into a policy document, tokens unresolved.
  nlohmann::ordered_json to_statement_json() const;

  /// Problems of the statement in any policy (no action).
  std::vector<std::string> validate_for_any_policy() const;
  /// Problems in a resource policy (also: no principal; no resource unless skipped).
  std::vector<std::string> validate_for_resource_policy(
      bool skip_resource_validation = false) const;
  /// Problems in a trust policy (also: no principal).
  std::vector<std::string> validate_for_trust_policy() const;
  /// Problems in an identity policy (also: a principal; no resource; a non-alphanumeric sid).
  std::vector<std::string> validate_for_identity_policy() const;

 private:
  void add_principal_conditions(const nlohmann::ordered_json& conditions);

  std::vector<std::string> actions_;
  std::vector<std::string> not_actions_;
  std::vector<PrincipalRef> principals_;
  std::vector<PrincipalRef> not_principals_;
  nlohmann::ordered_json principal_json_ = nlohmann::ordered_json::object();
  nlohmann::ordered_json not_principal_json_ = nlohmann::ordered_json::object();
  std::vector<std::string> resources_;
  std::vector<std::string> not_resources_;
  nlohmann::ordered_json conditions_ = nlohmann::ordered_json::object();
  std::string sid_;
  Effect effect_ = Effect::allow;
  std::optional<std::string> principal_conditions_json_;
};

}  // namespace cdk::iam
