#pragma once

// A Capture is embedded in a pattern as a matcher tag (see match.hpp) holding a numeric id:
//   {"$cdkpp.match": {"kind": "capture", "id": 7, "pattern": <optional inner pattern>}}
// Patterns are JSON values, so they cannot hold a pointer back to the Capture. Instead each
// Capture registers itself, under an id that is never reused, in a thread_local registry of
// *live* captures and removes itself on destruction. Two templates or tests therefore never
// share state, parallel test threads have separate registries, and a pattern that outlived its
// Capture (or is matched on another thread) fails with an AssertionError instead of writing
// through a dangling pointer. For the same reason a Capture is neither copyable nor movable.

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cdk::assertions {

namespace detail {
struct CaptureAccess;
}  // namespace detail

/// Records the values found where its pattern sits (CDK's Capture); read them after the assertion.
class Capture {
 public:
  /// A capture that accepts any non-null value.
  Capture();
  /// A capture that only accepts values matching `pattern` (literal objects match object_like);
  /// pass a json, not a bare braced list.
  explicit Capture(nlohmann::ordered_json pattern);
  /// Unregisters the capture; patterns still referring to it then fail when matched.
  ~Capture();
  /// Not copyable or movable: the registry holds this object's address (see above).
  Capture(const Capture&) = delete;
  Capture& operator=(const Capture&) = delete;
  Capture(Capture&&) = delete;
  Capture& operator=(Capture&&) = delete;

  /// The tagged pattern to place inside a template pattern.
  [[nodiscard]] nlohmann::ordered_json as_pattern() const;

  /// Moves to the next captured value; false (and stays put) when at the last one (CDK next()).
  bool next();
  /// Number of values captured so far, across all successful matches.
  [[nodiscard]] std::size_t size() const noexcept;

  /// The current value, whatever its type; throws AssertionError if nothing was captured.
  [[nodiscard]] const nlohmann::ordered_json& as_json() const;
  /// The current value as a string; throws AssertionError if it is not one.
  [[nodiscard]] std::string as_string() const;
  /// The current value as a number; throws AssertionError if it is not one.
  [[nodiscard]] double as_number() const;
  /// The current value as a boolean; throws AssertionError if it is not one.
  [[nodiscard]] bool as_bool() const;
  /// The current value as a JSON array; throws AssertionError if it is not one.
  [[nodiscard]] nlohmann::ordered_json as_array() const;
  /// The current value as a JSON object; throws AssertionError if it is not one.
  [[nodiscard]] nlohmann::ordered_json as_object() const;

 private:
  friend struct detail::CaptureAccess;

  const nlohmann::ordered_json& current() const;
  [[noreturn]] void report_incorrect_type(const char* expected) const;

  std::uint64_t id_;
  std::optional<nlohmann::ordered_json> pattern_;
  std::vector<nlohmann::ordered_json> captured_;
  std::size_t index_ = 0;
};

}  // namespace cdk::assertions
