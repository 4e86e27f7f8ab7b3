#include <cdk/core/app.hpp>
#include <cdk/core/aspects.hpp>
#include <cdk/core/errors.hpp>

#include "core/detail/app_state.hpp"

namespace cdk {

Aspects Aspects::of(Construct& scope) { return Aspects(scope); }

void Aspects::add(std::shared_ptr<IAspect> aspect, int priority) {
  if (aspect == nullptr) {
    throw ValidationError(
        "Aspects::add got no aspect (a null pointer)\n"
        "    fix: pass an aspect object, e.g. std::make_shared<MyAspect>()",
        scope_.node().path());
  }
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
