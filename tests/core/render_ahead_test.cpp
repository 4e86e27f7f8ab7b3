// Synthesis renders elements ahead on every core (detail::render_ahead). What only reads runs
// there; whatever would change shared state or run the user's code is refused and done again
// on the thread that called synth(), in tree order, and references to other stacks are
// prepared in tree order too. These tests pin the guards themselves, and Apps large enough to
// start helper threads: user code still runs on the synthesizing thread only, and references
// are prepared in the order aws-cdk-lib prepares them.
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/detail/speculation.hpp"
#include "core/detail/token_map.hpp"

namespace {

using Json = nlohmann::ordered_json;

// Enough elements for render_ahead to start helper threads (it does from 32 on).
constexpr int kManyResources = 300;

// The threads some user code ran on.
class ThreadLog {
 public:
  void record() {
    const std::lock_guard lock(mutex_);
    threads_.insert(std::this_thread::get_id());
    ++calls_;
  }
  std::set<std::thread::id> threads() const {
    const std::lock_guard lock(mutex_);
    return threads_;
  }
  int calls() const {
    const std::lock_guard lock(mutex_);
    return calls_;
  }

 private:
  mutable std::mutex mutex_;
  std::set<std::thread::id> threads_;
  int calls_ = 0;
};

// A user's token: resolves_concurrently() is left at its default.
class UserToken : public cdk::IResolvable {
 public:
  explicit UserToken(ThreadLog& log) : log_(log) {}
  Json resolve(cdk::ResolveContext& /*context*/) const override {
    log_.record();
    return "user";
  }

 private:
  ThreadLog& log_;
};

// A user's subclass of an element class, with its own rendering.
template <class Element, class ElementProps>
class UserElement : public Element {
 public:
  struct Props {
    ElementProps element{};
    ThreadLog* log = nullptr;
  };
  UserElement(cdk::Scope scope, Props props)
      : Element(std::move(scope), std::move(props.element)), log_(*props.log) {}
  Json render(cdk::ResolveContext& context) const override {
    log_.record();
    return Element::render(context);
  }

 private:
  ThreadLog& log_;
};
using UserResource = UserElement<cdk::CfnResource, cdk::CfnResourceProps>;
using UserParameter = UserElement<cdk::CfnParameter, cdk::CfnParameterProps>;
using UserRule = UserElement<cdk::CfnRule, cdk::CfnRuleProps>;

// A user's stack allocating logical IDs its own way.
class UserStack : public cdk::Stack {
 public:
  struct Props {
    ThreadLog* log = nullptr;
  };
  UserStack(cdk::Scope scope, Props props) : cdk::Stack(std::move(scope), {}), log_(*props.log) {}
  std::string allocate_logical_id(const cdk::CfnElement& element) const override {
    log_.record();
    return "My" + cdk::Stack::allocate_logical_id(element);
  }

 private:
  ThreadLog& log_;
};

}  // namespace

TEST_CASE(
    "a token registered already gives its marker while speculating, a new one is refused",
    "[core][tokens][speculation]") {
  cdk::App app;
  auto known = std::make_shared<cdk::Intrinsic>(Json{{"Ref", "X"}});
  const std::string marker = app.token_map().string_marker(known);
  const cdk::detail::Speculating speculating;
  CHECK(app.token_map().string_marker(known) == marker);
  auto fresh = std::make_shared<cdk::Intrinsic>(Json{{"Ref", "Y"}});
  CHECK_THROWS_AS(app.token_map().string_marker(fresh), cdk::detail::SpeculationRefused);
  CHECK_THROWS_AS(app.token_map().list_marker(known), cdk::detail::SpeculationRefused);
  // Nothing was registered on the way.
  CHECK(app.token_map().marker_of(fresh.get()).empty());
}

