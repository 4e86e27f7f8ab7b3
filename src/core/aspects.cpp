#include <cdk/core/app.hpp>
#include <cdk/core/aspects.hpp>

#include "core/detail/app_state.hpp"

namespace cdk {

Aspects Aspects::of(Construct& scope) { return Aspects(scope); }

void Aspects::add(std::shared_ptr<IAspect> aspect, int priority) {
  auto& applied = App::of(scope_).state().aspects[&scope_];
  // The same aspect at the same priority is applied once, as in aws-cdk-lib.
  for (const auto& existing : applied) {
    if (existing.aspect == aspect && existing.priority == priority) return;
  }
  applied.push_back({std::move(aspect), priority});
}

const std::vector<AspectApplication>& Aspects::all() const {
  static const std::vector<AspectApplication> none;
  auto& table = App::of(scope_).state().aspects;
  auto it = table.find(&scope_);
  return it == table.end() ? none : it->second;
}

}  // namespace cdk
