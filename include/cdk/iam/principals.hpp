#pragma once

// The value principals of aws-cdk-lib's principals.ts. Each is a small copyable value;
// PrincipalRef copies it where it must be kept.

#include <cdk/iam/principal.hpp>
#include <concepts>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk::iam {

/// Options of a ServicePrincipal (aws-cdk-lib's ServicePrincipalOpts).
struct ServicePrincipalOpts {
  /// Conditions every statement naming this principal carries, operator -> {key: value}, e.g.
  /// {{"StringEquals", {{"sts:ExternalId", id}}}}. Default: none.
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
};

/// An AWS service, e.g. "lambda.amazonaws.com" ({"Service": ...}). A name of the form
/// "<service>", "<service>.amazonaws.com(.cn)", "<service>.c2s.ic.gov" or
/// "<service>.sc2s.sgov.gov" renders as "<service>.amazonaws.com", as aws-cdk-lib renders it.
class ServicePrincipal final : public IPrincipal {
 public:
  explicit ServicePrincipal(std::string service, ServicePrincipalOpts opts = {});
  /// The service name as given.
  const std::string& service() const noexcept { return service_; }
  /// The conditions given in the options.
  const nlohmann::ordered_json& conditions() const noexcept { return conditions_; }
  PrincipalPolicyFragment policy_fragment() const override;
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override;

 private:
  std::string service_;
  nlohmann::ordered_json conditions_;
};

/// An IAM entity by ARN ({"AWS": arn}).
class ArnPrincipal final : public IPrincipal {
 public:
  explicit ArnPrincipal(std::string arn);
  const std::string& arn() const noexcept { return arn_; }
  PrincipalPolicyFragment policy_fragment() const override;
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override;

 private:
  std::string arn_;
};

/// An AWS account ({"AWS": "arn:<partition>:iam::<account>:root"}, partition a token of the
/// consuming stack, as aws-cdk-lib's StackDependentToken).
class AccountPrincipal final : public IPrincipal {
 public:
  /// Throws a ValidationError if `account_id` is empty.
  explicit AccountPrincipal(std::string account_id);
  const std::string& account_id() const noexcept { return account_id_; }
  /// The ARN token "arn:<partition>:iam::<account>:root".
  const std::string& arn() const noexcept { return arn_; }
  PrincipalPolicyFragment policy_fragment() const override;
  std::string principal_account() const override { return account_id_; }
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override;

 private:
  std::string account_id_;
  std::string arn_;
};

/// The account of the stack that uses the statement: an AccountPrincipal whose account is
/// that stack's account (a literal for a stack with an environment, else AWS::AccountId).
class AccountRootPrincipal final : public IPrincipal {
 public:
  AccountRootPrincipal();
  PrincipalPolicyFragment policy_fragment() const override;
  std::string principal_account() const override;
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override;

 private:
  AccountPrincipal account_;
};

/// Any AWS principal: {"AWS": "*"}.
class AnyPrincipal final : public IPrincipal {
 public:
  PrincipalPolicyFragment policy_fragment() const override;
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override;
};

/// Everyone, as the bare string "Principal": "*" (can't be combined with other principals in
/// one statement).
class StarPrincipal final : public IPrincipal {
 public:
  PrincipalPolicyFragment policy_fragment() const override;
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override;
};

/// Several principals as one: their fragments merge per kind, and as a role's assumed_by each
/// contributes its own trust statement. Components must not carry conditions.
class CompositePrincipal final : public IPrincipal {
 public:
  /// Throws a ValidationError if `principals` is empty.
  explicit CompositePrincipal(std::vector<PrincipalRef> principals);
  /// `CompositePrincipal(iam::ServicePrincipal("a"), role)`.
  template <class... P>
  requires(
      sizeof...(P) > 0 &&
      (std::derived_from<P, IGrantable> && ...)) explicit CompositePrincipal(const P&... principals)
      : CompositePrincipal(std::vector<PrincipalRef>{PrincipalRef(principals)...}) {}

  /// Adds more principals.
  CompositePrincipal& add_principals(const std::vector<PrincipalRef>& principals);
  const std::vector<PrincipalRef>& principals() const noexcept { return principals_; }

  /// The first principal's assume-role action.
  std::string assume_role_action() const override { return assume_role_action_; }
  PrincipalPolicyFragment policy_fragment() const override;
  void add_to_assume_role_policy(PolicyDocument& document) const override;
  std::string to_string() const override;
  std::shared_ptr<IPrincipal> share() const override;

 private:
  std::vector<PrincipalRef> principals_;
  std::string assume_role_action_;
};

}  // namespace cdk::iam
