#include "core/detail/token_map.hpp"

#include <atomic>
#include <cdk/core/errors.hpp>

#include "core/detail/encoding.hpp"
#include "core/detail/speculation.hpp"

namespace cdk::detail {
namespace {

std::uint64_t next_token_number() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

}  // namespace

TokenMap::Entry& TokenMap::entry_for(std::shared_ptr<const IResolvable> value) {
  if (value == nullptr) {
    throw ValidationError(
        "a token was made of no value (a null IResolvable)\n"
        "    fix: pass Token::as_string or Token::as_list a resolvable object",
        "");
  }
  const auto [position, added] =
      entry_of_.insert(value.get(), static_cast<std::uint32_t>(entries_.size()));
  if (added) entries_.push_back({std::move(value), {}, {}});
  return entries_[position];
}

void TokenMap::add_number(std::uint64_t number, const IResolvable* value) {
  if (by_number_.empty()) first_number_ = number;
  const auto index = static_cast<std::size_t>(number - first_number_);
  if (index >= by_number_.size()) by_number_.resize(index + 1, nullptr);
  by_number_[index] = value;
}

const TokenMap::Entry* TokenMap::find_entry(const IResolvable* value) const {
  const auto position = entry_of_.find(value);
  return position ? &entries_[*position] : nullptr;
}

std::string TokenMap::string_marker(std::shared_ptr<const IResolvable> value) {
  if (speculating()) {
    // A token registered already gives its marker; a new one would change the map.
    const Entry* known = find_entry(value.get());
    if (known == nullptr || known->string_marker.empty()) throw SpeculationRefused{};
    return known->string_marker;
  }
  Entry& entry = entry_for(std::move(value));
  if (entry.string_marker.empty()) {
    auto number = next_token_number();
    entry.string_marker = make_string_marker(entry.value->display_hint(), number);
    add_number(number, entry.value.get());
  }
  return entry.string_marker;
}

std::string TokenMap::list_marker(std::shared_ptr<const IResolvable> value) {
  if (speculating()) {
    const Entry* known = find_entry(value.get());
    if (known == nullptr || known->list_marker.empty()) throw SpeculationRefused{};
    return known->list_marker;
  }
  Entry& entry = entry_for(std::move(value));
  if (entry.list_marker.empty()) {
    auto number = next_token_number();
    entry.list_marker = make_list_marker(entry.value->display_hint(), number);
    add_number(number, entry.value.get());
  }
  return entry.list_marker;
}

std::string TokenMap::marker_of(const IResolvable* value) const {
  const Entry* entry = find_entry(value);
  return entry != nullptr ? entry->string_marker : std::string();
}

const IResolvable* TokenMap::lookup(std::uint64_t number) const {
  if (by_number_.empty() || number < first_number_) return nullptr;
  const std::uint64_t index = number - first_number_;
  return index < by_number_.size() ? by_number_[static_cast<std::size_t>(index)] : nullptr;
}

}  // namespace cdk::detail
