#include "core/detail/tree_metadata.hpp"

#include <cdk/core/app.hpp>
#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_mapping.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kLibraryVersion = "2.276.0";

Json construct_info(const Construct& construct) {
  const char* fqn = nullptr;
  if (dynamic_cast<const App*>(&construct)) fqn = "aws-cdk-lib.App";
  else if (dynamic_cast<const NestedStack*>(&construct)) fqn = "aws-cdk-lib.NestedStack";
  else if (dynamic_cast<const Stack*>(&construct)) fqn = "aws-cdk-lib.Stack";
  else if (dynamic_cast<const CfnResource*>(&construct)) fqn = "aws-cdk-lib.CfnResource";
  else if (dynamic_cast<const CfnParameter*>(&construct)) fqn = "aws-cdk-lib.CfnParameter";
  else if (dynamic_cast<const CfnOutput*>(&construct)) fqn = "aws-cdk-lib.CfnOutput";
  else if (dynamic_cast<const CfnRule*>(&construct)) fqn = "aws-cdk-lib.CfnRule";
  else if (dynamic_cast<const CfnCondition*>(&construct)) fqn = "aws-cdk-lib.CfnCondition";
  else if (dynamic_cast<const CfnMapping*>(&construct)) fqn = "aws-cdk-lib.CfnMapping";
  if (fqn == nullptr) return Json{{"fqn", "constructs.Construct"}, {"version", "10.8.1"}};
  return Json{{"fqn", fqn}, {"version", kLibraryVersion}};
}

Json node_of(const Construct& construct, const std::string& id) {
  Json node = Json::object();
  node["id"] = id;
  node["path"] = construct.node().path();
  node["constructInfo"] = construct_info(construct);
  auto children = construct.node().children();
  if (!children.empty()) {
    Json map = Json::object();
    // Sibling ids are unique, so entries are appended without the map's linear key search.
    auto& entries = map.get_ref<Json::object_t&>();
    entries.reserve(children.size());
    for (const Construct* child : children) entries.emplace_back(child->node().id(), node_of(*child, child->node().id()));
    node["children"] = std::move(map);
  }
  return node;
}

}  // namespace

Json tree_metadata(const App& app) {
  Json root = node_of(app, "App");
  // aws-cdk-lib's tree writer is itself a construct, "Tree", the App's last child.
  Json tree_node = Json{{"id", "Tree"}, {"path", "Tree"}, {"constructInfo", Json{{"fqn", "constructs.Construct"}, {"version", "10.8.1"}}}};
  root["children"]["Tree"] = std::move(tree_node);
  return Json{{"version", "tree-0.1"}, {"tree", std::move(root)}};
}

}  // namespace cdk::detail
