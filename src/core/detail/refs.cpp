#include "core/detail/refs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/nested_stack.hpp>
#include <unordered_map>

#include "core/detail/app_state.hpp"
#include "core/detail/cfn_reference.hpp"
#include "core/detail/element_text.hpp"
#include "core/detail/json_text.hpp"
#include "core/detail/render_ahead.hpp"
#include "core/detail/token_map.hpp"
#include "core/detail/uniqueid.hpp"

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

// The top-level stack that `stack` is, or is nested in (const or not, as `stack` is).
template <class StackType>
StackType& top_level(StackType& stack) {
  StackType* current = &stack;
  while (const auto* nested = dynamic_cast<const NestedStack*>(current))
    current = &nested->parent_stack();
  return *current;
}

// A reference with the marker string that stands for it in this App.
struct Ref {
  const CfnReference* reference;
  std::string marker;
};

class ReferenceResolver final : public ReplacementOracle {
 public:
  explicit ReferenceResolver(App& app) : app_(app) {}

  // What resolve_value returns for a top-level consumer when everything it would make exists
  // already (for another consumer), found without changing anything; else nothing. What
  // remains to be done for this consumer, its stack dependency and the replacement itself, is
  // done when the reference is prepared in order.
  const std::string* known_replacement(
      const CfnReference& reference, const Stack& consumer) const override {
    if (dynamic_cast<const NestedStack*>(&consumer) != nullptr) return nullptr;  // gets parameters
    const CfnReference* current = &reference;
    const Stack* producer = &current->target().stack();
    while (dynamic_cast<const NestedStack*>(producer) != nullptr) {
      auto output = nested_outputs_.find(current);
      if (output == nested_outputs_.end()) return nullptr;
      current = output->second.reference;
      producer = &current->target().stack();
    }
    if (producer == &consumer || producer->environment() != consumer.environment()) return nullptr;
    auto import = imports_.find(current);
    return import != imports_.end() ? &import->second : nullptr;
  }

  // The marker for `reference` as it must render inside `consumer`.
  std::string resolve_value(Stack& consumer, const Ref& ref) {
    Stack& producer = ref.reference->target().stack();
    if (&producer == &consumer) return ref.marker;
    auto* nested_consumer = dynamic_cast<NestedStack*>(&consumer);
    if (nested_consumer != nullptr && is_nested_in(consumer, producer)) {
      std::string value = resolve_value(nested_consumer->parent_stack(), ref);
      return nested_parameter(*nested_consumer, ref, value);
    }
    if (auto* nested_producer = dynamic_cast<NestedStack*>(&producer)) {
      return resolve_value(consumer, nested_output(*nested_producer, ref));
    }
    check_same_environment(consumer, producer, ref);
    Stack& dependent = top_level(consumer);
    const auto& known = dependent.stack_dependencies();
    // Adding a dependency that is there changes nothing (and can't close a cycle): skipped,
    // with the reason it would have formatted.
    if (std::find(known.begin(), known.end(), &producer) == known.end()) {
      dependent.add_dependency(producer, fmt::format("{} -> {}.{}", consumer.node().path(),
                                                     ref.reference->target().node().path(), display_name(ref)));
    }
    return import_value(producer, ref);
  }

  Ref ref_for(const std::string& marker) const {
    auto number = marker_number(marker);
    auto* reference = dynamic_cast<const CfnReference*>(app_.token_map().lookup(number));
    if (reference == nullptr) throw AssumptionError("a reference marker does not name a reference: " + marker, "");
    return {reference, marker};
  }

 private:
  static std::uint64_t marker_number(const std::string& marker) {
    auto dot = marker.rfind('.');
    return std::stoull(marker.substr(dot + 1, marker.size() - dot - 3));
  }

  static std::string display_name(const Ref& ref) {
    return ref.reference->attribute().empty() ? "Ref" : ref.reference->attribute();
  }