TEST_CASE("a logical ID not allocated yet is refused while speculating", "[core][speculation]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& allocated = stack.add<cdk::CfnResource>("A", {.type = "AWS::SNS::Topic"});
  auto& not_yet = stack.add<cdk::CfnResource>("B", {.type = "AWS::SNS::Topic"});
  const std::string id = allocated.logical_id();
  const cdk::detail::Speculating speculating;
  CHECK(allocated.logical_id() == id);
  CHECK_THROWS_AS(not_yet.logical_id(), cdk::detail::SpeculationRefused);
}

TEST_CASE(
    "a reference to another stack with no known replacement is refused while speculating",
    "[core][multistack][speculation]") {
  cdk::App app;
  auto& producer = app.add<cdk::Stack>("P");
  auto& consumer = app.add<cdk::Stack>("C");
  auto& target = producer.add<cdk::CfnResource>("T", {.type = "AWS::SNS::Topic"});
  target.logical_id();
  const std::string ref = target.ref();
  const cdk::detail::Speculating speculating;  // and no oracle
  CHECK_THROWS_AS(consumer.resolve(ref), cdk::detail::SpeculationRefused);
  CHECK(producer.resolve(ref) == Json{{"Ref", "T"}});  // in its own stack it only reads
}

TEST_CASE(
    "a cached concurrent Lazy keeps no value produced while speculating",
    "[core][tokens][lazy][speculation]") {
  // GIVEN a cached lazy over state that changes after a speculative rendering
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  std::string state = "before";
  const std::string lazy = cdk::Lazy::string([&state] { return state; }, {.concurrent = true});
  {
    const cdk::detail::Speculating speculating;
    CHECK(stack.resolve(lazy) == "before");
  }
  state = "after";
  // THEN the first resolution on the synthesizing thread produces (and caches) the value
  CHECK(stack.resolve(lazy) == "after");
  state = "later";
  CHECK(stack.resolve(lazy) == "after");
}

TEST_CASE(
    "a Lazy not marked concurrent is refused while speculating",
    "[core][tokens][lazy][speculation]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  int calls = 0;
  const std::string lazy = cdk::Lazy::uncached_string([&calls] {
    ++calls;
    return std::string("x");
  });
  const cdk::detail::Speculating speculating;
  CHECK_THROWS_AS(stack.resolve(lazy), cdk::detail::SpeculationRefused);
  CHECK(calls == 0);
}

TEST_CASE(
    "the user's tokens, Lazy producers, resources and stacks run on the synthesizing thread only",
    "[core][speculation]") {
  // GIVEN an App large enough for helper threads, with user code in every kind of place
  cdk::App app;
  ThreadLog tokens;
  ThreadLog lazies;
  ThreadLog resources;
  ThreadLog stacks;
  ThreadLog concurrent_lazies;
  // Behind two other stacks with elements: the elements of the first two top-level stacks
  // render on this thread anyway.
  for (const char* id : {"First", "Second"}) {
    app.add<cdk::Stack>(id).add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  }
  auto& stack = app.add<UserStack>("Stack", {.log = &stacks});
  const std::string user_token = cdk::Token::as_string(app, std::make_shared<UserToken>(tokens));
  for (int i = 0; i < kManyResources; ++i) {
    Json properties = {{"Name", "plain-" + std::to_string(i)}};
    if (i % 3 == 0) properties["FromToken"] = user_token;
    if (i % 5 == 0) {
      properties["FromLazy"] = cdk::Lazy::uncached_string([&lazies] {
        lazies.record();
        return std::string("lazy");
      });
    }
    properties["FromConcurrentLazy"] = cdk::Lazy::uncached_string(
        [&concurrent_lazies] {
          concurrent_lazies.record();
          return std::string("read");
        },
        {.concurrent = true});
    const std::string id = "R" + std::to_string(i);
    if (i % 7 == 0) {
      stack.add<UserResource>(
          id,
          {.element = {.properties = properties, .type = "AWS::SNS::Topic"}, .log = &resources});
    } else {
      stack.add<cdk::CfnResource>(id, {.properties = properties, .type = "AWS::SNS::Topic"});
    }
  }

  // WHEN it is synthesized
  const Json rendered = app.assembly().template_json(stack)["Resources"];

  // THEN all of it rendered, and the user's code ran only on this thread
  REQUIRE(rendered.size() == kManyResources);
  CHECK(rendered["MyR3"]["Properties"]["FromToken"] == "user");
  CHECK(rendered["MyR5"]["Properties"]["FromLazy"] == "lazy");
  CHECK(rendered["MyR7"]["Properties"]["FromConcurrentLazy"] == "read");
  const std::set<std::thread::id> here = {std::this_thread::get_id()};
  for (const ThreadLog* log : {&tokens, &lazies, &resources, &stacks}) {
    CHECK(log->calls() > 0);
    CHECK(log->threads() == here);
  }
  CHECK(concurrent_lazies.calls() >= kManyResources);
}

