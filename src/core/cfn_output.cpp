#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>

#include "core/detail/cloudformation_lang.hpp"

namespace cdk {

using Json = nlohmann::ordered_json;

CfnOutput::CfnOutput(Scope scope, CfnOutputProps props)
    : CfnElement(std::move(scope)), props_(std::move(props)) {
  if (props_.value.empty()) {
    throw ValidationError(
        "a CfnOutput needs a value\n"
        "    fix: set .value (a string or a token such as resource.ref())",
        node().path());
  }
}

std::string CfnOutput::import_value() const {
  if (props_.export_name.empty()) {
    throw ValidationError(
        "import_value() needs an export name\n"
        "    fix: set .export_name on the CfnOutput",
        node().path());
  }
  return Fn::import_value(props_.export_name);
}

Json CfnOutput::to_cloudformation() const {
  Json output = Json::object();
  output["Description"] = props_.description.empty() ? detail::undefined_value() : Json(props_.description);
  output["Value"] = props_.value;
  output["Export"] = props_.export_name.empty() ? detail::undefined_value()
                                                : Json{{"Name", props_.export_name}};
  output["Condition"] = props_.condition != nullptr ? Json(props_.condition->logical_id())
                                                    : detail::undefined_value();
  return Json{{"Outputs", Json{{logical_id(), std::move(output)}}}};
}

}  // namespace cdk
