#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// How tokens are written into strings: `${Token[<hint>.<number>]}` for string tokens and
// `#{Token[<hint>.<number>]}` for list tokens, the same shape aws-cdk-lib uses. The number is
// unique in the process, so a marker can't be mistaken for one of another App.
namespace cdk::detail {

/// A piece of a string: literal text, or a token marker with its number.
struct StringFragment {
  bool is_token = false;
  std::string_view text{};
  std::uint64_t number = 0;
};

/// The marker for a token number; the hint is sanitized to the marker's alphabet.
std::string make_string_marker(std::string_view hint, std::uint64_t number);
std::string make_list_marker(std::string_view hint, std::uint64_t number);

/// Splits a string into literal and string-token fragments (list markers stay literal).
std::vector<StringFragment> split_string_markers(std::string_view text);
/// False when the text holds no marker for certain: it lacks "{Token[", which every marker has.
/// One search, so plain strings skip the parsing the other checks do.
bool may_contain_marker(std::string_view text);
/// True if the text contains at least one string-token marker.
bool contains_string_marker(std::string_view text);
/// True if the text contains at least one list-token marker.
bool contains_list_marker(std::string_view text);
/// The number of the list marker if the whole text is exactly one list marker.
std::optional<std::uint64_t> whole_list_marker(std::string_view text);
/// The number of the string marker if the whole text is exactly one string marker.
std::optional<std::uint64_t> whole_string_marker(std::string_view text);
/// The number of the first marker of either kind in the text.
std::optional<std::uint64_t> first_marker_number(std::string_view text);

}  // namespace cdk::detail