  static std::string node_unique_id(const Construct& construct) {
    std::vector<std::string> components;
    for (Construct* scope : construct.node().scopes()) {
      if (scope->node().scope() != nullptr) components.push_back(scope->node().id());
    }
    return make_unique_id(components);
  }

  static bool is_nested_in(const Stack& nested, const Stack& ancestor) {
    for (const Stack* current = &nested;;) {
      auto* as_nested = dynamic_cast<const NestedStack*>(current);
      if (as_nested == nullptr) return false;
      if (&as_nested->parent_stack() == &ancestor) return true;
      current = &as_nested->parent_stack();
    }
  }

  // A stack's environment can't change once it is built: each is formatted once.
  const std::string& environment_of(const Stack& stack) {
    auto it = environments_.find(&stack);
    if (it == environments_.end()) it = environments_.emplace(&stack, stack.environment()).first;
    return it->second;
  }

  void check_same_environment(const Stack& consumer, const Stack& producer, const Ref& ref) {
    if (environment_of(consumer) == environment_of(producer)) return;
    throw ValidationError(
        fmt::format("stack '{}' ({}) references {} of '{}' in stack '{}' ({}), another environment\n"
                    "    fix: put both stacks in the same account and region, or pass the value some other way "
                    "(e.g. an SSM parameter)",
                    consumer.node().path(), consumer.environment(), display_name(ref),
                    ref.reference->target().node().path(), producer.node().path(), producer.environment()),
        consumer.node().path());
  }

  // parent -> nested: a String parameter of the nested stack, fed by the parent.
  std::string nested_parameter(NestedStack& nested, const Ref& ref, const std::string& value) {
    const std::string id = "reference-to-" + node_unique_id(ref.reference->target()) + display_name(ref);
    auto* parameter = dynamic_cast<CfnParameter*>(nested.node().try_find_child(id));
    if (parameter == nullptr) parameter = &nested.add<CfnParameter>(id, {.type = "String"});
    nested.set_parameter(parameter->logical_id(), value);
    return parameter->value_as_string();
  }

  // nested -> outside: an output of the nested stack, read with GetAtt on its stack resource.
  // The same for every consumer: made once per reference.
  Ref nested_output(NestedStack& producer, const Ref& ref) {
    if (auto it = nested_outputs_.find(ref.reference); it != nested_outputs_.end()) return it->second;
    const std::string id = node_unique_id(ref.reference->target()) + display_name(ref);
    auto* output = dynamic_cast<CfnOutput*>(producer.node().try_find_child(id));
    if (output == nullptr) output = &producer.add<CfnOutput>(id, {.value = ref.marker});
    Ref read = ref_for(producer.nested_stack_resource().get_att("Outputs." + output->logical_id()));
    nested_outputs_.emplace(ref.reference, read);
    return read;
  }

  // top-level -> top-level: an Output with an export in the producer, Fn::ImportValue here.
  // The import renders the same in every consumer: made once per reference.
  std::string import_value(Stack& producer, const Ref& ref) {
    if (auto it = imports_.find(ref.reference); it != imports_.end()) return it->second;
    std::string import = export_and_import(producer, ref);
    imports_.emplace(ref.reference, import);
    return import;
  }

  std::string export_and_import(Stack& producer, const Ref& ref) {
    Construct* exports = producer.node().try_find_child("Exports");
    if (exports == nullptr) exports = &producer.add<Construct>("Exports");
    // aws-cdk-lib names the output after JSON.stringify of the resolved value.
    const std::string id = "Output" + to_json_text(producer.resolve(ref.marker), -1);
    const std::string prefix = producer.stack_name() + ":";
    std::string local = make_unique_id({"Exports", id});
    if (local.size() + prefix.size() > 255) local = local.substr(local.size() + prefix.size() - 255);
    const std::string export_name = prefix + local;
    if (exports->node().try_find_child(id) == nullptr) {
      exports->add<CfnOutput>(id, {.export_name = export_name, .value = ref.marker});
    }
    return Fn::import_value(export_name);
  }

