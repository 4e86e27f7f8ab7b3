// The assembly's JSON writer against nlohmann's dump, which the parity tests showed to equal
// JSON.stringify: the same text for every kind of value and each indent synthesis uses.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/detail/json_text.hpp"

using Json = nlohmann::ordered_json;

namespace {

std::string nlohmann_dump(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("JSON text equals nlohmann's dump for every kind of value", "[core][json]") {
  const Json value = Json::parse(R"({
    "Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {}, "DependsOn": []}},
    "numbers": [0, -7, 18446744073709551615, 1.5, 0.1, 1e21, 3.0, -0.0],
    "flags": [true, false, null],
    "text": ["plain", "quote \" and \\ backslash", "tab\tnew\nline", "\u0001\u001f\u007f", "Zürich ✓ 😀", ""],
    "nested": [[[]], [{}], {"a": {"b": [1, {"c": "d"}]}}]
  })");
  for (const int indent : {-1, 0, 1, 2, 4}) {
    INFO("indent " << indent);
    CHECK(cdk::detail::to_json_text(value, indent) == nlohmann_dump(value, indent));
  }
}

TEST_CASE("JSON text replaces invalid UTF-8 as nlohmann does", "[core][json]") {
  const Json value = {{"bad \xff key", "bad \xc3 value"}};
  CHECK(cdk::detail::to_json_text(value, 1) == nlohmann_dump(value, 1));
  CHECK(cdk::detail::to_json_text(value, -1).find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD
}

TEST_CASE("JSON text of scalars at the top level", "[core][json]") {
  for (const Json& value : {Json("x"), Json(42), Json(-1), Json(2.5), Json(true), Json(nullptr), Json::object(), Json::array()}) {
    CHECK(cdk::detail::to_json_text(value, 2) == nlohmann_dump(value, 2));
  }
}

TEST_CASE("an empty string view is written as an empty JSON string", "[core][json]") {
  // A default string_view has no data pointer; it must still give "" (and no memcpy from null).
  std::string out = "x";
  cdk::detail::append_json_string(out, std::string_view());
  CHECK(out == "x\"\"");
}

// Strings are scanned eight bytes at a time: every byte value, at every position of a word
// and in the tail, must be written exactly as nlohmann writes it.
TEST_CASE("JSON text of a string with any byte at any position", "[core][json]") {
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t position = 0; position < 19; ++position) {
      std::string text(19, 'a');
      text[position] = static_cast<char>(byte);
      const Json value(text);
      INFO("byte " << byte << " at " << position);
      REQUIRE(cdk::detail::to_json_text(value, -1) == nlohmann_dump(value, -1));
    }
  }
}
