// Aspects: the order and the number of times they visit constructs, following aws-cdk-lib
// 2.276.0's invokeAspectsV2 (core/lib/private/synthesis.ts): inherited aspects before a
// construct's own, stable by priority, each aspect once per construct, repeated passes for
// aspects added while aspects run.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/aspects.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace {

using Log = std::vector<std::string>;

// Records "<name>@<path>" for every visit.
class Recorder : public cdk::IAspect {
 public:
  Recorder(std::string name, Log& log) : name_(std::move(name)), log_(log) {}
  void visit(cdk::Construct& construct) override { log_.push_back(name_ + "@" + construct.node().path()); }

 private:
  std::string name_;
  Log& log_;
};

// Runs a function on every visit.
class Callback : public cdk::IAspect {
 public:
  explicit Callback(std::function<void(cdk::Construct&)> fn) : fn_(std::move(fn)) {}
  void visit(cdk::Construct& construct) override { fn_(construct); }

 private:
  std::function<void(cdk::Construct&)> fn_;
};

Log visits_of(const Log& log, const std::string& path) {
  Log out;
  for (const auto& entry : log) {
    if (entry.size() > path.size() && entry.compare(entry.size() - path.size(), path.size(), path) == 0 &&
        entry[entry.size() - path.size() - 1] == '@') {
      out.push_back(entry.substr(0, entry.size() - path.size() - 1));
    }
  }
  return out;
}

}  // namespace

TEST_CASE(
    "a null aspect is refused where it is added, with the scope's path",
    "[core][aspects][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  try {
    cdk::Aspects::of(stack).add(nullptr);
    FAIL("no error");
  } catch (const cdk::ValidationError& error) {
    CHECK(error.path() == "Stack");
    CHECK_THAT(error.message(), Catch::Contains("null pointer") && Catch::Contains("fix:"));
  }
  CHECK_NOTHROW(app.assembly());
}

TEST_CASE(
    "synthesizing from inside synthesis is an error, not a stack overflow",
    "[core][aspects][errors]") {
  // GIVEN an aspect and, separately, a validation that call synth() again
  SECTION("aspect") {
    cdk::App app;
    app.add<cdk::Stack>("Stack");
    struct Resynth : cdk::IAspect {
      explicit Resynth(cdk::App& owner) : app(owner) {}
      void visit(cdk::Construct&) override { app.synth(); }
      cdk::App& app;
    };
    cdk::Aspects::of(app).add(std::make_shared<Resynth>(app));
    CHECK_THROWS_WITH(
        app.assembly(),
        Catch::Contains("while this App is being synthesized") && Catch::Contains("fix:"));
  }
  SECTION("validation") {
    cdk::App app;
    auto& stack = app.add<cdk::Stack>("Stack");
    stack.node().add_validation([&app] {
      app.assembly();
      return std::vector<std::string>{};
    });
    CHECK_THROWS_WITH(app.assembly(), Catch::Contains("while this App is being synthesized"));
  }
}

TEST_CASE("inherited aspects run before a construct's own at the same priority", "[core][aspects]") {
  // GIVEN aspects on the stack and on a child, added child first
  Log log;
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& child = stack.add<cdk::Construct>("Child");
  cdk::Aspects::of(child).add(std::make_shared<Recorder>("own", log));
  cdk::Aspects::of(stack).add(std::make_shared<Recorder>("inherited", log));
  // WHEN synthesized
  app.assembly();
  // THEN the child sees the stack's aspect first
  CHECK(visits_of(log, "S/Child") == Log{"inherited", "own"});
  CHECK(visits_of(log, "S") == Log{"inherited"});
}

TEST_CASE("aspects on one construct run by priority, then in the order added", "[core][aspects]") {
  // GIVEN aspects with priorities, the lowest inherited from the app last
  Log log;
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  cdk::Aspects::of(stack).add(std::make_shared<Recorder>("readonly", log), cdk::AspectPriority::readonly);
  cdk::Aspects::of(stack).add(std::make_shared<Recorder>("default-1", log));
  cdk::Aspects::of(stack).add(std::make_shared<Recorder>("default-2", log));
  cdk::Aspects::of(app).add(std::make_shared<Recorder>("app-readonly", log), cdk::AspectPriority::readonly);
  cdk::Aspects::of(stack).add(std::make_shared<Recorder>("mutating", log), cdk::AspectPriority::mutating);
  // WHEN synthesized
  app.assembly();
  // THEN lower priority first; equal priorities keep inherited-then-own, added order
  CHECK(visits_of(log, "S") == Log{"mutating", "default-1", "default-2", "app-readonly", "readonly"});
}

