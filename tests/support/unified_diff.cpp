#include "unified_diff.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diff_script.hpp"

// Prints GNU diff's unified format; the line matching itself lives in diff_script.cpp.
namespace cdk::test {
namespace {

using Index = std::ptrdiff_t;
using detail::Change;

// Lines keep their '\n', so "x" at end of file without newline differs from "x\n", as in GNU diff.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const auto length = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(0, length));
    text.remove_prefix(length);
  }
  return lines;
}

// Integer ids make the inner loops cheap and give shift_boundaries its equivalence classes.
struct Numbered {
  std::vector<int> a;
  std::vector<int> b;
  int classes = 0;
};

Numbered number_lines(
    const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::unordered_map<std::string_view, int> ids;
  const auto id_of = [&ids](std::string_view line) {
    return ids.try_emplace(line, static_cast<int>(ids.size())).first->second;
  };
  Numbered numbered;
  for (auto line : a) numbered.a.push_back(id_of(line));
  for (auto line : b) numbered.b.push_back(id_of(line));
  numbered.classes = static_cast<int>(ids.size());
  return numbered;
}

// GNU prints the line before an empty range ("-0,0" for an empty file): `patch` relies on it.
std::string format_range(Index start, Index count) {
  if (count == 0) return std::to_string(start) + ",0";
  if (count == 1) return std::to_string(start + 1);
  return std::to_string(start + 1) + "," + std::to_string(count);
}

void append_line(std::string& out, char prefix, std::string_view line) {
  out += prefix;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(
    std::string_view expected,
    std::string_view actual,
    std::string_view expected_label,
    std::string_view actual_label,
    int context) {
  if (expected == actual) return {};
  const auto a = split_lines(expected);
  const auto b = split_lines(actual);
  const auto numbered = number_lines(a, b);
  const Index ctx = std::max(context, 0);
  const auto n = static_cast<Index>(a.size());
  const auto script = detail::diff_script(numbered.a, numbered.b, numbered.classes, ctx);

  std::string out =
      "--- " + std::string(expected_label) + "\n+++ " + std::string(actual_label) + "\n";
  for (std::size_t first = 0; first < script.size();) {
    // Changes at most 2*context lines apart share a hunk, so no context line is printed twice.
    std::size_t last = first;
    while (last + 1 < script.size() &&
           script[last + 1].line0 - (script[last].line0 + script[last].deleted) <= 2 * ctx) {
      ++last;
    }
    const Change& head = script[first];
    const Change& tail = script[last];
    const Index before = std::min(ctx, head.line0);
    const Index end0 = tail.line0 + tail.deleted;
    const Index after = std::min(ctx, n - end0);
    const Index start0 = head.line0 - before;
    const Index start1 = head.line1 - before;
    const Index count0 = end0 + after - start0;
    const Index count1 = tail.line1 + tail.inserted + after - start1;
    out += "@@ -" + format_range(start0, count0) + " +" + format_range(start1, count1) + " @@\n";
    Index pos = start0;
    for (std::size_t k = first; k <= last; ++k) {
      const Change& change = script[k];
      for (; pos < change.line0; ++pos) append_line(out, ' ', a[static_cast<std::size_t>(pos)]);
      for (Index x = 0; x < change.deleted; ++x) {
        append_line(out, '-', a[static_cast<std::size_t>(change.line0 + x)]);
      }
      for (Index y = 0; y < change.inserted; ++y) {
        append_line(out, '+', b[static_cast<std::size_t>(change.line1 + y)]);
      }
      pos = change.line0 + change.deleted;
    }
    for (; pos < end0 + after; ++pos) append_line(out, ' ', a[static_cast<std::size_t>(pos)]);
    first = last + 1;
  }
  return out;
}

}  // namespace cdk::test
