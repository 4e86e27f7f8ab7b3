#include <cdk/core/cfn_mapping.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/token.hpp>

#include "core/detail/cfn_reference.hpp"

namespace cdk {

using Json = nlohmann::ordered_json;

CfnMapping::CfnMapping(Scope scope, CfnMappingProps props)
    : CfnElement(std::move(scope)), mapping_(std::move(props.mapping)) {
  if (!mapping_.is_object()) {
    throw ValidationError(
        "a CfnMapping's mapping must be an object of objects (got " + mapping_.dump() + ")\n" +
            "    fix: pass {{\"key1\", {{\"key2\", value}}}}",
        node().path());
  }
}

void CfnMapping::set_value(const std::string& key1, const std::string& key2, Json value) {
  mapping_[key1][key2] = std::move(value);
}

std::string CfnMapping::find_in_map(const std::string& key1, const std::string& key2) const {
  if (!Token::is_unresolved(key1)) {
    auto top = mapping_.find(key1);
    if (top == mapping_.end()) {
      throw ValidationError(
          "mapping doesn't contain top-level key '" + key1 + "'\n" +
              "    fix: add the key with set_value() or use one of the mapping's keys",
          node().path());
    }
    if (!Token::is_unresolved(key2) && !top->contains(key2)) {
      throw ValidationError(
          "mapping doesn't contain second-level key '" + key2 + "' under '" + key1 + "'\n" +
              "    fix: add the key with set_value() or use one of the mapping's keys",
          node().path());
    }
  }
  return Fn::find_in_map(Token::as_string(*this, std::make_shared<detail::LogicalIdToken>(*this)), key1, key2);
}

Json CfnMapping::to_cloudformation() const {
  return Json{{"Mappings", Json{{logical_id(), mapping_}}}};
}

}  // namespace cdk
