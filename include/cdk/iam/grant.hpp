#pragma once

#include <cdk/iam/policy_statement.hpp>
#include <cdk/iam/principal.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk {
class Construct;
}

namespace cdk::iam {

/// The outcome of adding a statement to a resource policy.
struct AddToResourcePolicyResult {
  /// The construct holding the statement (e.g. the BucketPolicy); nullptr means the resource
  /// itself. Ignored when nothing was added.
  cdk::Construct* policy_dependable = nullptr;
  /// Whether the statement was added (false for an imported resource without a policy).
  bool statement_added = false;
};

/// A resource with a resource policy (aws-cdk-lib's IResourceWithPolicy): s3 Bucket, kms Key,
/// sns Topic. Implementations are constructs.
class IResourceWithPolicy {
 public:
  IResourceWithPolicy() = default;
  IResourceWithPolicy(const IResourceWithPolicy&) = default;
  IResourceWithPolicy& operator=(const IResourceWithPolicy&) = default;
  IResourceWithPolicy(IResourceWithPolicy&&) = default;
  IResourceWithPolicy& operator=(IResourceWithPolicy&&) = default;
  virtual ~IResourceWithPolicy() = default;
  /// Adds a statement to the resource policy, creating the policy if needed.
  virtual AddToResourcePolicyResult add_to_resource_policy(const PolicyStatement& statement) = 0;
  /// The account the resource is in (aws-cdk-lib's `env.account`), possibly a token. Default:
  /// the account of the resource's stack (the implementation must be a cdk::Construct).
  virtual std::string env_account() const;
};

/// Options of Grant::add_to_principal.
struct GrantOnPrincipalOptions {
  /// The actions to grant. Default: none.
  std::vector<std::string> actions{};
  /// Conditions of the statement. Default: none.
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
  /// Who gets the permissions. Required.
  PrincipalRef grantee;
  /// The resources the actions apply to. Default: none.
  std::vector<std::string> resource_arns{};
};

/// Options of Grant::add_to_principal_or_resource.
struct GrantWithResourceOptions {
  std::vector<std::string> actions{};
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
  /// Who gets the permissions. Required.
  PrincipalRef grantee;
  /// The resource whose policy may receive the statement. Required (non-owning).
  IResourceWithPolicy* resource = nullptr;
  std::vector<std::string> resource_arns{};
  /// The resources named in the resource policy ("*" for a key policy, say). Default:
  /// resource_arns.
  std::optional<std::vector<std::string>> resource_self_arns{};
};

/// Options of Grant::add_to_principal_and_resource.
struct GrantOnPrincipalAndResourceOptions {
  std::vector<std::string> actions{};
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
  /// Who gets the permissions. Required.
  PrincipalRef grantee;
  /// The resource whose policy receives the statement. Required (non-owning).
  IResourceWithPolicy* resource = nullptr;
  std::vector<std::string> resource_arns{};
  /// The principal named in the resource policy. Default: the grantee's principal.
  std::optional<PrincipalRef> resource_policy_principal{};
  std::optional<std::vector<std::string>> resource_self_arns{};
};

/// The result of a grant (aws-cdk-lib's Grant): which statements were added where, and what
/// a resource that uses the permission must depend on (apply_before).
class Grant {
 public:
  /// Adds the statement to the grantee's own policy; not successful if it has none (a
  /// service principal, say).
  static Grant add_to_principal(const GrantOnPrincipalOptions& options);
  /// Adds to the grantee's policy if it has one and is in the resource's account (both
  /// accounts tokens counts as the same, as aws-cdk-lib's Token.compareStrings); otherwise also
  /// adds a statement naming the grantee to the resource policy. A grant between two stacks
  /// of one environment thus changes only the grantee's policy.
  static Grant add_to_principal_or_resource(const GrantWithResourceOptions& options);
  /// Adds to the grantee's policy and to the resource policy.
  static Grant add_to_principal_and_resource(const GrantOnPrincipalAndResourceOptions& options);
  /// Adds `statement` to the resource policy only.
  static Grant add_statement_to_resource_policy(
      const PrincipalRef& grantee, IResourceWithPolicy& resource, const PolicyStatement& statement);
  /// A grant that does nothing, e.g. when the grantee already has the permission otherwise.
  static Grant drop(const PrincipalRef& grantee, const std::string& intent);

  /// True if a statement went to the principal or the resource policy.
  bool success() const noexcept {
    return principal_statement_.has_value() || resource_statement_.has_value();
  }
  /// Throws a ValidationError unless success().
  void assert_success() const;
  /// The statement added to the grantee's policy, if any.
  const std::optional<PolicyStatement>& principal_statement() const noexcept {
    return principal_statement_;
  }
  /// The statement added to the resource policy, if any.
  const std::optional<PolicyStatement>& resource_statement() const noexcept {
    return resource_statement_;
  }
  /// All principal statements (several after combine).
  const std::vector<PolicyStatement>& principal_statements() const noexcept {
    return principal_statements_;
  }
  /// All resource statements (several after combine).
  const std::vector<PolicyStatement>& resource_statements() const noexcept {
    return resource_statements_;
  }
  /// The constructs holding the statements.
  const std::vector<cdk::Construct*>& dependables() const noexcept { return dependables_; }
  /// Makes `construct` depend on the policies holding this grant's statements.
  void apply_before(cdk::Construct& construct) const;
  /// This grant and `other` as one.
  Grant combine(const Grant& other) const;

 private:
  Grant(
      PrincipalRef grantee,
      std::vector<std::string> actions,
      std::vector<std::string> resource_arns);

  PrincipalRef grantee_;
  std::vector<std::string> actions_;
  std::vector<std::string> resource_arns_;
  std::optional<PolicyStatement> principal_statement_;
  std::optional<PolicyStatement> resource_statement_;
  std::vector<PolicyStatement> principal_statements_;
  std::vector<PolicyStatement> resource_statements_;
  std::vector<cdk::Construct*> dependables_;
};

}  // namespace cdk::iam
