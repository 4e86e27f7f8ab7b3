#pragma once

#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/iam/policy_document.hpp>
#include <cdk/iam/policy_statement.hpp>
#include <string>
#include <vector>

namespace cdk::iam {

class IRole;

/// Props of a Policy.
struct PolicyProps {
  /// The initial document. Default: an empty document.
  PolicyDocument document{};
  /// Render the policy (and require statements and an attachment) even when aws-cdk-lib would
  /// leave it out. Default: false.
  bool force = false;
  /// The policy name. Default: the last 128 characters of the policy's logical ID, as
  /// aws-cdk-lib generates it.
  std::string policy_name{};
  /// Roles to attach the policy to (non-owning). Default: none.
  std::vector<IRole*> roles{};
  /// Statements added to the document. Default: none.
  std::vector<PolicyStatement> statements{};
};

/// An inline policy attached to roles (AWS::IAM::Policy; aws-cdk-lib's Policy). As in
/// aws-cdk-lib it renders only when it has statements and is attached, unless forced or its
/// name was used (policy_name()). Users and groups are not supported yet.
class Policy : public cdk::Construct {
 public:
  using Props = PolicyProps;

  Policy(cdk::Scope scope, PolicyProps props);

  /// Adds statements to the document.
  void add_statements(const std::vector<PolicyStatement>& statements);
  void add_statements(const PolicyStatement& statement);
  /// Attaches the policy to `role` (once; also tells the role).
  void attach_to_role(IRole& role);
  /// The policy name. As in aws-cdk-lib, asking for it means it is used elsewhere, so the
  /// policy must then render (and have statements and an attachment).
  std::string policy_name();
  /// The document, which the template renders at synthesis.
  PolicyDocument& document() noexcept { return document_; }
  const PolicyDocument& document() const noexcept { return document_; }
  /// The roles the policy is attached to.
  const std::vector<IRole*>& roles() const noexcept { return roles_; }
  /// True if attached to at least one role.
  bool is_attached() const noexcept { return !roles_.empty(); }
  /// True if the AWS::IAM::Policy renders (aws-cdk-lib's CfnPolicyConditional).
  bool should_synthesize() const noexcept;
  /// The AWS::IAM::Policy resource (child "Resource").
  cdk::CfnResource& resource() noexcept { return *resource_; }

 private:
  friend class Role;
  /// What Role's attach check does in aws-cdk-lib: reading the name marks it used.
  void mark_reference_taken() noexcept { reference_taken_ = true; }
  std::vector<std::string> validate_policy() const;

  PolicyDocument document_;
  bool force_;
  bool reference_taken_ = false;
  std::vector<IRole*> roles_;
  cdk::CfnResource* resource_ = nullptr;
  std::string policy_name_;
};

}  // namespace cdk::iam
