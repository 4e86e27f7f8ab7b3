#include <cdk/core/cfn_mapping.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/token.hpp>

#include "core/detail/ascii.hpp"
#include "core/detail/cfn_reference.hpp"
#include "core/detail/speculation.hpp"

namespace cdk {

using Json = nlohmann::ordered_json;

CfnMapping::CfnMapping(Scope scope, CfnMappingProps props)
    : CfnElement(std::move(scope)), lazy_(props.lazy), mapping_(std::move(props.mapping)) {
  if (!mapping_.is_object()) {
    throw ValidationError(
        "a CfnMapping's mapping must be an object of objects (got " + mapping_.dump() + ")\n" +
            "    fix: pass {{\"key1\", {{\"key2\", value}}}}",
        node().path());
  }
  for (const auto& second_level : mapping_) {
    if (!second_level.is_object()) {
      throw ValidationError(
          "a CfnMapping's mapping must be an object of objects (got " + second_level.dump() +
              " as a top-level value)\n" + "    fix: pass {{\"key1\", {{\"key2\", value}}}}",
          node().path());
    }
    for (auto it = second_level.begin(); it != second_level.end(); ++it) validate_alphanumeric(it.key());
  }
}

// CloudFormation allows only alphanumeric attribute (second-level) names.
void CfnMapping::validate_alphanumeric(const std::string& key) const {
  for (const char c : key) {
    if (!detail::is_ascii_alphanumeric(c)) {
      throw ValidationError(
          "Attribute name '" + key + "' must contain only alphanumeric characters.\n" +
              "    fix: use only A-Z, a-z and 0-9 in second-level mapping keys",
          node().path());
    }
  }
}

void CfnMapping::set_value(const std::string& key1, const std::string& key2, Json value) {
  validate_alphanumeric(key2);
  mapping_[key1][key2] = std::move(value);
}

std::string CfnMapping::find_in_map(const std::string& key1, const std::string& key2) const {
  bool fully_resolved = false;
  if (!Token::is_unresolved(key1)) {
    auto top = mapping_.find(key1);
    if (top == mapping_.end()) {
      throw ValidationError(
          "Mapping doesn't contain top-level key '" + key1 + "'\n" +
              "    fix: add the key with set_value() or use one of the mapping's keys",
          node().path());
    }
    if (!Token::is_unresolved(key2)) {
      if (!top->contains(key2)) {
        throw ValidationError(
            "Mapping doesn't contain second-level key '" + key2 + "'\n" +
                "    fix: add the key with set_value() or use one of the mapping's keys",
            node().path());
      }
      fully_resolved = true;
    }
  }
  if (lazy_) {
    if (fully_resolved) {
      const Json& value = mapping_.at(key1).at(key2);
      if (value.is_string()) return value.get<std::string>();
      return Token::as_string(*this, std::make_shared<Intrinsic>(value));
    }
    detail::refuse_while_speculating();
    lazy_render_ = true;
  }
  return Fn::find_in_map(Token::as_string(*this, std::make_shared<detail::LogicalIdToken>(*this)), key1, key2);
}

Json CfnMapping::to_cloudformation() const {
  if (lazy_ && !lazy_render_) return Json::object();
  return Json{{"Mappings", Json{{logical_id(), mapping_}}}};
}

}  // namespace cdk
