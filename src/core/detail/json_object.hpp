#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace cdk::detail {

// ordered_json keeps an object's members in a std::vector of pair<const std::string, json>. The
// const key makes the pair impossible to move without a possible throw, so when the vector
// grows it deep-copies every member already there: building {"Statement": [...], "Version": ...}
// from an initializer list copies the whole statement list once. Objects built here get their
// room first and take their values by move.

namespace object_of_detail {

inline void append(nlohmann::ordered_json::object_t&) {}

template <typename Value, typename... Rest>
void append(
    nlohmann::ordered_json::object_t& members, std::string key, Value&& value, Rest&&... rest) {
  members.emplace_back(std::move(key), nlohmann::ordered_json(std::forward<Value>(value)));
  append(members, std::forward<Rest>(rest)...);
}

}  // namespace object_of_detail

/// The JSON object {key1: value1, key2: value2, ...}, members in the order given. The keys must be
/// distinct: no look-up is made.
template <typename... KeysAndValues>
nlohmann::ordered_json object_of(KeysAndValues&&... keys_and_values) {
  static_assert(sizeof...(KeysAndValues) % 2 == 0, "object_of takes keys and values in pairs");
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  auto& members = out.get_ref<nlohmann::ordered_json::object_t&>();
  members.reserve(sizeof...(KeysAndValues) / 2);
  object_of_detail::append(members, std::forward<KeysAndValues>(keys_and_values)...);
  return out;
}

/// An empty object with room for `members` members, to be filled with operator[] when which
/// keys it gets depends on conditions: it then copies nothing while it is filled.
inline nlohmann::ordered_json object_with_room(std::size_t members) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  out.get_ref<nlohmann::ordered_json::object_t&>().reserve(members);
  return out;
}

}  // namespace cdk::detail
