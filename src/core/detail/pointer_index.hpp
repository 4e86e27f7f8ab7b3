#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace cdk::detail {

/// Numbers (positions in another container) by object address, for a table that only grows.
///
/// One array, open addressing with linear probing: std::unordered_map allocates a node per
/// entry and scatters them in memory, and the token map adds an entry per token (tens of
/// thousands for a large app), where its look-ups showed in profiles.
class PointerIndex {
 public:
  /// The number stored for `key`, if any.
  std::optional<std::uint32_t> find(const void* key) const noexcept;
  /// Stores `value` for `key` unless `key` has a number already. Returns the number `key` has
  /// now and whether it was stored by this call. `key` must not be null.
  std::pair<std::uint32_t, bool> insert(const void* key, std::uint32_t value);
  /// Stores `value` for `key` and returns the number `key` had before, if any. `key` must not
  /// be null.
  std::optional<std::uint32_t> exchange(const void* key, std::uint32_t value);
  std::size_t size() const noexcept { return size_; }

 private:
  struct Slot {
    const void* key = nullptr;  // null: empty
    std::uint32_t value = 0;
  };
  std::size_t first_slot(const void* key) const noexcept;
  Slot& slot_for(const void* key);
  void grow();

  std::vector<Slot> slots_;  // a power of two long, at most half full
  std::size_t size_ = 0;
};

}  // namespace cdk::detail
