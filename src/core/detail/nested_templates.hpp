#pragma once

namespace cdk {
class App;
}

namespace cdk::detail {

/// Publishes each nested stack's template as a file asset of its parent, deepest first
/// (a nested template's hash shows in its parent's template), and points the nested stack
/// resource's TemplateURL at it. The hash is SHA-256 of the compact JSON, as aws-cdk-lib's
/// nested-stack.ts computes it.
void prepare_nested_templates(App& app);

}  // namespace cdk::detail
