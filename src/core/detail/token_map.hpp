#pragma once

#include <cdk/core/token.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

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

  std::unordered_map<std::uint64_t, const IResolvable*> by_number_;
  std::unordered_map<const IResolvable*, Entry> by_object_;
};

}  // namespace cdk::detail
