#include "support/unified_diff.hpp"

#include <catch2/catch.hpp>
#include <string>

using cdk::test::unified_diff;

namespace {

// "1\n2\n...\nn\n": numbered lines make hunk positions easy to read in the expectations.
std::string numbered_lines(int first, int last) {
  std::string text;
  for (int i = first; i <= last; ++i) text += std::to_string(i) + "\n";
  return text;
}

}  // namespace

TEST_CASE("equal inputs give an empty diff", "[support][diff]") {
  CHECK(unified_diff("", "", "a", "b").empty());
  CHECK(unified_diff("x\ny\n", "x\ny\n", "a", "b").empty());
}

TEST_CASE("a changed line is shown with three lines of context", "[support][diff]") {
  // GIVEN
  const auto expected = numbered_lines(1, 10);
  auto actual = expected;
  actual.replace(actual.find("5\n"), 2, "five\n");
  // WHEN
  const auto diff = unified_diff(expected, actual, "golden/x.json", "actual");
  // THEN
  CHECK(
      diff ==
      "--- golden/x.json\n+++ actual\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST_CASE("a one-line range omits its count", "[support][diff]") {
  CHECK(unified_diff("a\n", "b\n", "a", "b") == "--- a\n+++ b\n@@ -1 +1 @@\n-a\n+b\n");
}

TEST_CASE("an empty side is numbered as line 0 with count 0", "[support][diff]") {
  CHECK(unified_diff("", "x\ny\n", "a", "b") == "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n");
  CHECK(unified_diff("x\ny\n", "", "a", "b") == "--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n");
}

TEST_CASE("a pure insertion names the line before it", "[support][diff]") {
  // GIVEN lines 1..8 with "new" inserted after 4
  const auto expected = numbered_lines(1, 8);
  const auto actual = numbered_lines(1, 4) + "new\n" + numbered_lines(5, 8);
  // THEN
  CHECK(
      unified_diff(expected, actual, "a", "b") ==
      "--- a\n+++ b\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n");
}

TEST_CASE("a missing final newline is marked like GNU diff", "[support][diff]") {
  SECTION("only the actual side lacks it") {
    CHECK(
        unified_diff("a\nb\n", "a\nb", "a", "b") ==
        "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n");
  }
  SECTION("only the expected side lacks it") {
    CHECK(
        unified_diff("a\nb", "a\nb\n", "a", "b") ==
        "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
  }
  SECTION("both lack it and the last line is context") {
    CHECK(
        unified_diff("a\nb", "x\nb", "a", "b") ==
        "--- a\n+++ b\n@@ -1,2 +1,2 @@\n-a\n+x\n b\n\\ No newline at end of file\n");
  }
}

TEST_CASE("changes up to six lines apart share one hunk", "[support][diff]") {
  // GIVEN lines 1..20 without 4 and 11: six unchanged lines (5..10) between the deletions
  const auto expected = numbered_lines(1, 20);
  const auto actual = numbered_lines(1, 3) + numbered_lines(5, 10) + numbered_lines(12, 20);
  // THEN
  CHECK(
      unified_diff(expected, actual, "a", "b") ==
      "--- a\n+++ b\n@@ -1,14 +1,12 @@\n 1\n 2\n 3\n-4\n 5\n 6\n 7\n 8\n 9\n 10\n-11\n"
      " 12\n 13\n 14\n");
}

TEST_CASE("changes seven lines apart get separate hunks", "[support][diff]") {
  // GIVEN lines 1..20 without 4 and 12
  const auto expected = numbered_lines(1, 20);
  const auto actual = numbered_lines(1, 3) + numbered_lines(5, 11) + numbered_lines(13, 20);
  // THEN the second hunk's new-side start accounts for the first deletion
  CHECK(
      unified_diff(expected, actual, "a", "b") ==
      "--- a\n+++ b\n@@ -1,7 +1,6 @@\n 1\n 2\n 3\n-4\n 5\n 6\n 7\n"
      "@@ -9,7 +8,6 @@\n 9\n 10\n 11\n-12\n 13\n 14\n 15\n");
}

TEST_CASE("context can be narrowed", "[support][diff]") {
  const auto expected = numbered_lines(1, 5);
  const auto actual = numbered_lines(1, 2) + "x\n" + numbered_lines(4, 5);
  CHECK(unified_diff(expected, actual, "a", "b", 0) == "--- a\n+++ b\n@@ -3 +3 @@\n-3\n+x\n");
  CHECK(
      unified_diff(expected, actual, "a", "b", 1) ==
      "--- a\n+++ b\n@@ -2,3 +2,3 @@\n 2\n-3\n+x\n 4\n");
}

TEST_CASE("an inserted JSON element is aligned as diff and git show it", "[support][diff]") {
  // GIVEN a list of two objects that gains a third in the middle
  const std::string expected = "[\n {\n  \"a\": 1\n },\n {\n  \"c\": 3\n }\n]\n";
  const std::string actual = "[\n {\n  \"a\": 1\n },\n {\n  \"b\": 2\n },\n {\n  \"c\": 3\n }\n]\n";
  // THEN the inserted lines sit where `diff -u` and git put them, so reviewers see the same hunk
  CHECK(
      unified_diff(expected, actual, "a", "b") ==
      "--- a\n+++ b\n@@ -3,6 +3,9 @@\n   \"a\": 1\n  },\n  {\n+  \"b\": 2\n+ },\n+ {\n"
      "   \"c\": 3\n  }\n ]\n");
}

TEST_CASE("a 3000-line template diff stays small and exact", "[support][diff]") {
  // GIVEN a large template with one changed line
  const auto expected = numbered_lines(1, 3000);
  auto actual = expected;
  actual.replace(actual.find("\n1500\n") + 1, 5, "changed\n");
  // THEN only one hunk is printed
  CHECK(
      unified_diff(expected, actual, "a", "b") ==
      "--- a\n+++ b\n@@ -1497,7 +1497,7 @@\n 1497\n 1498\n 1499\n-1500\n+changed\n 1501\n"
      " 1502\n 1503\n");
}

TEST_CASE("two 3000-line inputs with nothing in common still diff quickly", "[support][diff]") {
  // GIVEN inputs whose edit distance is 6000, the worst case for the O(ND) search
  const auto expected = numbered_lines(1, 3000);
  const auto actual = numbered_lines(3001, 6000);
  // WHEN
  const auto diff = unified_diff(expected, actual, "a", "b");
  // THEN one hunk deletes everything and inserts everything
  CHECK(diff.rfind("--- a\n+++ b\n@@ -1,3000 +1,3000 @@\n-1\n", 0) == 0);
  CHECK(
      diff.size() == std::string("--- a\n+++ b\n@@ -1,3000 +1,3000 @@\n").size() + expected.size() +
                         actual.size() + 6000);
}
