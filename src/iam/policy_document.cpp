#include <algorithm>
#include <cdk/core/token.hpp>
#include <cdk/iam/policy_document.hpp>

#include "core/detail/json_object.hpp"
#include "iam/detail/equal_statements.hpp"

namespace cdk::iam {

using Json = nlohmann::ordered_json;

struct PolicyDocument::State {
  bool assign_sids = false;
  bool drop_equal_statements = false;
  std::vector<PolicyStatement> statements;
};

namespace {

// Renders a document at synthesis: each statement resolved, then kept once by its JSON, as
// aws-cdk-lib's PostProcessPolicyDocument does after resolution; nothing when empty.
class PolicyDocumentToken final : public IResolvable {
 public:
  explicit PolicyDocumentToken(std::shared_ptr<const PolicyDocument::State> state)
      : state_(std::move(state)) {}

  Json resolve(ResolveContext& context) const override {
    if (state_->statements.empty()) return Json(Json::value_t::discarded);
    std::vector<Json> rendered;
    rendered.reserve(state_->statements.size());
    for (const auto& statement : state_->statements) {
      rendered.push_back(statement.to_statement_json());
    }
    if (state_->drop_equal_statements) rendered = detail::drop_equal_statements(std::move(rendered));
    Json statements = Json::array();
    for (auto& statement : rendered) {
      Json resolved = context.resolve(std::move(statement));
      // Compared as values, not as texts: a document holds few statements (IAM caps its size),
      // and writing each one out cost more than the comparisons.
      if (std::find(statements.begin(), statements.end(), resolved) == statements.end()) {
        statements.push_back(std::move(resolved));
      }
    }
    // Numbered after the duplicates are gone, so that a numbered statement is not compared.
    if (state_->assign_sids) {
      for (std::size_t i = 0; i < statements.size(); ++i) {
        if (!statements[i].contains("Sid")) statements[i]["Sid"] = std::to_string(i);
      }
    }
    return cdk::detail::object_of("Statement", std::move(statements), "Version", "2012-10-17");
  }

  std::string display_hint() const override { return "PolicyDocument"; }
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  std::shared_ptr<const PolicyDocument::State> state_;
};

}  // namespace

PolicyDocument::PolicyDocument() : state_(std::make_shared<State>()) {}

PolicyDocument::PolicyDocument(PolicyDocumentProps props) : state_(std::make_shared<State>()) {
  state_->assign_sids = props.assign_sids;
  state_->statements = std::move(props.statements);
}

PolicyDocument::PolicyDocument(const PolicyDocument& other)
    : state_(std::make_shared<State>(*other.state_)) {}

PolicyDocument& PolicyDocument::operator=(const PolicyDocument& other) {
  if (this != &other) *state_ = *other.state_;
  return *this;
}

PolicyDocument::~PolicyDocument() = default;

void PolicyDocument::add_statements(const std::vector<PolicyStatement>& statements) {
  state_->statements.insert(state_->statements.end(), statements.begin(), statements.end());
}

void PolicyDocument::add_statements(const PolicyStatement& statement) {
  state_->statements.push_back(statement);
}

void PolicyDocument::drop_equal_statements_when_rendered() noexcept {
  state_->drop_equal_statements = true;
}

const std::vector<PolicyStatement>& PolicyDocument::statements() const noexcept {
  return state_->statements;
}

std::string PolicyDocument::to_json() const {
  return Token::as_string(std::make_shared<PolicyDocumentToken>(state_));
}

std::string PolicyDocument::to_json(const cdk::Construct& scope) const {
  return Token::as_string(scope, std::make_shared<PolicyDocumentToken>(state_));
}

Json PolicyDocument::render() const {
  if (is_empty()) return nullptr;
  Json statements = Json::array();
  for (const auto& statement : state_->statements)
    statements.push_back(statement.to_statement_json());
  return cdk::detail::object_of("Statement", std::move(statements), "Version", "2012-10-17");
}

namespace {

template <class Check>
std::vector<std::string> collect(const std::vector<PolicyStatement>& statements, Check check) {
  std::vector<std::string> errors;
  for (const auto& statement : statements) {
    auto more = check(statement);
    errors.insert(errors.end(), more.begin(), more.end());
  }
  return errors;
}

}  // namespace

std::vector<std::string> PolicyDocument::validate_for_any_policy() const {
  return collect(
      statements(), [](const PolicyStatement& s) { return s.validate_for_any_policy(); });
}

std::vector<std::string> PolicyDocument::validate_for_resource_policy(
    bool skip_resource_validation) const {
  return collect(statements(), [skip_resource_validation](const PolicyStatement& s) {
    return s.validate_for_resource_policy(skip_resource_validation);
  });
}

std::vector<std::string> PolicyDocument::validate_for_trust_policy() const {
  return collect(
      statements(), [](const PolicyStatement& s) { return s.validate_for_trust_policy(); });
}

std::vector<std::string> PolicyDocument::validate_for_identity_policy() const {
  return collect(
      statements(), [](const PolicyStatement& s) { return s.validate_for_identity_policy(); });
}

}  // namespace cdk::iam
