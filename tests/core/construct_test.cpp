// The construct tree: ids, paths, children, metadata, dependencies and validation. The rules
// follow constructs 10 (as used by aws-cdk-lib 2.276.0), except that cdkpp rejects '/' in an
// id where constructs silently rewrites it to "--".
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <functional>
#include <string>
#include <vector>

namespace {

// A construct with children made in its constructor, as an L2 or composite would.
class Pair : public cdk::Construct {
 public:
  struct Props {
    std::string first_id = "First";
  };
  Pair(cdk::Scope scope, Props props)
      : Construct(std::move(scope)), first_(add<Construct>(props.first_id)), second_(add<Construct>("Second")) {}
  Construct& first() { return first_; }
  Construct& second() { return second_; }

 private:
  Construct& first_;
  Construct& second_;
};

// Throws from its constructor after creating a child, to check the parent stays consistent.
class Failing : public cdk::Construct {
 public:
  using Props = Construct::Props;
  Failing(cdk::Scope scope, Props /*props*/) : Construct(std::move(scope)) {
    add<Construct>("Child");
    throw cdk::ValidationError("failing on purpose", node().path());
  }
};

}  // namespace

TEST_CASE("paths join the ids below the root with slashes", "[core][construct]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& group = stack.add<cdk::Construct>("Group");
  // WHEN
  auto& leaf = group.add<cdk::Construct>("Leaf");
  // THEN
  CHECK(app.node().path().empty());
  CHECK(app.node().id().empty());
  CHECK(leaf.node().path() == "Stack/Group/Leaf");
  CHECK(leaf.node().id() == "Leaf");
  CHECK(leaf.node().scope() == &group);
  CHECK(&leaf.node().root() == &app);
  CHECK(leaf.node().scopes().size() == 4);
}

TEST_CASE("children are listed in creation order, including those made in constructors", "[core][construct]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  // WHEN
  auto& pair = stack.add<Pair>("Pair");
  stack.add<cdk::Construct>("After");
  // THEN
  auto children = pair.node().children();
  REQUIRE(children.size() == 2);
  CHECK(children[0] == &pair.first());
  CHECK(children[1] == &pair.second());
  CHECK(stack.node().children().back()->node().id() == "After");
  CHECK(pair.first().node().path() == "Stack/Pair/First");
}

TEST_CASE("find_child and try_find_child look up a child by id", "[core][construct]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& child = stack.add<cdk::Construct>("Child");
  // THEN
  CHECK(stack.node().try_find_child("Child") == &child);
  CHECK(stack.node().try_find_child("Missing") == nullptr);
  CHECK(&stack.node().find_child("Child") == &child);
  CHECK_THROWS_WITH(stack.node().find_child("Missing"),
                    Catch::Contains("no child with id 'Missing'") && Catch::Contains("at path [Stack]"));
}

TEST_CASE("find_all walks the tree in pre-order or post-order", "[core][construct]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& a = stack.add<cdk::Construct>("A");
  a.add<cdk::Construct>("A1");
  stack.add<cdk::Construct>("B");
  auto paths = [](const std::vector<cdk::Construct*>& nodes) {
    std::vector<std::string> out;
    for (auto* node : nodes) out.push_back(node->node().path());
    return out;
  };
  // THEN
  CHECK(paths(stack.node().find_all()) == std::vector<std::string>{"Stack", "Stack/A", "Stack/A/A1", "Stack/B"});
  CHECK(paths(stack.node().find_all(cdk::ConstructOrder::post_order)) ==
        std::vector<std::string>{"Stack/A/A1", "Stack/A", "Stack/B", "Stack"});
}

TEST_CASE("an empty id is rejected with the parent's path", "[core][construct][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  CHECK_THROWS_AS(stack.add<cdk::Construct>(""), cdk::ValidationError);
  CHECK_THROWS_WITH(stack.add<cdk::Construct>(""),
                    Catch::Contains("must not be empty") && Catch::Contains("at path [Stack]") &&
                        Catch::Contains("fix:"));
}

