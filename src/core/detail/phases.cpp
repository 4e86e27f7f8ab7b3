#include "core/detail/phases.hpp"

#include <algorithm>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <unordered_set>

#include "core/detail/app_state.hpp"
#include "core/detail/bootstrap.hpp"

namespace cdk::detail {
namespace {

void invoke_on(Construct& construct, std::vector<AspectApplication> inherited, AppState& state) {
  auto own = state.aspects.find(&construct);
  if (own != state.aspects.end()) {
    inherited.insert(inherited.end(), own->second.begin(), own->second.end());
  }
  auto ordered = inherited;
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    return a.priority < b.priority;
  });
  for (const auto& application : ordered) application.aspect->visit(construct);
  for (Construct* child : construct.node().children()) invoke_on(*child, inherited, state);
}

std::vector<CfnResource*> resources_below(Construct& construct) {
  std::vector<CfnResource*> out;
  for (Construct* node : construct.node().find_all()) {
    if (auto* resource = dynamic_cast<CfnResource*>(node)) out.push_back(resource);
  }
  return out;
}

void apply_construct_dependencies(App& app) {
  for (Construct* source : app.node().find_all()) {
    for (Construct* target : source->node().dependencies()) {
      auto sources = resources_below(*source);
      auto targets = resources_below(*target);
      for (CfnResource* from : sources) {
        for (CfnResource* to : targets) {
          if (&from->stack() == &to->stack()) {
            from->add_dependency(*to);
          } else {
            from->stack().add_dependency(to->stack(), "construct dependency " + source->node().path() +
                                                          " -> " + target->node().path());
          }
        }
      }
      if (Stack::is_stack(*source) && Stack::is_stack(*target)) {
        static_cast<Stack*>(source)->add_dependency(*static_cast<Stack*>(target));
      }
    }
  }
}

}  // namespace

void invoke_aspects(App& app) { invoke_on(app, {}, app.state()); }

void prepare(App& app) {
  apply_construct_dependencies(app);
  for (Construct* construct : app.node().find_all()) {
    auto* stack = dynamic_cast<Stack*>(construct);
    if (stack != nullptr && !stack->nested()) add_bootstrap_elements(*stack);
  }
}

void validate(App& app) {
  std::string report;
  std::size_t count = 0;
  for (Construct* construct : app.node().find_all()) {
    for (const auto& problem : construct->node().validate()) {
      report += "\n[" + construct->node().path() + "] " + problem;
      ++count;
    }
  }
  if (count > 0) {
    throw ValidationError(
        "validation failed with " + std::to_string(count) + " error" + (count == 1 ? "" : "s") + ":" + report,
        "");
  }
}

}  // namespace cdk::detail
