#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principal.hpp>

namespace cdk::iam {

PrincipalRef IPrincipal::grant_principal() const { return PrincipalRef(*this); }

std::string IPrincipal::assume_role_action() const { return "sts:AssumeRole"; }

std::string IPrincipal::principal_account() const { return {}; }

AddToPrincipalPolicyResult IPrincipal::add_to_principal_policy(
    const PolicyStatement& /*statement*/) {
  return {};
}

bool IPrincipal::add_to_policy(const PolicyStatement& statement) {
  return add_to_principal_policy(statement).statement_added;
}

void IPrincipal::add_to_assume_role_policy(PolicyDocument& document) const {
  document.add_statements(PolicyStatement({
      .actions = {assume_role_action()},
      .principals = {PrincipalRef(*this)},
  }));
}

std::string IPrincipal::to_string() const { return policy_fragment().principal_json.dump(); }

std::shared_ptr<IPrincipal> IPrincipal::share() const {
  // Not owning: the principal is a construct, alive as long as its App (see PrincipalRef).
  return std::shared_ptr<IPrincipal>(std::shared_ptr<void>(), const_cast<IPrincipal*>(this));
}

PrincipalRef::PrincipalRef(const IPrincipal& principal) : principal_(principal.share()) {}

PrincipalRef::PrincipalRef(const IGrantable& grantable)
    : PrincipalRef(grantable.grant_principal()) {}

std::string PrincipalRef::assume_role_action() const { return principal_->assume_role_action(); }

PrincipalPolicyFragment PrincipalRef::policy_fragment() const {
  return principal_->policy_fragment();
}

std::string PrincipalRef::principal_account() const { return principal_->principal_account(); }

AddToPrincipalPolicyResult PrincipalRef::add_to_principal_policy(const PolicyStatement& statement) {
  return principal_->add_to_principal_policy(statement);
}

void PrincipalRef::add_to_assume_role_policy(PolicyDocument& document) const {
  principal_->add_to_assume_role_policy(document);
}

std::string PrincipalRef::to_string() const { return principal_->to_string(); }

}  // namespace cdk::iam
