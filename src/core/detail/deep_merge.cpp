#include "core/detail/deep_merge.hpp"

#include <algorithm>
#include <vector>

#include "core/detail/ascii.hpp"

namespace cdk::detail {
namespace {

// Property keys of `object` in the order JavaScript's Object.keys lists them.
std::vector<std::string> js_keys(const Json& object) {
  std::vector<std::pair<std::size_t, std::string>> indices;
  std::vector<std::string> others;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (auto index = js_array_index(it.key())) {
      indices.emplace_back(*index, it.key());
    } else {
      others.push_back(it.key());
    }
  }
  std::sort(indices.begin(), indices.end());
  std::vector<std::string> keys;
  keys.reserve(object.size());
  for (auto& [index, key] : indices) keys.push_back(std::move(key));
  for (auto& key : others) keys.push_back(std::move(key));
  return keys;
}

// target[key] on a JavaScript object or array; nullptr where it is undefined.
Json* member(Json& target, const std::string& key) {
  if (target.is_object()) {
    auto it = target.find(key);
    return it == target.end() ? nullptr : &*it;
  }
  auto index = js_array_index(key);
  if (!index || *index >= target.size()) return nullptr;
  return &target[*index];
}

// target[key] = value. On an array a non-index key is a property JSON.stringify never writes,
// and an index past the end leaves holes, which it writes as null.
void assign(Json& target, const std::string& key, Json value) {
  if (target.is_object()) {
    js_object_set(target, key, std::move(value));
    return;
  }
  auto index = js_array_index(key);
  if (!index) return;
  while (target.size() <= *index) target.push_back(nullptr);
  target[*index] = std::move(value);
}

// delete target[key]; on an array it leaves a hole (written as null).
void remove(Json& target, const std::string& key) {
  if (target.is_object()) {
    target.erase(key);
    return;
  }
  auto index = js_array_index(key);
  if (index && *index < target.size()) target[*index] = nullptr;
}

}  // namespace

std::optional<std::size_t> js_array_index(const std::string& key) {
  if (key.empty() || key.size() > 10 || (key.size() > 1 && key.front() == '0')) return std::nullopt;
  std::size_t value = 0;
  for (const char c : key) {
    if (!is_ascii_digit(c)) return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  // 2^32 - 1 is not an array index in JavaScript.
  if (value >= 4294967295u) return std::nullopt;
  return value;
}

void js_object_set(Json& object, const std::string& key, Json value) {
  auto existing = object.find(key);
  if (existing != object.end()) {
    *existing = std::move(value);
    return;
  }
  auto index = js_array_index(key);
  if (!index) {
    object[key] = std::move(value);
    return;
  }
  // Rebuild with the new key before the first non-integer key or larger integer key.
  Json out = Json::object();
  bool placed = false;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (!placed) {
      auto other = js_array_index(it.key());
      if (!other || *other > *index) {
        out[key] = std::move(value);
        placed = true;
      }
    }
    out[it.key()] = std::move(it.value());
  }
  if (!placed) out[key] = std::move(value);
  object = std::move(out);
}

Json resolve_overrides(const Json& overrides, ResolveContext& context) {
  if (!overrides.is_object()) return is_undefined(overrides) ? overrides : context.resolve(overrides);
  Json out = Json::object();
  for (auto it = overrides.begin(); it != overrides.end(); ++it) {
    out[it.key()] = resolve_overrides(it.value(), context);
  }
  return out;
}

void deep_merge(Json& target, const Json& source) {
  for (const std::string& key : js_keys(source)) {
    const Json& value = source.at(key);
    if (value.is_object()) {
      Json* slot = member(target, key);
      // typeof target[key] !== 'object' (null counts as an object in JavaScript, but merging
      // into it would throw there; replacing it is the useful reading).
      if (slot == nullptr || !slot->is_structured()) {
        assign(target, key, Json::object());
        slot = member(target, key);
        if (slot == nullptr) continue;  // a non-index key on an array
      }
      deep_merge(*slot, value);
      if (slot->empty()) remove(target, key);
    } else if (is_undefined(value)) {
      remove(target, key);
    } else {
      assign(target, key, value);
    }
  }
}

}  // namespace cdk::detail
