#pragma once

#include <cdk/core/token.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/detail/pointer_index.hpp"

namespace cdk::detail {

/// The tokens of one App: marker number -> resolvable. Owned by the App (not a global), so
/// tests are independent; numbers come from a process-wide counter so a marker of another App
/// is recognised as foreign instead of silently resolving to the wrong value.
class TokenMap {
 public:
  /// The string marker of `value`; registering the same object twice gives the same marker.
  std::string string_marker(std::shared_ptr<const IResolvable> value);
  /// The list marker of `value`.
  std::string list_marker(std::shared_ptr<const IResolvable> value);
  /// The resolvable with this number, or nullptr if it belongs to no token of this App.
  const IResolvable* lookup(std::uint64_t number) const;
  /// The string marker already given to `value`, or "" if it has none.
  std::string marker_of(const IResolvable* value) const;

 private:
  struct Entry {
    std::shared_ptr<const IResolvable> value;
    std::string string_marker;
    std::string list_marker;
  };
  Entry& entry_for(std::shared_ptr<const IResolvable> value);
  const Entry* find_entry(const IResolvable* value) const;
  void add_number(std::uint64_t number, const IResolvable* value);

  std::vector<Entry> entries_;  // in registration order
  PointerIndex entry_of_;       // resolvable -> its position in entries_

  // The resolvable of number first_number_ + i at index i. An App's numbers come from the
  // process-wide counter in increasing order, so this is dense unless Apps take turns; the
  // slots of other Apps' numbers stay null. Looked up for every marker at resolution, where
  // a hash map's look-up cost more than the rest of the marker handling.
  std::vector<const IResolvable*> by_number_;
  std::uint64_t first_number_ = 0;
};

}  // namespace cdk::detail