TEST_CASE("an id containing a slash is rejected", "[core][construct][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  CHECK_THROWS_WITH(stack.add<cdk::Construct>("a/b"),
                    Catch::Contains("'a/b' contains '/'") && Catch::Contains("at path [Stack]"));
}

TEST_CASE("a sibling with the same id is rejected and names both the id and the parent", "[core][construct][errors]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<cdk::Construct>("Dup");
  // THEN
  CHECK_THROWS_WITH(stack.add<cdk::Construct>("Dup"),
                    Catch::Contains("already a construct with id 'Dup' in Stack") &&
                        Catch::Contains("at path [Stack]"));
  CHECK_THROWS_WITH(app.add<cdk::Stack>("Stack"), Catch::Contains("in the App"));
}

TEST_CASE("an id holding a token is rejected", "[core][construct][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& topic = stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  CHECK_THROWS_WITH(stack.add<cdk::Construct>("x" + topic.ref()), Catch::Contains("contains a token"));
}

TEST_CASE("a constructor that throws leaves its id free and its parent unchanged", "[core][construct]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  // WHEN
  CHECK_THROWS_WITH(stack.add<Failing>("Broken"), Catch::Contains("failing on purpose"));
  // THEN
  CHECK(stack.node().try_find_child("Broken") == nullptr);
  CHECK(stack.node().children().empty());
  CHECK_NOTHROW(stack.add<cdk::Construct>("Broken"));
}

// A few children are found by a scan of their ids, many through an index built on the way:
// lookups, duplicates and freed ids must work the same on both sides of the switch.
TEST_CASE(
    "children are found and ids checked however many children there are", "[core][construct]") {
  cdk::App app;
  auto& parent = app.add<cdk::Construct>("Parent");
  CHECK_THROWS_WITH(parent.add<Failing>("Freed"), Catch::Contains("failing on purpose"));
  std::vector<cdk::Construct*> made;
  for (int i = 0; i < 20; ++i) {
    made.push_back(&parent.add<cdk::Construct>("Child" + std::to_string(i)));
    for (int j = 0; j <= i; ++j) {
      const std::string id = "Child" + std::to_string(j);
      CHECK(parent.node().try_find_child(id) == made[static_cast<std::size_t>(j)]);
    }
    CHECK(parent.node().try_find_child("Child" + std::to_string(i + 1)) == nullptr);
    CHECK(parent.node().try_find_child("Freed") == nullptr);
    CHECK_THROWS_WITH(
        parent.add<cdk::Construct>("Child0"),
        Catch::Contains("already a construct with id 'Child0'"));
    if (i == 3 || i == 15) {
      CHECK_THROWS_WITH(
          parent.add<Failing>("Late" + std::to_string(i)), Catch::Contains("failing on purpose"));
      CHECK(parent.node().try_find_child("Late" + std::to_string(i)) == nullptr);
    }
  }
  // Freed ids, before and after the index was built, can be used again.
  for (const char* id : {"Freed", "Late3", "Late15"}) {
    auto& again = parent.add<cdk::Construct>(id);
    CHECK(parent.node().try_find_child(id) == &again);
    CHECK(again.node().path() == std::string("Parent/") + id);
  }
  CHECK(parent.node().children().size() == 23);
}

TEST_CASE("metadata entries keep their order", "[core][construct]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.node().add_metadata("first", "one");
  stack.node().add_metadata("second", {{"k", 2}});
  REQUIRE(stack.node().metadata().size() == 2);
  CHECK(stack.node().metadata()[0].type == "first");
  CHECK(stack.node().metadata()[1].data["k"] == 2);
}

