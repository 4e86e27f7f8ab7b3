#include "core/detail/phases.hpp"

#include <algorithm>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/detail/app_state.hpp"

namespace cdk::detail {
namespace {

// The aspects already invoked on each construct, in invocation order.
using Invoked = std::unordered_map<const Construct*, std::vector<AspectApplication>>;

// One pass of aws-cdk-lib's invokeAspectsV2: every construct runs its inherited aspects and its
// own, sorted by priority (stable, so inherited before own), skipping those already invoked on
// it. Returns whether any aspect ran.
bool invoke_on(Construct& construct, const std::vector<AspectApplication>& inherited, AppState& state,
               Invoked& invoked) {
  // `inherited` is sorted already; only a construct with aspects of its own needs a new list.
  std::vector<AspectApplication> merged;
  const std::vector<AspectApplication>* here = &inherited;
  if (auto own = state.aspects.find(&construct); own != state.aspects.end() && !own->second.empty()) {
    merged = inherited;
    merged.insert(merged.end(), own->second.begin(), own->second.end());
    std::stable_sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.priority < b.priority; });
    here = &merged;
  }

  bool ran = false;
  if (!here->empty()) {
    auto& done = invoked[&construct];  // unordered_map references survive rehashing
    for (const auto& application : *here) {
      const bool already = std::any_of(done.begin(), done.end(), [&](const AspectApplication& d) {
        return d.aspect == application.aspect;
      });
      if (already) continue;
      if (!done.empty() && done.back().priority > application.priority) {
        throw ValidationError(
            "cannot invoke an aspect with priority " + std::to_string(application.priority) + " on " +
                construct.node().path() + ": an aspect with priority " + std::to_string(done.back().priority) +
                " was already invoked on it (an aspect added while aspects run must not have a lower "
                "priority than those already run)\n"
                "    fix: give the late aspect a priority at least as high, or add it before synthesis",
            construct.node().path());
      }
      application.aspect->visit(construct);
      ran = true;
      done.push_back(application);
    }
  }
  for (Construct* child : construct.node().children()) ran = invoke_on(*child, *here, state, invoked) || ran;
  return ran;
}

std::vector<CfnResource*> resources_below(Construct& construct) {
  std::vector<CfnResource*> out;
  for (Construct* node : construct.node().find_all()) {
    if (CfnElement::as_element(*node) == nullptr) continue;
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

void invoke_aspects(App& app) {
  // Aspects may add constructs or aspects; like aws-cdk-lib, pass again until nothing runs.
  constexpr int kMaxPasses = 100;
  Invoked invoked;
  for (int pass = 0; pass <= kMaxPasses; ++pass) {
    if (!invoke_on(app, {}, app.state(), invoked)) return;
  }
  throw ValidationError(
      "aspects still add aspects or constructs after " + std::to_string(kMaxPasses) + " passes\n" +
          "    fix: make sure no aspect adds a new aspect every time it runs",
      "");
}

void prepare(App& app) { apply_construct_dependencies(app); }

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
