#include "core/detail/pointer_index.hpp"

namespace cdk::detail {

// Objects are aligned, so the low bits of an address say little: the bits are mixed
// (MurmurHash3's finalizer) before the table's size masks them.
std::size_t PointerIndex::first_slot(const void* key) const noexcept {
  auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(key));
  bits ^= bits >> 33;
  bits *= 0xff51afd7ed558ccdULL;
  bits ^= bits >> 33;
  return static_cast<std::size_t>(bits) & (slots_.size() - 1);
}

std::optional<std::uint32_t> PointerIndex::find(const void* key) const noexcept {
  if (slots_.empty() || key == nullptr) return std::nullopt;
  for (std::size_t i = first_slot(key);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i].key == key) return slots_[i].value;
    if (slots_[i].key == nullptr) return std::nullopt;
  }
}

// The slot holding `key`, or the empty one where it goes (the table has room for it).
PointerIndex::Slot& PointerIndex::slot_for(const void* key) {
  if (2 * (size_ + 1) > slots_.size()) grow();
  for (std::size_t i = first_slot(key);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i].key == key || slots_[i].key == nullptr) return slots_[i];
  }
}

std::pair<std::uint32_t, bool> PointerIndex::insert(const void* key, std::uint32_t value) {
  Slot& slot = slot_for(key);
  if (slot.key == key) return {slot.value, false};
  slot = {key, value};
  ++size_;
  return {value, true};
}

std::optional<std::uint32_t> PointerIndex::exchange(const void* key, std::uint32_t value) {
  Slot& slot = slot_for(key);
  std::optional<std::uint32_t> previous;
  if (slot.key == key)
    previous = slot.value;
  else
    ++size_;
  slot = {key, value};
  return previous;
}

void PointerIndex::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
  for (const Slot& slot : old) {
    if (slot.key == nullptr) continue;
    std::size_t i = first_slot(slot.key);
    while (slots_[i].key != nullptr) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
}

}  // namespace cdk::detail