TEST_CASE("a construct dependency becomes DependsOn between the resources below", "[core][construct]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& consumer = stack.add<cdk::Construct>("Consumer");
  consumer.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  auto& producer = stack.add<cdk::Construct>("Producer");
  producer.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  producer.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  // WHEN
  consumer.node().add_dependency(producer);
  consumer.node().add_dependency(producer);
  auto template_json = app.assembly().template_json(stack);
  // THEN: sorted by path, each once
  CHECK(consumer.node().dependencies().size() == 1);
  CHECK(template_json["Resources"]["ConsumerQueueED060DEC"]["DependsOn"].dump() ==
        R"(["ProducerBucketE56355CE","ProducerTopic533D109C"])");
}

TEST_CASE("validations of the whole tree are reported at once, each with its path", "[core][construct][errors]") {
  // GIVEN
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& a = stack.add<cdk::Construct>("A");
  auto& b = stack.add<cdk::Construct>("B");
  a.node().add_validation([] { return std::vector<std::string>{"a is wrong"}; });
  b.node().add_validation([] { return std::vector<std::string>{"b is wrong", "b is also wrong"}; });
  stack.node().add_validation([] { return std::vector<std::string>{}; });
  // THEN
  CHECK_THROWS_WITH(app.assembly(), Catch::Contains("validation failed with 3 errors") &&
                                        Catch::Contains("[Stack/A] a is wrong") &&
                                        Catch::Contains("[Stack/B] b is wrong") &&
                                        Catch::Contains("[Stack/B] b is also wrong"));
}

TEST_CASE(
    "an empty validation function is refused where it is added", "[core][construct][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  try {
    stack.node().add_validation(nullptr);
    FAIL("no error");
  } catch (const cdk::ValidationError& error) {
    CHECK(error.path() == "Stack");
    CHECK_THAT(error.message(), Catch::Contains("empty function") && Catch::Contains("fix:"));
  }
  CHECK_NOTHROW(app.assembly());  // nothing was kept that would fail later
}

TEST_CASE(
    "a dependency on another App's construct is refused where it is added",
    "[core][construct][errors]") {
  // GIVEN two Apps (the other one may be destroyed before this one synthesizes)
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& resource = stack.add<cdk::CfnResource>("R", {.type = "AWS::SQS::Queue"});
  cdk::App other;
  auto& other_stack = other.add<cdk::Stack>("Other");
  auto& other_resource = other_stack.add<cdk::CfnResource>("R", {.type = "AWS::SQS::Queue"});
  const auto refused = [](const std::function<void()>& add) {
    try {
      add();
    } catch (const cdk::ValidationError& error) {
      return error.path() == "Stack/R" || error.path() == "Stack" ? error.message()
                                                                  : "wrong path " + error.path();
    }
    return std::string("accepted");
  };
  // THEN each way of adding one fails, naming both constructs, and the App still synthesizes
  for (const auto& message :
       {refused([&] { resource.node().add_dependency(other_resource); }),
        refused([&] { resource.add_dependency(other_resource); }),
        refused([&] { stack.add_dependency(other_stack); })}) {
    CHECK_THAT(
        message,
        Catch::Contains("belongs to another App") && Catch::Contains("Other") &&
            Catch::Contains("fix:"));
  }
  CHECK(app.assembly().files().size() > 0);
}

TEST_CASE("after synthesis the tree is locked", "[core][construct][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  app.assembly();
  CHECK(stack.node().locked());
  CHECK_THROWS_WITH(stack.add<cdk::Construct>("Late"),
                    Catch::Contains("the tree is locked") && Catch::Contains("at path [Stack]"));
}

TEST_CASE("context is read from the nearest scope up the tree", "[core][construct]") {
  // GIVEN
  cdk::App app({.context = {{"color", "blue"}, {"size", 3}}});
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& group = stack.add<cdk::Construct>("Group");
  group.node().set_context("color", "red");
  auto& leaf = group.add<cdk::Construct>("Leaf");
  // THEN
  CHECK(*leaf.node().try_get_context("color") == "red");
  CHECK(*leaf.node().try_get_context("size") == 3);
  CHECK(leaf.node().try_get_context("missing") == nullptr);
  CHECK_THROWS_WITH(group.node().set_context("color", "green"), Catch::Contains("after children were added"));
}
