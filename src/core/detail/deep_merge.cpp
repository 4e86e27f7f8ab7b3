#include "core/detail/deep_merge.hpp"

namespace cdk::detail {

Json resolve_overrides(const Json& overrides, ResolveContext& context) {
  if (!overrides.is_object()) return is_undefined(overrides) ? overrides : context.resolve(overrides);
  Json out = Json::object();
  for (auto it = overrides.begin(); it != overrides.end(); ++it) {
    out[it.key()] = resolve_overrides(it.value(), context);
  }
  return out;
}

void deep_merge(Json& target, const Json& source) {
  for (auto it = source.begin(); it != source.end(); ++it) {
    const Json& value = it.value();
    if (value.is_object()) {
      Json& slot = target[it.key()];
      if (!slot.is_object()) slot = Json::object();
      deep_merge(slot, value);
      if (slot.empty()) target.erase(it.key());
    } else if (is_undefined(value)) {
      if (target.is_object()) target.erase(it.key());
    } else {
      target[it.key()] = value;
    }
  }
}

}  // namespace cdk::detail
