#include "core/detail/synthesis.hpp"

#include <cdk/core/app.hpp>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <deque>
#include <functional>
#include <future>
#include <iterator>
#include <system_error>

#include "core/detail/app_state.hpp"
#include "core/detail/assembly_writer.hpp"
#include "core/detail/bootstrap.hpp"
#include "core/detail/hash.hpp"
#include "core/detail/json_object.hpp"
#include "core/detail/json_text.hpp"
#include "core/detail/nested_templates.hpp"
#include "core/detail/phases.hpp"
#include "core/detail/refs.hpp"
#include "core/detail/render_ahead.hpp"
#include "core/detail/stack_metadata.hpp"
#include "core/detail/tree_metadata.hpp"

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

// Children before parents, as aws-cdk-lib's synthesizeTree visits them: a stack nested in
// another construct's stack is written (and listed in the manifest) before that stack.
std::vector<Stack*> stacks_of(App& app) {
  std::vector<Stack*> stacks;
  for (Construct* construct : app.node().find_all(ConstructOrder::post_order)) {
    if (Stack::is_stack(*construct)) stacks.push_back(static_cast<Stack*>(construct));
  }
  return stacks;
}

// The bootstrap-version parameter and rule come last in each top-level template, after
// everything preparation added (exports, for one), as with aws-cdk-lib's synthesizer.
void add_bootstrap_elements(App& app) {
  for (Construct* construct : app.node().find_all()) {
    if (!Stack::is_stack(*construct)) continue;
    auto* stack = static_cast<Stack*>(construct);
    if (!stack->nested()) detail::add_bootstrap_elements(*stack);
  }
}

// Every reference has its replacement once resolve_references is done: nothing is left to
// foresee.
class NoPendingReplacements final : public ReplacementOracle {
 public:
  const std::string* known_replacement(const CfnReference&, const Stack&) const override {
    return nullptr;
  }
};

// The elements that have no kept rendering yet (added after references were resolved: the
// exports' outputs, the bootstrap parameter and rule; or whose rendering a later change
// dropped) render on all cores too, before the files are written: else each renders on this
// thread while its template is put together (a fifth of that phase at 100 stacks). What is
// refused, fails or would still need a reference prepared renders there as before.
void render_rest_ahead(App& app) {
  auto& prerendered = app.state().prerendered;
  std::vector<const CfnElement*> rest;
  for (Construct* construct : app.node().find_all()) {
    const auto* element = CfnElement::as_element(*construct);
    if (element != nullptr && !prerendered.contains(element)) rest.push_back(element);
  }
  allocate_logical_ids(rest);
  const NoPendingReplacements nothing_pending;
  auto ahead = render_ahead(rest, nothing_pending);
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (ahead[i] && ahead[i]->deferred.empty())
      prerendered.emplace(rest[i], std::move(ahead[i]->text));
  }
}

// Renders every stack and the assembly's own files, handing each file to `add_file` as soon as
// it is complete, in writing order: per stack its template, asset manifest and metadata, then
// tree.json (`tree`, rendered meanwhile on another thread; none where the App has a child
// "Tree" of its own, as with aws-cdk-lib), manifest.json and cdk.out.
void render_files(
    App& app,
    std::future<std::string>* tree,
    const std::function<void(std::string path, std::string contents)>& add_file) {
  // manifest.json is written as it goes: its artifacts, two per stack, come with the stacks.
  constexpr int kIndent = 2;  // JSON.stringify(manifest, undefined, 2)
  std::string manifest;
  auto document = ContainerText::object(manifest, kIndent, 0);
  document.string_member("version", kAssemblyVersion);
  auto artifacts = document.object_member("artifacts");
  for (Stack* stack : stacks_of(app)) {
    std::string template_text = stack->render_template_text();
    const std::string template_hash = sha256_hex(template_text);
    add_file(stack->template_file(), std::move(template_text));
    if (stack->nested()) continue;  // published as an asset of its parent, not an artifact

    auto assets = stack->file_assets();
    assets.push_back({
        .display_name = stack->node().path() + " Template",
        .file_name = stack->template_file(),
        .packaging = FileAssetPackaging::file,
        .source_hash = template_hash,
    });
    add_file(stack->artifact_id() + ".assets.json", asset_manifest_text(*stack, assets));

    const std::string metadata_file = stack->artifact_id() + ".metadata.json";
    add_file(metadata_file, stack_metadata_text(*stack));

    append_asset_manifest_artifact(artifacts, *stack);
    append_stack_artifact(artifacts, *stack, template_hash, metadata_file);
  }
  if (tree != nullptr) {
    auto tree_artifact = artifacts.object_member("Tree");
    tree_artifact.string_member("type", "cdk:tree");
    auto tree_properties = tree_artifact.object_member("properties");
    tree_properties.string_member("file", "tree.json");
    tree_properties.close();
    tree_artifact.close();
  }
  artifacts.close();
  if (tree != nullptr) add_file("tree.json", tree->get());

  document.string_member("minimumCliVersion", "2.1148.2");
  document.close();
  add_file("manifest.json", std::move(manifest));
  add_file("cdk.out", to_json_text(Json{{"version", kAssemblyVersion}}, -1));
}

