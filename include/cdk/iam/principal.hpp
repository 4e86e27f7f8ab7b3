#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace cdk {
class Construct;
}

namespace cdk::iam {

class IPrincipal;
class PolicyDocument;
class PolicyStatement;
class PrincipalRef;

/// What a principal contributes to a policy statement (aws-cdk-lib's PrincipalPolicyFragment).
struct PrincipalPolicyFragment {
  /// Conditions the statement must carry for this principal. Default: none.
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
  /// Principal kind -> values, e.g. {"Service": ["lambda.amazonaws.com"]}; the key
  /// "LiteralString" stands for a bare string principal ("*", StarPrincipal).
  nlohmann::ordered_json principal_json = nlohmann::ordered_json::object();
};

/// The outcome of adding a statement to a principal's own (identity) policy.
struct AddToPrincipalPolicyResult {
  /// The construct that holds the statement (e.g. the role's DefaultPolicy): resources that
  /// need the permission should depend on it. nullptr when nothing was added.
  cdk::Construct* policy_dependable = nullptr;
  /// Whether the statement was added (false for principals without a policy, e.g. a service).
  bool statement_added = false;
};

/// Something that can be granted permissions (aws-cdk-lib's IGrantable): a principal, a Lambda
/// function (through its role), ...
class IGrantable {
 public:
  IGrantable() = default;
  IGrantable(const IGrantable&) = default;
  IGrantable& operator=(const IGrantable&) = default;
  IGrantable(IGrantable&&) = default;
  IGrantable& operator=(IGrantable&&) = default;
  virtual ~IGrantable() = default;
  /// The principal permissions are granted to.
  virtual PrincipalRef grant_principal() const = 0;
};

/// An identity that can appear in a policy's Principal and may have a policy of its own
/// (aws-cdk-lib's IPrincipal, with IAssumeRolePrincipal's add_to_assume_role_policy folded in).
class IPrincipal : public IGrantable {
 public:
  /// The principal itself.
  PrincipalRef grant_principal() const override;
  /// The action used to assume this principal's role. Default: "sts:AssumeRole".
  virtual std::string assume_role_action() const;
  /// The principal's part of a policy statement.
  virtual PrincipalPolicyFragment policy_fragment() const = 0;
  /// The AWS account of the principal, possibly a token; "" when unknown (aws-cdk-lib's
  /// `principalAccount` undefined). Grants compare it with the resource's account.
  virtual std::string principal_account() const;
  /// Adds a statement to the principal's own policy, if it has one. Default: nothing added.
  virtual AddToPrincipalPolicyResult add_to_principal_policy(const PolicyStatement& statement);
  /// add_to_principal_policy(statement).statement_added.
  bool add_to_policy(const PolicyStatement& statement);
  /// Adds what lets this principal assume a role to that role's trust policy. Default: one
  /// statement {Action: assume_role_action(), Principal: this}.
  virtual void add_to_assume_role_policy(PolicyDocument& document) const;
  /// A readable name for messages, e.g. "ServicePrincipal(lambda.amazonaws.com)" or a path.
  virtual std::string to_string() const;

  /// A shared handle on this principal for PrincipalRef. The default does not own: it suits
  /// principals that are constructs (Role), which the App owns until it dies. Value principals
  /// (ServicePrincipal, ...) override it to return a copy of themselves.
  virtual std::shared_ptr<IPrincipal> share() const;
};

/// A principal held by value, for props and statements: `.assumed_by = iam::ServicePrincipal(
/// "backup.amazonaws.com")`, `.principals = {iam::StarPrincipal(), role}`.
///
/// Why a handle: aws-cdk-lib passes principals by reference, and statements, trust policies and
/// grants keep them. In C++ a props aggregate or a PolicyStatement that kept an `IPrincipal*`
/// to a temporary `ServicePrincipal(...)` would dangle. PrincipalRef holds a
/// `shared_ptr<IPrincipal>` made by IPrincipal::share(): value principals are copied into it,
/// constructs (a Role) are referenced without ownership, since the tree keeps them alive as
/// long as the App. It is itself an IPrincipal that forwards every call, so it goes wherever a
/// principal is expected.
class PrincipalRef final : public IPrincipal {
 public:
  /// Holds `principal` (a copy of a value principal, a reference to a construct).
  PrincipalRef(const IPrincipal& principal);  // NOLINT(google-explicit-constructor): a handle
  /// Holds the principal of `grantable` (e.g. a Lambda function's role).
  PrincipalRef(const IGrantable& grantable);  // NOLINT(google-explicit-constructor): a handle

  std::string assume_role_action() const override;
  PrincipalPolicyFragment policy_fragment() const override;
  std::string principal_account() const override;
  AddToPrincipalPolicyResult add_to_principal_policy(const PolicyStatement& statement) override;
  void add_to_assume_role_policy(PolicyDocument& document) const override;
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override { return principal_; }

  /// The principal held.
  const IPrincipal& get() const noexcept { return *principal_; }

 private:
  std::shared_ptr<IPrincipal> principal_;
};

}  // namespace cdk::iam
