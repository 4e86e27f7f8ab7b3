#pragma once

// The bridge between the engine and live Capture objects (see capture.hpp for why a registry).

#include <cstdint>
#include <nlohmann/json.hpp>

namespace cdk::assertions::detail {

/// Friend of Capture: looks captures up by id in this thread's registry.
struct CaptureAccess {
  /// True if a Capture with this id is alive on the calling thread.
  static bool is_live(std::uint64_t id) noexcept;
  /// Appends a value to the live Capture with this id; throws AssertionError if there is none.
  static void record(std::uint64_t id, nlohmann::ordered_json value);
};

}  // namespace cdk::assertions::detail
