#include "core/detail/encoding.hpp"

#include <array>
#include <charconv>

#include "core/detail/ascii.hpp"

namespace cdk::detail {
namespace {

constexpr std::string_view kStringBegin = "${Token[";
constexpr std::string_view kListBegin = "#{Token[";
constexpr std::string_view kEnd = "]}";

// The characters of a marker's key, as a table: markers are parsed for every token string
// resolved, and the key check runs for each of their characters.
constexpr std::array<bool, 256> kKeyChars = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    table[static_cast<std::size_t>(c)] =
        is_ascii_alphanumeric(ch) || ch == ':' || ch == '.' || ch == '_' || ch == '-';
  }
  return table;
}();

bool is_key_char(char c) { return kKeyChars[static_cast<unsigned char>(c)]; }

// A marker found in a string: where it starts and ends and the number it carries.
struct MarkerMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint64_t number = 0;
};

// Parses the key of a marker whose begin text starts at `at`; the number follows the last '.'.
std::optional<MarkerMatch> parse_marker_at(std::string_view text, std::size_t at, std::size_t begin_len) {
  std::size_t key_begin = at + begin_len;
  std::size_t pos = key_begin;
  while (pos < text.size() && is_key_char(text[pos])) ++pos;
  if (pos == key_begin || text.substr(pos, kEnd.size()) != kEnd) return std::nullopt;
  std::string_view key = text.substr(key_begin, pos - key_begin);
  auto dot = key.rfind('.');
  std::string_view digits = dot == std::string_view::npos ? key : key.substr(dot + 1);
  if (digits.empty()) return std::nullopt;
  std::uint64_t number = 0;
  for (char c : digits) {
    if (!is_ascii_digit(c)) return std::nullopt;
    number = number * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return MarkerMatch{at, pos + kEnd.size(), number};
}

std::optional<MarkerMatch> find_marker(std::string_view text, std::string_view begin, std::size_t from) {
  for (std::size_t at = text.find(begin, from); at != std::string_view::npos;
       at = text.find(begin, at + 1)) {
    if (auto match = parse_marker_at(text, at, begin.size())) return match;
  }
  return std::nullopt;
}

// `begin`, the hint in the marker alphabet, '.', the number and "]}", built in one string:
// every token made gets a marker.
std::string make_marker(std::string_view begin, std::string_view hint, std::uint64_t number) {
  if (hint.empty()) hint = "TOKEN";
  constexpr std::size_t kMaxDigits = 20;  // of a 64-bit number
  std::string out;
  out.reserve(begin.size() + hint.size() + 1 + kMaxDigits + kEnd.size());
  out += begin;
  // The hint as it is, then its characters outside the marker alphabet replaced in place.
  const std::size_t hint_at = out.size();
  out += hint;
  for (std::size_t i = hint_at; i < out.size(); ++i) {
    if (!is_key_char(out[i])) out[i] = '.';
  }
  out += '.';
  char digits[kMaxDigits];
  const auto written = std::to_chars(digits, digits + sizeof digits, number);
  out.append(digits, written.ptr);
  out += kEnd;
  return out;
}

}  // namespace

std::string make_string_marker(std::string_view hint, std::uint64_t number) {
  return make_marker(kStringBegin, hint, number);
}

std::string make_list_marker(std::string_view hint, std::uint64_t number) {
  return make_marker(kListBegin, hint, number);
}

std::vector<StringFragment> split_string_markers(std::string_view text) {
  std::vector<StringFragment> out;
  std::size_t rest = 0;
  for (auto match = find_marker(text, kStringBegin, 0); match;
       match = find_marker(text, kStringBegin, match->end)) {
    if (match->begin > rest) out.push_back({false, text.substr(rest, match->begin - rest), 0});
    out.push_back({true, text.substr(match->begin, match->end - match->begin), match->number});
    rest = match->end;
  }
  if (rest < text.size()) out.push_back({false, text.substr(rest), 0});
  return out;
}

bool may_contain_marker(std::string_view text) {
  return text.find(kStringBegin.substr(1)) != std::string_view::npos;
}

bool contains_string_marker(std::string_view text) { return find_marker(text, kStringBegin, 0).has_value(); }

bool contains_list_marker(std::string_view text) { return find_marker(text, kListBegin, 0).has_value(); }

namespace {

std::optional<std::uint64_t> whole_marker(std::string_view text, std::string_view begin) {
  if (!text.starts_with(begin)) return std::nullopt;
  auto match = parse_marker_at(text, 0, begin.size());
  if (!match || match->end != text.size()) return std::nullopt;
  return match->number;
}

}  // namespace

std::optional<std::uint64_t> whole_list_marker(std::string_view text) {
  return whole_marker(text, kListBegin);
}

std::optional<std::uint64_t> whole_string_marker(std::string_view text) {
  return whole_marker(text, kStringBegin);
}

std::optional<std::uint64_t> first_marker_number(std::string_view text) {
  auto string_match = find_marker(text, kStringBegin, 0);
  auto list_match = find_marker(text, kListBegin, 0);
  if (string_match && (!list_match || string_match->begin < list_match->begin)) {
    return string_match->number;
  }
  if (list_match) return list_match->number;
  return std::nullopt;
}

}  // namespace cdk::detail
