#include "core/detail/locale_compare.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace cdk::detail {
namespace {

// Printable ASCII in the order ICU's root collation gives it (checked with Node 20):
// a letter's lower- and upper-case forms share a primary weight.
constexpr std::string_view kPrimaryOrder =
    " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

// Secondary weights of the accents, in the order of the DUCET's combining marks.
enum Accent : int {
  none = 0,
  acute = 1,
  grave = 2,
  circumflex = 4,
  ring = 6,
  diaeresis = 7,
  tilde = 9,
  cedilla = 12,
  stroke = 20,
  eth = 25,
  ligature = 30,
};

// U+00C0..U+00DF (upper case; U+00E0..U+00FF is the same in lower case): base letter and
// accent. '\0' marks a character that is not a plain accented letter (×, Þ, ß, ÷, þ).
struct Latin1Letter {
  char base;
  int accent;
};
constexpr std::array<Latin1Letter, 32> kLatin1 = {{
    {'a', grave}, {'a', acute}, {'a', circumflex}, {'a', tilde}, {'a', diaeresis}, {'a', ring},
    {'\0', none},  // Æ: expands to a + e
    {'c', cedilla}, {'e', grave}, {'e', acute}, {'e', circumflex}, {'e', diaeresis},
    {'i', grave}, {'i', acute}, {'i', circumflex}, {'i', diaeresis},
    {'d', eth},  // Ð: ICU gives it a primary of its own after d; approximated as an accented d
    {'n', tilde}, {'o', grave}, {'o', acute}, {'o', circumflex}, {'o', tilde}, {'o', diaeresis},
    {'\0', none},  // × (U+00D7) / ÷ (U+00F7)
    {'o', stroke}, {'u', grave}, {'u', acute}, {'u', circumflex}, {'u', diaeresis}, {'y', acute},
    {'\0', none},  // Þ / þ: after z
    {'\0', none},  // ß (U+00DF) expands to ss; ÿ (U+00FF) is handled apart
}};

struct Element {
  int primary;
  int secondary;
  int tertiary;
};

struct Weights {
  std::array<int, 128> ascii{};
  Weights() {
    int weight = 1;
    for (const char c : kPrimaryOrder) {
      const bool shares_with_previous = c >= 'A' && c <= 'Z';
      if (!shares_with_previous) ++weight;
      ascii[static_cast<unsigned char>(c)] = weight;
    }
    // Control characters sort before everything printable.
    for (auto& w : ascii) {
      if (w == 0) w = 1;
    }
  }
};

const Weights& weights() {
  static const Weights instance;
  return instance;
}

// Characters outside ASCII and the Latin-1 letters: after every letter, by code point.
constexpr int kBeyondLetters = 1000;

int letter_primary(char lower) { return weights().ascii[static_cast<unsigned char>(lower)]; }

// Decodes one UTF-8 code point at `i` (advancing it); an invalid byte decodes as itself + 0xDC00
// so it still orders deterministically.
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  std::size_t length = 0;
  std::uint32_t cp = 0;
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if ((b0 & 0xE0) == 0xC0) {
    length = 2;
    cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3;
    cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4;
    cp = b0 & 0x07u;
  }
  if (length == 0 || i + length > s.size()) {
    ++i;
    return 0xDC00u + b0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xDC00u + b0;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  i += length;
  return cp;
}

void append_elements(std::uint32_t cp, std::vector<Element>& out) {
  if (cp < 0x80) {
    const bool upper = cp >= 'A' && cp <= 'Z';
    out.push_back({weights().ascii[cp], none, upper ? 1 : 0});
    return;
  }
  if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
    const int tertiary = cp < 0xE0 ? 1 : 0;
    if (cp == 0xDF) {  // ß
      out.push_back({letter_primary('s'), ligature, 0});
      out.push_back({letter_primary('s'), ligature, 0});
      return;
    }
    if (cp == 0xFF) {  // ÿ
      out.push_back({letter_primary('y'), diaeresis, 0});
      return;
    }
    const Latin1Letter& letter = kLatin1[(cp - 0xC0) & 0x1Fu];
    if (cp == 0xC6 || cp == 0xE6) {  // Æ æ
      out.push_back({letter_primary('a'), ligature, tertiary});
      out.push_back({letter_primary('e'), ligature, tertiary});
      return;
    }
    if (cp == 0xDE || cp == 0xFE) {  // Þ þ
      out.push_back({letter_primary('z') + 1, none, tertiary});
      return;
    }
    out.push_back({letter_primary(letter.base), letter.accent, tertiary});
    return;
  }
  out.push_back({kBeyondLetters + static_cast<int>(cp), none, 0});
}

std::vector<Element> collation_elements(std::string_view s) {
  std::vector<Element> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) append_elements(next_code_point(s, i), out);
  return out;
}

template <int Element::*Level>
int compare_level(const std::vector<Element>& a, const std::vector<Element>& b) {
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (a[i].*Level != b[i].*Level) return a[i].*Level < b[i].*Level ? -1 : 1;
  }
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return 0;
}

bool is_ascii(std::string_view s) {
  return std::all_of(
      s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

int locale_compare_general(std::string_view a, std::string_view b) {
  const auto ea = collation_elements(a);
  const auto eb = collation_elements(b);
  if (int c = compare_level<&Element::primary>(ea, eb); c != 0) return c;
  if (int c = compare_level<&Element::secondary>(ea, eb); c != 0) return c;
  return compare_level<&Element::tertiary>(ea, eb);
}

int locale_compare(std::string_view a, std::string_view b) {
  // Tag keys and construct paths are ASCII nearly always. Then each byte is one element with no
  // accent, and the levels are compared in place instead of as vectors built for each call.
  if (!is_ascii(a) || !is_ascii(b)) return locale_compare_general(a, b);
  const auto& primary = weights().ascii;
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    const int pa = primary[static_cast<unsigned char>(a[i])];
    const int pb = primary[static_cast<unsigned char>(b[i])];
    if (pa != pb) return pa < pb ? -1 : 1;
  }
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  // Secondary weights are all "no accent"; tertiary: lower case before upper case.
  for (std::size_t i = 0; i < a.size(); ++i) {
    const bool ua = is_ascii_upper(a[i]);
    const bool ub = is_ascii_upper(b[i]);
    if (ua != ub) return ua ? 1 : -1;
  }
  return 0;
}

}  // namespace cdk::detail
