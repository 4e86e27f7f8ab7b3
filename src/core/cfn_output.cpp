#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <typeinfo>

#include "core/detail/cloudformation_lang.hpp"

namespace cdk {

using Json = nlohmann::ordered_json;

namespace {

// The export name, checked where it is used: importing an output into its own stack is an error.
class ImportedExportName : public IResolvable {
 public:
  explicit ImportedExportName(const CfnOutput& output) : output_(output) {}
  Json resolve(ResolveContext& context) const override {
    if (&context.stack() == &output_.stack()) {
      throw ValidationError(
          "'importValue' property of '" + output_.node().path() +
              "' should only be used in a different Stack\n"
              "    fix: in the same stack use the output's value itself",
          context.scope().node().path());
    }
    return output_.export_name();
  }
  std::string display_hint() const override { return output_.node().id() + ".ExportName"; }

 private:
  const CfnOutput& output_;
};

}  // namespace

CfnOutput::CfnOutput(Scope scope, CfnOutputProps props)
    : CfnElement(std::move(scope)), props_(std::move(props)) {
  if (props_.value.empty()) {
    throw ValidationError(
        "Missing value for CloudFormation output at path \"" + node().path() + "\"\n" +
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
  return Fn::import_value(Token::as_string(*this, std::make_shared<ImportedExportName>(*this)));
}

Json CfnOutput::to_cloudformation() const {
  Json output = Json::object();
  output["Description"] = props_.description.empty() ? detail::undefined_value() : Json(props_.description);
  output["Value"] = props_.value;
  output["Export"] = props_.export_name.empty() ? detail::undefined_value()
                                                : Json{{"Name", props_.export_name}};
  output["Condition"] = props_.condition != nullptr ? Json(props_.condition->logical_id())
                                                    : detail::undefined_value();
  return Json{{"Outputs", Json{{props_.key.empty() ? logical_id() : props_.key, std::move(output)}}}};
}

bool CfnOutput::renders_concurrently() const noexcept { return typeid(*this) == typeid(CfnOutput); }

}  // namespace cdk