TEST_CASE(
    "references rendered ahead are prepared in tree order", "[core][multistack][speculation]") {
  // GIVEN a producer and many consumers of its resources, each consumer's resources
  // importing them in reverse order, and the consumers' dependencies on the producer
  cdk::App app;
  auto& producer = app.add<cdk::Stack>("Producer");
  constexpr int kTargets = 6;
  constexpr int kConsumers = 40;
  std::vector<cdk::CfnResource*> targets;
  for (int t = 0; t < kTargets; ++t) {
    targets.push_back(
        &producer.add<cdk::CfnResource>("T" + std::to_string(t), {.type = "AWS::SNS::Topic"}));
  }
  std::vector<cdk::Stack*> consumers;
  for (int c = 0; c < kConsumers; ++c) {
    auto& consumer = app.add<cdk::Stack>("Consumer" + std::to_string(c));
    consumers.push_back(&consumer);
    // The first consumers import some targets only: later ones import new ones too, which are
    // not known ahead and prepared when met. Even consumers meet their targets from the last,
    // odd ones from the first, so that no other order gives the same exports.
    const int imported = std::min(kTargets, 2 + c / 8);
    for (int k = 0; k < imported; ++k) {
      const int t = c % 2 == 0 ? imported - 1 - k : k;
      consumer.add<cdk::CfnResource>(
          "C" + std::to_string(t),
          {.properties = {{"Topic", targets[static_cast<std::size_t>(t)]->ref()}},
           .type = "AWS::SNS::Subscription"});
    }
  }

  // WHEN synthesized
  const auto& assembly = app.assembly();

  // THEN the producer exports each target once, in the order consumers first met them
  const Json outputs = assembly.template_json(producer)["Outputs"];
  std::vector<std::string> exported;
  std::map<std::string, std::string> target_of_export;
  for (const auto& [id, output] : outputs.items()) {
    exported.push_back(output["Value"]["Ref"].get<std::string>());
    target_of_export[output["Export"]["Name"].get<std::string>()] = exported.back();
  }
  const std::vector<std::string> first_met = {"T1", "T0", "T2", "T3", "T4", "T5"};
  CHECK(exported == first_met);
  // and every consumer imports its targets' exports and depends on the producer
  for (int c = 0; c < kConsumers; ++c) {
    const Json resources =
        assembly.template_json(*consumers[static_cast<std::size_t>(c)])["Resources"];
    for (const auto& [id, resource] : resources.items()) {
      const Json& topic = resource["Properties"]["Topic"];
      REQUIRE(topic.contains("Fn::ImportValue"));
      CHECK(target_of_export[topic["Fn::ImportValue"].get<std::string>()] == "T" + id.substr(1));
    }
    const std::vector<cdk::Stack*> producer_only = {&producer};
    CHECK(consumers[static_cast<std::size_t>(c)]->stack_dependencies() == producer_only);
  }
}

