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
#include <string_view>

#include "core/detail/json_text.hpp"

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kLibraryVersion = "2.276.0";
constexpr std::string_view kConstructsVersion = "10.8.1";
constexpr std::size_t kNodeOverheadForTree = 256;  // the "Tree" node and the file's own keys

// The fqn of the nearest aws-cdk-lib class, and its library's version.
std::pair<std::string_view, std::string_view> construct_info(const Construct& construct) {
  // Most constructs are L1 elements or plain constructs: the checks are ordered so that
  // each takes one or two casts (a failed dynamic_cast is the slow kind: only a root can be
  // the App).
  std::string_view fqn;
  if (Stack::is_stack(construct)) {
    fqn = dynamic_cast<const NestedStack*>(&construct) ? "aws-cdk-lib.NestedStack" : "aws-cdk-lib.Stack";
  } else if (CfnElement::as_element(construct) != nullptr) {
    if (dynamic_cast<const CfnResource*>(&construct)) fqn = "aws-cdk-lib.CfnResource";
    else if (dynamic_cast<const CfnParameter*>(&construct)) fqn = "aws-cdk-lib.CfnParameter";
    else if (dynamic_cast<const CfnOutput*>(&construct)) fqn = "aws-cdk-lib.CfnOutput";
    else if (dynamic_cast<const CfnRule*>(&construct)) fqn = "aws-cdk-lib.CfnRule";
    else if (dynamic_cast<const CfnCondition*>(&construct)) fqn = "aws-cdk-lib.CfnCondition";
    else if (dynamic_cast<const CfnMapping*>(&construct)) fqn = "aws-cdk-lib.CfnMapping";
  } else if (construct.node().scope() == nullptr && dynamic_cast<const App*>(&construct)) {
    fqn = "aws-cdk-lib.App";
  }
  if (fqn.empty()) return {"constructs.Construct", kConstructsVersion};
  return {fqn, kLibraryVersion};
}

// A node's id, path and class, without its closing brace: its children may follow.
void open_node(std::string& out, std::string_view id, std::string_view path,
               std::pair<std::string_view, std::string_view> info) {
  out += "{\"id\":";
  append_json_string(out, id);
  out += ",\"path\":";
  append_json_string(out, path);
  // The class and version are this file's own literals, plain ASCII: written without escaping.
  out += ",\"constructInfo\":{\"fqn\":\"";
  out += info.first;
  out += "\",\"version\":\"";
  out += info.second;
  out += "\"}";
}

void append_node(std::string& out, const Construct& construct);

// `"id":{node}` for each child, separated by commas; false if there are none.
bool append_children(std::string& out, const Construct& construct) {
  bool any = false;
  construct.node().for_each_child([&](const Construct& child) {
    if (any) out += ',';
    any = true;
    append_json_string(out, child.node().id());
    out += ':';
    append_node(out, child);
  });
  return any;
}

void append_node(std::string& out, const Construct& construct) {
  open_node(out, construct.node().id(), construct.node().path(), construct_info(construct));
  const std::size_t before = out.size();
  out += ",\"children\":{";
  if (append_children(out, construct)) {
    out += '}';
  } else {
    out.resize(before);  // no children: no "children" key
  }
  out += '}';
}

// Room for the file: each node's id (twice, as its key too) and path, and what the rest of a
// node takes (keys, class, version, braces) when nothing needs escaping.
std::size_t estimated_size(const Construct& construct) {
  constexpr std::size_t kNodeOverhead = 120;
  std::size_t size =
      kNodeOverhead + 2 * construct.node().id().size() + construct.node().path().size();
  construct.node().for_each_child([&](const Construct& child) { size += estimated_size(child); });
  return size;
}

}  // namespace

std::string tree_metadata(const App& app) {
  // Written as text, not built as JSON first: the tree has a node per construct, and this is
  // what JSON.stringify(tree) gives, key order included. The room is taken first: grown by
  // doubling, the text would need the old and the new buffer at once, the largest memory this
  // synthesis holds (the file is 0.6 MB at 100 stacks, 6 MB at 1000).
  std::string out;
  out.reserve(estimated_size(app) + kNodeOverheadForTree);
  out += "{\"version\":\"tree-0.1\",\"tree\":";
  open_node(out, "App", app.node().path(), construct_info(app));
  out += ",\"children\":{";
  if (append_children(out, app)) out += ',';
  // aws-cdk-lib's tree writer is itself a construct, "Tree", the App's last child.
  out += "\"Tree\":";
  open_node(out, "Tree", "Tree", {"constructs.Construct", kConstructsVersion});
  out += "}}}}";  // the Tree node, the App's children, the App, the file
  return out;
}

}  // namespace cdk::detail
