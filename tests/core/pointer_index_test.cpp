// detail::PointerIndex, the token map's index of resolvables by address.
#include "core/detail/pointer_index.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

TEST_CASE("a pointer index keeps the first number given for each address", "[core][tokens]") {
  cdk::detail::PointerIndex index;
  int a = 0;
  int b = 0;
  CHECK_FALSE(index.find(&a).has_value());
  CHECK(index.insert(&a, 7) == std::pair<std::uint32_t, bool>{7, true});
  CHECK(index.insert(&a, 9) == std::pair<std::uint32_t, bool>{7, false});
  CHECK(index.insert(&b, 9) == std::pair<std::uint32_t, bool>{9, true});
  CHECK(index.find(&a) == 7u);
  CHECK(index.find(&b) == 9u);
  CHECK_FALSE(index.find(nullptr).has_value());
  CHECK(index.size() == 2);
}

TEST_CASE(
    "a pointer index replaces a number only when asked to, and says which it was",
    "[core][tokens]") {
  cdk::detail::PointerIndex index;
  int a = 0;
  int b = 0;
  CHECK_FALSE(index.exchange(&a, 1).has_value());
  CHECK(index.find(&a) == 1u);
  CHECK(index.exchange(&a, 2) == 1u);
  CHECK(index.find(&a) == 2u);
  CHECK(index.size() == 1);
  CHECK(index.insert(&a, 3) == std::pair<std::uint32_t, bool>{2, false});
  CHECK_FALSE(index.exchange(&b, 4).has_value());
  CHECK(index.find(&b) == 4u);
  CHECK(index.find(&a) == 2u);
  CHECK(index.size() == 2);
}

TEST_CASE("a pointer index finds every address after growing many times", "[core][tokens]") {
  // Neighbouring addresses (a vector's elements) are the common case: objects of one kind
  // allocated one after another.
  std::vector<std::uint64_t> objects(50'000);
  cdk::detail::PointerIndex index;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    REQUIRE(index.insert(&objects[i], static_cast<std::uint32_t>(i)).second);
  }
  CHECK(index.size() == objects.size());
  std::size_t found = 0;
  for (std::size_t i = 0; i < objects.size(); ++i)
    found += index.find(&objects[i]) == static_cast<std::uint32_t>(i);
  CHECK(found == objects.size());
  std::uint64_t elsewhere = 0;
  CHECK_FALSE(index.find(&elsewhere).has_value());
}