  App& app_;
  std::unordered_map<const CfnReference*, Ref> nested_outputs_;
  std::unordered_map<const CfnReference*, std::string> imports_;
  std::unordered_map<const Stack*, std::string> environments_;
};

// The elements of the first top-level stacks in tree order: rendered on this thread before the
// others render ahead, so that the references they prepare are known to the others. In an App
// of a shared stack and stacks that use it (the usual shape), the first consumer prepares what
// the others need; otherwise little is lost, as these would render ahead as well.
std::size_t leading_elements(const std::vector<const CfnElement*>& elements) {
  constexpr int kLeadingStacks = 2;
  int seen = 0;
  const Stack* current = nullptr;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const Stack* top = &top_level(elements[i]->stack());
    if (top != current) {
      if (seen == kLeadingStacks) return i;
      current = top;
      ++seen;
    }
  }
  return elements.size();
}

}  // namespace

void allocate_logical_ids(const std::vector<const CfnElement*>& elements) {
  for (const CfnElement* element : elements) {
    try {
      element->logical_id();
    } catch (...) {
    }
  }
}

void resolve_references(App& app) {
  // Every element is rendered once; a reference to another stack's element is prepared in
  // tree order, where it is met (aws-cdk-lib collects them in the same order, then prepares
  // each), so the rendering is final and kept for the template; an element changed later drops
  // its kept rendering itself (NestedStack's parameters and template URL). Outputs and
  // parameters added on the way are not in the list: they are not consumers.
  auto& prerendered = app.state().prerendered;
  prerendered.clear();
  ReferenceResolver resolver(app);
  const ResolveContext::ReferencePreparer prepare = [&](const IResolvable& token, const Stack& consumer) {
    const auto& reference = dynamic_cast<const CfnReference&>(token);
    Stack& stack = const_cast<Stack&>(consumer);
    std::string replacement = resolver.resolve_value(stack, {&reference, app.token_map().marker_of(&reference)});
    reference.set_replacement(consumer, replacement);
    return replacement;
  };
  const auto render_here = [&](const CfnElement& element) {
    ResolveContext context(element, element.stack());
    context.prepare_references(&prepare);
    try {
      prerendered.insert_or_assign(&element, render_fragment_text(element, context));
    } catch (const SynthesisError&) {
      // Rendering errors are reported when the template is rendered; here only the
      // references found so far matter (aws-cdk-lib skips such elements the same way).
    }
  };

  std::vector<const CfnElement*> elements;
  for (Construct* construct : app.node().find_all()) {
    if (const auto* element = CfnElement::as_element(*construct)) elements.push_back(element);
  }
  allocate_logical_ids(elements);
  const std::size_t leading = leading_elements(elements);
  for (std::size_t i = 0; i < leading; ++i) render_here(*elements[i]);

  // The rest render on all cores at once (render_ahead); their texts are kept first, so that a
  // change made below still drops a text it makes stale. Then, in tree order, each element's
  // deferred references are prepared, and what was refused ahead (a reference not known yet,
  // a token to register, the user's code) renders here: every change to the tree happens in
  // the order it would without rendering ahead.
  const std::vector<const CfnElement*> rest(
      elements.begin() + static_cast<std::ptrdiff_t>(leading), elements.end());
  auto ahead = render_ahead(rest, resolver);
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (ahead[i]) prerendered.insert_or_assign(rest[i], std::move(ahead[i]->text));
  }
  for (std::size_t i = 0; i < rest.size(); ++i) {
    bool as_rendered = ahead[i].has_value();
    if (as_rendered) {
      for (const DeferredReference& deferred : ahead[i]->deferred) {
        if (deferred.reference->replacement_in(*deferred.consumer) != nullptr) continue;
        as_rendered =
            prepare(*deferred.reference, *deferred.consumer) == deferred.replacement && as_rendered;
      }
    }
    // A replacement other than the one rendered with would be a flaw of known_replacement;
    // rendering again here is still right.
    if (!as_rendered) render_here(*rest[i]);
  }
}

}  // namespace cdk::detail
