#include "core/detail/token_map.hpp"

#include <atomic>

#include "core/detail/encoding.hpp"

namespace cdk::detail {
namespace {

std::uint64_t next_token_number() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

}  // namespace

TokenMap::Entry& TokenMap::entry_for(std::shared_ptr<const IResolvable> value) {
  auto it = by_object_.find(value.get());
  if (it != by_object_.end()) return it->second;
  const IResolvable* key = value.get();
  return by_object_.emplace(key, Entry{std::move(value), {}, {}}).first->second;
}

std::string TokenMap::string_marker(std::shared_ptr<const IResolvable> value) {
  Entry& entry = entry_for(std::move(value));
  if (entry.string_marker.empty()) {
    auto number = next_token_number();
    entry.string_marker = make_string_marker(entry.value->display_hint(), number);
    by_number_.emplace(number, entry.value.get());
  }
  return entry.string_marker;
}

std::string TokenMap::list_marker(std::shared_ptr<const IResolvable> value) {
  Entry& entry = entry_for(std::move(value));
  if (entry.list_marker.empty()) {
    auto number = next_token_number();
    entry.list_marker = make_list_marker(entry.value->display_hint(), number);
    by_number_.emplace(number, entry.value.get());
  }
  return entry.list_marker;
}

std::string TokenMap::marker_of(const IResolvable* value) const {
  auto it = by_object_.find(value);
  return it == by_object_.end() ? std::string() : it->second.string_marker;
}

const IResolvable* TokenMap::lookup(std::uint64_t number) const {
  auto it = by_number_.find(number);
  return it == by_number_.end() ? nullptr : it->second;
}

}  // namespace cdk::detail