TEST_CASE(
    "parameters, rules and outputs render ahead themselves, the user's subclasses do not",
    "[core][speculation]") {
  ThreadLog log;
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("S");
  auto& parameter = stack.add<cdk::CfnParameter>("P", {.type = "String"});
  auto& rule = stack.add<cdk::CfnRule>("R", {});
  auto& output = stack.add<cdk::CfnOutput>("O", {.value = "v"});
  auto& user_parameter =
      stack.add<UserParameter>("UP", {.element = {.type = "String"}, .log = &log});
  auto& user_rule = stack.add<UserRule>("UR", {.log = &log});
  CHECK(parameter.renders_concurrently());
  CHECK(rule.renders_concurrently());
  CHECK(output.renders_concurrently());
  CHECK_FALSE(user_parameter.renders_concurrently());
  CHECK_FALSE(user_rule.renders_concurrently());
}

TEST_CASE(
    "elements added after references are resolved render ahead, the user's code on this thread",
    "[core][multistack][speculation]") {
  // GIVEN many references to another stack (exports are added while references are resolved,
  // the bootstrap parameter and rule after that), and the user's parameters, rules and a Lazy
  // output among plain ones
  ThreadLog parameters;
  ThreadLog rules;
  ThreadLog lazies;
  cdk::App app;
  // Behind two other stacks with elements, as above.
  for (const char* id : {"First", "Second"}) {
    app.add<cdk::Stack>(id).add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  }
  auto& producer = app.add<cdk::Stack>("Producer");
  auto& consumer = app.add<cdk::Stack>("Consumer");
  for (int i = 0; i < kManyResources / 10; ++i) {
    const std::string id = std::to_string(i);
    auto& topic = producer.add<cdk::CfnResource>("T" + id, {.type = "AWS::SNS::Topic"});
    consumer.add<cdk::CfnResource>(
        "S" + id, {.properties = {{"TopicArn", topic.ref()}}, .type = "AWS::SNS::Subscription"});
    auto& value = producer.add<cdk::CfnParameter>("P" + id, {.type = "String"});
    producer.add<cdk::CfnRule>(
        "R" + id,
        {.assertions = {
             {.assert_ = cdk::Fn::condition_equals(value.value_as_string(), id),
              .assert_description = "P" + id}}});
    if (i % 10 == 0) {
      producer.add<UserParameter>("UP" + id, {.element = {.type = "String"}, .log = &parameters});
      producer.add<UserRule>("UR" + id, {.log = &rules});
      producer.add<cdk::CfnOutput>("L" + id, {.value = cdk::Lazy::uncached_string([&lazies] {
                                                lazies.record();
                                                return std::string("lazy");
                                              })});
    }
  }

  // WHEN synthesized
  const auto& assembly = app.assembly();

  // THEN every element is in its template, the exports and bootstrap elements last
  const Json tmpl = assembly.template_json(producer);
  CHECK(tmpl["Outputs"].size() == kManyResources / 10 + kManyResources / 100);
  CHECK(tmpl["Outputs"]["L0"]["Value"] == "lazy");
  CHECK(tmpl["Parameters"].size() == kManyResources / 10 + kManyResources / 100 + 1);
  CHECK(tmpl["Parameters"].contains("BootstrapVersion"));
  CHECK(
      tmpl["Rules"]["R7"]["Assertions"][0]["Assert"] ==
      Json{{"Fn::Equals", Json::array({Json{{"Ref", "P7"}}, "7"})}});
  CHECK(tmpl["Rules"].contains("CheckBootstrapVersion"));
  CHECK(assembly.template_json(consumer)["Resources"]["S3"]["Properties"]["TopicArn"].contains(
      "Fn::ImportValue"));
  // and the user's code ran on this thread only
  const std::set<std::thread::id> here = {std::this_thread::get_id()};
  for (const ThreadLog* log : {&parameters, &rules, &lazies}) {
    CHECK(log->calls() > 0);
    CHECK(log->threads() == here);
  }
}
