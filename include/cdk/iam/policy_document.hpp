#pragma once

#include <cdk/iam/policy_statement.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk {
class Construct;
}

namespace cdk::iam {

/// Props of a PolicyDocument.
struct PolicyDocumentProps {
  /// Give each statement without a Sid its index ("0", "1", ...) as Sid. Default: false.
  bool assign_sids = false;
  /// The initial statements. Default: none.
  std::vector<PolicyStatement> statements{};
};

/// An IAM policy document (aws-cdk-lib's PolicyDocument), as a value: copying copies the
/// statements. Renders {"Statement": [...], "Version": "2012-10-17"}, statements that resolve
/// to the same JSON kept once, and nothing at all when empty. aws-cdk-lib's `minimize`
/// (merging statements) is not supported: it is off by default (feature flag
/// @aws-cdk/aws-iam:minimizePolicies).
class PolicyDocument {
 public:
  PolicyDocument();
  explicit PolicyDocument(PolicyDocumentProps props);
  PolicyDocument(const PolicyDocument& other);
  PolicyDocument& operator=(const PolicyDocument& other);
  ~PolicyDocument();

  void add_statements(const std::vector<PolicyStatement>& statements);
  void add_statements(const PolicyStatement& statement);
  const std::vector<PolicyStatement>& statements() const noexcept;
  /// Renders only the first of statements that allow the same (order of actions, resources
  /// and principals aside), as aws-cdk-lib renders a role's DefaultPolicy.
  void drop_equal_statements_when_rendered() noexcept;
  bool is_empty() const noexcept { return statements().empty(); }
  std::size_t statement_count() const noexcept { return statements().size(); }

  /// A string token that renders this document at synthesis, so statements added later still
  /// appear; put it where the document goes, e.g. {"PolicyDocument", doc.to_json(*this)}. The
  /// token shares this object's statements (not a snapshot), and stays valid after it dies.
  /// Without a scope the token belongs to the newest App on this thread.
  std::string to_json() const;
  std::string to_json(const cdk::Construct& scope) const;
  /// The document now, tokens unresolved and duplicates not yet dropped; null when empty.
  nlohmann::ordered_json render() const;

  /// Problems of every statement in any policy.
  std::vector<std::string> validate_for_any_policy() const;
  /// Problems of every statement in a resource policy.
  std::vector<std::string> validate_for_resource_policy(
      bool skip_resource_validation = false) const;
  /// Problems of every statement in a trust policy.
  std::vector<std::string> validate_for_trust_policy() const;
  /// Problems of every statement in an identity policy.
  std::vector<std::string> validate_for_identity_policy() const;

  /// The shared state behind the document's tokens (internal).
  struct State;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace cdk::iam
