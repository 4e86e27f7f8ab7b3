#pragma once

// The matching engine behind Match, Capture and Template (CDK's matching/lib/match.ts).
// A match never throws for a mismatch: it returns every difference with its JSON pointer
// (relative to the value tested), so callers can rank candidates and report all of them.
// It throws AssertionError only for a malformed pattern, which no template could satisfy.

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cdk::assertions::detail {

/// One difference between pattern and value.
struct Mismatch {
  std::string pointer;  // RFC 6901 pointer into the tested value; "" is the value itself
  std::string message;
  std::string matcher;  // CDK's matcher name (objectLike, arrayWith, ...), as CDK reports it
  // Notes that only explain context ("arrayWith pattern 0 matched here") cost 0, so they do
  // not make a candidate look further away than it is.
  std::size_t cost = 1;
};

/// The outcome of one match: mismatches plus values captured on the way.
struct MatchResult {
  std::vector<Mismatch> mismatches;
  std::vector<std::pair<std::uint64_t, nlohmann::ordered_json>> captures;

  [[nodiscard]] bool ok() const noexcept { return mismatches.empty(); }
  /// Sum of the mismatch costs; the closest candidate has the lowest.
  [[nodiscard]] std::size_t cost() const noexcept;
};

/// Matches `actual` (nullptr: the key is missing) against a pattern whose literals are object_like.
MatchResult match(const nlohmann::ordered_json& pattern, const nlohmann::ordered_json* actual);

/// Hands the captures of a successful match to their Capture objects (CDK's finished()).
void commit_captures(const MatchResult& result);

/// "<message> at <pointer> (using <matcher> matcher)", as CDK's toHumanStrings.
std::string describe(const Mismatch& mismatch);

/// Escapes one reference token for a JSON pointer (RFC 6901: ~ -> ~0, / -> ~1).
std::string escape_pointer_token(std::string_view token);

/// If `value` is a matcher tag, its body {"kind": ..., ...}; nullptr for literals.
const nlohmann::ordered_json* tag_body(const nlohmann::ordered_json& value);

/// Builds a tag {"$cdkpp.match": body}.
nlohmann::ordered_json make_tag(nlohmann::ordered_json body);

}  // namespace cdk::assertions::detail