// tree.json on a second thread while the stacks render: it reads only the locked tree's ids,
// paths and classes, which rendering leaves as they are. It is few instructions (5 M of 190 M
// at 100 stacks) but a large new buffer (6.6 MB at 1000 stacks), whose first touch costs page
// faults: at 1000 stacks the synthesis took 0.50 -> 0.42 s (medians of 6 interleaved runs).
// Where no thread can be started, it is written when it is asked for. If rendering throws, the
// future's destructor waits for the thread before the tree can go away.
std::future<std::string> tree_metadata_meanwhile(const App& app) {
  const auto render = [&app] { return tree_metadata(app); };
  try {
    return std::async(std::launch::async, render);
  } catch (const std::system_error&) {
    return std::async(std::launch::deferred, render);
  }
}

}  // namespace

CloudAssembly synthesize(App& app, AssemblyWriter* writer) {
  auto& state = app.state();
  if (state.synthesizing) {
    throw SynthesisError(
        "synth() or assembly() was called while this App is being synthesized (from an aspect, a "
        "validation or a Lazy producer)\n"
        "    fix: read the assembly after synthesis; inside it, use the construct tree instead",
        "");
  }
  // What lasts only while this synthesis runs, even one that fails: the flag, and the
  // fragments kept by resolve_references.
  state.synthesizing = true;
  struct EndSynthesis {
    AppState& state;
    ~EndSynthesis() {
      state.synthesizing = false;
      state.prerendered.clear();
    }
  } end_synthesis{state};
  invoke_aspects(app);
  prepare(app);
  resolve_references(app);
  prepare_nested_templates(app);
  add_bootstrap_elements(app);
  validate(app);
  app.node().lock();
  render_rest_ahead(app);

  // A deque keeps each file where it is while the writer reads it and more files are added.
  std::deque<AssemblyFile> files;
  const auto add_file = [&](std::string path, std::string contents) {
    files.push_back({std::move(path), std::move(contents)});
    if (writer != nullptr) writer->write(files.back());
  };
  // aws-cdk-lib's injectTreeMetadata adds its "Tree" construct only where the id is free.
  const bool with_tree = app.node().try_find_child("Tree") == nullptr;
  std::future<std::string> tree =
      with_tree ? tree_metadata_meanwhile(app) : std::future<std::string>();
  // The writer reads the files from another thread: if rendering fails, it must stop before
  // the files are destroyed.
  try {
    render_files(app, with_tree ? &tree : nullptr, add_file);
  } catch (...) {
    if (writer != nullptr) writer->cancel();
    throw;
  }
  if (writer != nullptr) writer->close();  // the files are moved next
  return CloudAssembly(app.outdir(),
                       std::vector<AssemblyFile>(std::make_move_iterator(files.begin()), std::make_move_iterator(files.end())),
                       app.state().staged_assets);
}

}  // namespace cdk::detail
