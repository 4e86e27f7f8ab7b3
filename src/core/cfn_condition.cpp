#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/token.hpp>

namespace cdk {

using Json = nlohmann::ordered_json;

namespace {

// {"Condition": logicalId}, resolved late so an overridden logical ID is honoured.
class ConditionReference : public IResolvable {
 public:
  explicit ConditionReference(const CfnCondition& condition) : condition_(condition) {}
  Json resolve(ResolveContext& /*context*/) const override {
    return Json{{"Condition", condition_.logical_id()}};
  }
  std::string display_hint() const override { return condition_.node().id() + ".Condition"; }
  bool resolves_concurrently() const noexcept override { return true; }

 private:
  const CfnCondition& condition_;
};

}  // namespace

CfnCondition::CfnCondition(Scope scope, CfnConditionProps props)
    : CfnElement(std::move(scope)), expression_(std::move(props.expression)) {}

std::string CfnCondition::as_expression() const {
  if (reference_.empty()) reference_ = Token::as_string(*this, std::make_shared<ConditionReference>(*this));
  return reference_;
}

Json CfnCondition::to_cloudformation() const {
  if (expression_.empty()) return Json::object();
  return Json{{"Conditions", Json{{logical_id(), expression_}}}};
}

}  // namespace cdk
