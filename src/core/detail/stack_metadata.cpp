#include "core/detail/stack_metadata.hpp"

#include <cdk/core/cfn_element.hpp>
#include <cdk/core/stack.hpp>
#include <string_view>

#include "core/detail/json_text.hpp"

namespace cdk::detail {
namespace {

// Opens one entry of a path's array, up to its data: `{"type": <type>, "data": `, laid out
// as JSON.stringify(document, undefined, 2) lays out an object in an array in an object.
void append_entry(std::string& out, bool first, std::string_view type) {
  out += first ? "\n    {\n      \"type\": " : ",\n    {\n      \"type\": ";
  append_json_string(out, type);
  out += ",\n      \"data\": ";
}

void append_construct(std::string& out, const Construct& construct, bool& first_path) {
  const auto* element = CfnElement::as_element(construct);
  const auto& entries = construct.node().metadata();
  if (element != nullptr || !entries.empty()) {
    out += first_path ? "\n  " : ",\n  ";
    first_path = false;
    append_json_string(out, "/" + construct.node().path());
    out += ": [";
    bool first_entry = true;
    if (element != nullptr) {
      append_entry(out, first_entry, "aws:cdk:logicalId");
      first_entry = false;
      append_json_string(out, element->logical_id());
      out += "\n    }";
    }
    for (const auto& entry : entries) {
      append_entry(out, first_entry, entry.type);
      first_entry = false;
      append_json_text(out, nlohmann::ordered_json(entry.data), 2, 3);
      out += "\n    }";
    }
    out += "\n  ]";
  }
  construct.node().for_each_child([&](const Construct& child) {
    // A nested stack's elements are deployed with its parent, so their entries go there too.
    if (!Stack::is_stack(child) || Stack::of(child).nested())
      append_construct(out, child, first_path);
  });
}

}  // namespace

std::string stack_metadata_text(const Stack& stack) {
  std::string out = "{";
  bool first_path = true;
  append_construct(out, stack, first_path);
  out += first_path ? "}" : "\n}";
  return out;
}

}  // namespace cdk::detail