TEST_CASE("each aspect visits each construct once, top-down", "[core][aspects]") {
  // GIVEN one aspect on the app, added twice at the same priority, over a small tree
  Log log;
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& group = stack.add<cdk::Construct>("G");
  group.add<cdk::CfnResource>("R", {.type = "AWS::Test::A"});
  auto recorder = std::make_shared<Recorder>("a", log);
  cdk::Aspects::of(app).add(recorder);
  cdk::Aspects::of(app).add(recorder);
  // WHEN synthesized
  app.assembly();
  // THEN every construct is visited once, parents before children, in creation order
  Log expected = {"a@", "a@S", "a@S/G", "a@S/G/R"};
  Log visited(log.begin(), log.begin() + std::min<std::ptrdiff_t>(4, static_cast<std::ptrdiff_t>(log.size())));
  CHECK(visited == expected);
  for (const auto& path : {"S", "S/G", "S/G/R"}) CHECK(visits_of(log, path).size() == 1);
  CHECK(cdk::Aspects::of(app).all().size() == 1);
}

TEST_CASE("an aspect added by an aspect runs in a later pass", "[core][aspects]") {
  // GIVEN an aspect that adds another aspect to the stack when it visits the stack
  Log log;
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  stack.add<cdk::CfnResource>("R", {.type = "AWS::Test::A"});
  auto late = std::make_shared<Recorder>("late", log);
  cdk::Aspects::of(stack).add(std::make_shared<Callback>([&](cdk::Construct& c) {
    if (&c == &stack) cdk::Aspects::of(stack).add(late);
  }));
  // WHEN synthesized
  app.assembly();
  // THEN the new aspect still visits the stack and the resource, once each
  CHECK(visits_of(log, "S") == Log{"late"});
  CHECK(visits_of(log, "S/R") == Log{"late"});
}

TEST_CASE("an aspect added later with a lower priority than one already run is an error", "[core][aspects]") {
  // GIVEN a readonly aspect that adds a mutating aspect to the construct it visits
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  cdk::Aspects::of(stack).add(
      std::make_shared<Callback>([&](cdk::Construct& c) {
        if (&c == &stack) cdk::Aspects::of(stack).add(std::make_shared<Callback>([](cdk::Construct&) {}), 100);
      }),
      cdk::AspectPriority::readonly);
  // WHEN synthesized  THEN it fails naming the construct and both priorities
  try {
    app.assembly();
    FAIL("expected a ValidationError");
  } catch (const cdk::ValidationError& error) {
    CHECK_THAT(error.message(), Catch::Contains("priority 100") && Catch::Contains("priority 1000"));
    CHECK(error.path() == "S");
  }
}

TEST_CASE(
    "a late aspect is checked against the priority of the last aspect run, not the first",
    "[core][aspects]") {
  // GIVEN aspects of priority 100 and 1000 on a stack, the second adding one of priority 500
  // when it visits the stack: 500 is above the first but below the last that ran
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  cdk::Aspects::of(stack).add(std::make_shared<Callback>([](cdk::Construct&) {}), 100);
  cdk::Aspects::of(stack).add(
      std::make_shared<Callback>([&](cdk::Construct& c) {
        if (&c == &stack)
          cdk::Aspects::of(stack).add(std::make_shared<Callback>([](cdk::Construct&) {}), 500);
      }),
      cdk::AspectPriority::readonly);
  // THEN synthesis fails naming the late aspect's priority and the last one's
  CHECK_THROWS_WITH(
      app.assembly(), Catch::Contains("priority 500") && Catch::Contains("priority 1000"));
}

TEST_CASE("constructs added by an aspect are visited too", "[core][aspects]") {
  // GIVEN an aspect that adds a resource under the stack when it visits the stack
  Log log;
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  cdk::Aspects::of(stack).add(std::make_shared<Callback>([&](cdk::Construct& c) {
    log.push_back("visit@" + c.node().path());
    if (&c == &stack && stack.node().try_find_child("Added") == nullptr) {
      stack.add<cdk::CfnResource>("Added", {.type = "AWS::Test::A"});
    }
  }));
  // WHEN synthesized
  const auto& assembly = app.assembly();
  // THEN the new resource was visited and rendered
  CHECK(visits_of(log, "S/Added") == Log{"visit"});
  CHECK(assembly.template_json(stack)["Resources"].contains("Added"));
}
