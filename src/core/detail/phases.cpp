#include "core/detail/phases.hpp"

#include <algorithm>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <optional>
#include <string>
#include <unordered_set>

#include "core/detail/app_state.hpp"
#include "core/detail/cross_stack_dependency.hpp"
#include "core/detail/pointer_index.hpp"

namespace cdk::detail {
namespace {

// The aspects already invoked on each construct. Every construct below a tagged scope gets an
// entry, so nothing here allocates per construct: each construct's latest record is found
// through one open-addressing index, and its records are chained newest first in one array.
class InvokedAspects {
 public:
  // What ran on `construct` before `aspect` is about to run on it.
  struct Past {
    bool ran_already = false;          // `aspect` itself has run on it
    std::optional<int> last_priority;  // of the aspect that ran last on it, if any ran
  };
  Past past(const Construct& construct, const IAspect* aspect) const {
    Past past;
    for (auto at = latest_.find(&construct); at; at = records_[*at].previous) {
      if (!past.last_priority) past.last_priority = records_[*at].priority;
      if (records_[*at].aspect == aspect) past.ran_already = true;
    }
    return past;
  }
  void record(const Construct& construct, const AspectApplication& application) {
    const auto position = static_cast<std::uint32_t>(records_.size());
    const auto previous = latest_.exchange(&construct, position);
    records_.push_back({application.aspect.get(), application.priority, previous});
  }

 private:
  struct Record {
    const IAspect* aspect;  // the App keeps every aspect alive while synthesizing
    int priority;
    std::optional<std::uint32_t> previous;  // the record before it on the same construct
  };
  PointerIndex latest_;
  std::vector<Record> records_;
};

// One walk over the tree. Children are listed before they are visited, because an aspect may
// add constructs (they are visited in the next pass, as in aws-cdk-lib); the lists of every
// level share one stack, so listing them allocates nothing per construct.
struct AspectWalk {
  AppState& state;
  InvokedAspects& invoked;
  std::vector<Construct*> children{};
};

// One pass of aws-cdk-lib's invokeAspectsV2: every construct runs its inherited aspects and its
// own, sorted by priority (stable, so inherited before own), skipping those already invoked on
// it. Returns whether any aspect ran.
bool invoke_on(
    Construct& construct, const std::vector<AspectApplication>& inherited, AspectWalk& walk) {
  // `inherited` is sorted already; only a construct with aspects of its own needs a new list.
  std::vector<AspectApplication> merged;
  const std::vector<AspectApplication>* here = &inherited;
  if (auto own = walk.state.aspects.find(&construct);
      own != walk.state.aspects.end() && !own->second.empty()) {
    merged = inherited;
    merged.insert(merged.end(), own->second.begin(), own->second.end());
    std::stable_sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.priority < b.priority; });
    here = &merged;
  }

  bool ran = false;
  for (const auto& application : *here) {
    const auto past = walk.invoked.past(construct, application.aspect.get());
    if (past.ran_already) continue;
    if (const auto last = past.last_priority; last && *last > application.priority) {
      throw ValidationError(
          "cannot invoke an aspect with priority " + std::to_string(application.priority) + " on " +
              construct.node().path() + ": an aspect with priority " + std::to_string(*last) +
              " was already invoked on it (an aspect added while aspects run must not have a lower "
              "priority than those already run)\n"
              "    fix: give the late aspect a priority at least as high, or add it before "
              "synthesis",
          construct.node().path());
    }
    application.aspect->visit(construct);
    ran = true;
    walk.invoked.record(construct, application);
  }

  const std::size_t first = walk.children.size();
  construct.node().for_each_child([&](Construct& child) { walk.children.push_back(&child); });
  const std::size_t end = walk.children.size();
  // By position: deeper levels push onto the same vector, which may move its elements.
  for (std::size_t i = first; i < end; ++i) ran = invoke_on(*walk.children[i], *here, walk) || ran;
  walk.children.resize(first);
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
            continue;
          }
          add_cross_stack_dependency(
              from->stack(),
              from,
              to->stack(),
              to,
              "construct dependency " + source->node().path() + " -> " + target->node().path());
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
  InvokedAspects invoked;
  for (int pass = 0; pass <= kMaxPasses; ++pass) {
    AspectWalk walk{.state = app.state(), .invoked = invoked};
    if (!invoke_on(app, {}, walk)) return;
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
