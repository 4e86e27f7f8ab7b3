#include "core/detail/nested_templates.hpp"

#include <cdk/core/app.hpp>
#include <cdk/core/nested_stack.hpp>

#include "core/detail/hash.hpp"
#include "core/detail/json_text.hpp"

namespace cdk::detail {

void prepare_nested_templates(App& app) {
  for (Construct* construct : app.node().find_all(ConstructOrder::post_order)) {
    auto* nested = Stack::is_stack(*construct) ? dynamic_cast<NestedStack*>(construct) : nullptr;
    if (nested == nullptr) continue;
    const std::string compact = to_json_text(nested->render_template(), -1);
    Stack& parent = nested->parent_stack();
    const std::string& parent_path = parent.node().path();
    const std::string relative_path =
        parent_path.empty() ? nested->node().path() : nested->node().path().substr(parent_path.size() + 1);
    auto location = parent.add_file_asset({
        .display_name = relative_path + " Nested Stack Template",
        .file_name = nested->template_file(),
        .packaging = FileAssetPackaging::file,
        .source_hash = sha256_hex(compact),
    });
    // Built from parts, unlike an asset's http_url, as aws-cdk-lib's nested-stack.ts does.
    nested->set_template_url("https://s3." + parent.region() + "." + parent.url_suffix() + "/" +
                             location.bucket_name + "/" + location.object_key);
  }
}

}  // namespace cdk::detail
