// detail::object_of, the object builder synthesis uses instead of ordered_json's initializer
// lists (which deep-copy earlier members each time the object grows).
#include "core/detail/json_object.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

using Json = nlohmann::ordered_json;

TEST_CASE(
    "object_of keeps the members in the order given, whatever the key order", "[core][json]") {
  const std::string key = "middle";
  const Json object =
      cdk::detail::object_of("z", 1, key, "text", "a", Json::array({true, nullptr}));
  CHECK(object.dump() == R"({"z":1,"middle":"text","a":[true,null]})");
  CHECK(object == Json{{"z", 1}, {"middle", "text"}, {"a", Json::array({true, nullptr})}});
  CHECK(cdk::detail::object_of().dump() == "{}");
}

TEST_CASE("object_of moves the values it is given and copies the others", "[core][json]") {
  Json statements = Json::array({Json{{"Effect", "Allow"}}, Json{{"Effect", "Deny"}}});
  const Json kept = statements;
  const Json document =
      cdk::detail::object_of("Statement", std::move(statements), "Version", "2012-10-17");
  CHECK(document["Statement"] == kept);
  CHECK(statements.is_null());  // NOLINT(bugprone-use-after-move): moved, not copied

  const Json copied = kept;
  const Json again = cdk::detail::object_of("Statement", copied);
  CHECK(copied == kept);
  CHECK(again["Statement"] == kept);
}
