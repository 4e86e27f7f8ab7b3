// Multi-stack apps: cross-stack references, nested stacks and directory assets. Each scenario
// is the C++ twin of one in tests/parity/multi_stack.js; its whole assembly must equal what
// aws-cdk-lib 2.276.0 wrote (tests/parity/reference/multi_stack/<scenario>/) byte for byte,
// apart from the manifest's feature-flag report, and is pinned by golden files too.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/s3_assets/asset.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "support/golden.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

const std::string kAssetDir = std::string(CDKPP_SOURCE_DIR) + "/tests/fixtures/asset_dir";

void two_stacks(cdk::App& app) {
  auto& producer = app.add<cdk::Stack>("Producer");
  auto& topic = producer.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& bucket = producer.add<cdk::CfnResource>("Bucket", {.type = "AWS::S3::Bucket"});
  auto& consumer = app.add<cdk::Stack>("Consumer");
  consumer.add<cdk::CfnResource>(
      "Queue",
      {
          .properties =
              {
                  {"QueueName", topic.ref()},
                  {"RedriveAllowPolicy",
                   {{"Arn", topic.get_att("TopicArn")}, {"Pattern", "arn:" + bucket.get_att("Arn") + "/*"}}},
                  {"Tags", Json::array({{{"Key", "a"}, {"Value", bucket.ref()}}, {{"Key", "b"}, {"Value", topic.ref()}}})},
              },
          .type = "AWS::SQS::Queue",
      });
  consumer.add<cdk::CfnOutput>("BucketName", {.value = bucket.ref()});
  auto& third = app.add<cdk::Stack>("Third");
  third.add<cdk::CfnResource>(
      "Param", {.properties = {{"Type", "String"}, {"Value", topic.ref()}}, .type = "AWS::SSM::Parameter"});
}

void nested(cdk::App& app) {
  auto& parent = app.add<cdk::Stack>("Parent");
  auto& parent_topic = parent.add<cdk::CfnResource>("ParentTopic", {.type = "AWS::SNS::Topic"});
  auto& inner = parent.add<cdk::NestedStack>("Inner");
  auto& queue = inner.add<cdk::CfnResource>(
      "InnerQueue", {.properties = {{"QueueName", parent_topic.get_att("TopicName")}}, .type = "AWS::SQS::Queue"});
  parent.add<cdk::CfnResource>(
      "Subscription",
      {
          .properties = {{"Endpoint", queue.get_att("Arn")}, {"Protocol", "sqs"}, {"TopicArn", parent_topic.ref()}},
          .type = "AWS::SNS::Subscription",
      });
  auto& sibling = app.add<cdk::Stack>("Sibling");
  sibling.add<cdk::CfnResource>(
      "Reader", {.properties = {{"Type", "String"}, {"Value", queue.ref()}}, .type = "AWS::SSM::Parameter"});
}

void asset(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("AssetStack");
  auto& code = stack.add<cdk::s3_assets::Asset>("Code", {.path = kAssetDir});
  stack.add<cdk::CfnResource>(
      "Function",
      {
          .properties =
              {
                  {"Code", {{"S3Bucket", code.s3_bucket_name()}, {"S3Key", code.s3_object_key()}}},
                  {"Handler", "index.handler"},
                  {"Runtime", "python3.12"},
                  {"Environment", {{"Variables", {{"URL", code.http_url()}, {"S3", code.s3_object_url()}}}}},
              },
          .type = "AWS::Lambda::Function",
      });
}

void with_env(cdk::App& app) {
  const cdk::Environment env{.account = "123456789012", .region = "us-east-1"};
  auto& producer = app.add<cdk::Stack>("Producer", {.env = env});
  auto& topic = producer.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& inner = producer.add<cdk::NestedStack>("Inner");
  inner.add<cdk::CfnResource>(
      "InnerQueue", {.properties = {{"QueueName", topic.get_att("TopicName")}}, .type = "AWS::SQS::Queue"});
  auto& consumer = app.add<cdk::Stack>("Consumer", {.env = env});
  consumer.add<cdk::CfnResource>(
      "Param", {.properties = {{"Type", "String"}, {"Value", topic.ref()}}, .type = "AWS::SSM::Parameter"});
  consumer.add<cdk::s3_assets::Asset>("Code", {.path = kAssetDir});
}

const std::map<std::string, std::function<void(cdk::App&)>>& scenarios() {
  static const std::map<std::string, std::function<void(cdk::App&)>> all = {
      {"two_stacks", two_stacks}, {"nested", nested}, {"asset", asset}, {"env", with_env}};
  return all;
}

std::map<std::string, std::string> synthesize(const std::string& scenario) {
  cdk::App app;
  scenarios().at(scenario)(app);
  std::map<std::string, std::string> files;
  for (const auto& file : app.assembly().files()) files[file.path] = file.contents;
  return files;
}

// The construct tree without class names and L1 attributes: aws-cdk-lib names its own
// implementation classes there (CfnStack, AssetStaging, ...), which cdkpp does not have.
Json tree_shape(const Json& node) {
  Json shape = {{"id", node["id"]}, {"path", node["path"]}};
  if (node.contains("children")) {
    for (auto it = node["children"].begin(); it != node["children"].end(); ++it) {
      shape["children"][it.key()] = tree_shape(it.value());
    }
  }
  return shape;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("multi-stack assemblies equal aws-cdk-lib's file for file", "[core][multistack][parity]") {
  for (const auto& [scenario, build] : scenarios()) {
    SECTION(scenario) {
      // GIVEN the scenario synthesized by cdkpp
      auto ours = synthesize(scenario);
      const fs::path reference = fs::path(CDKPP_SOURCE_DIR) / "tests/parity/reference/multi_stack" / scenario;
      // THEN every file aws-cdk-lib wrote is there with the same bytes
      for (const auto& entry : fs::directory_iterator(reference)) {
        const std::string name = entry.path().filename().string();
        INFO(scenario << "/" << name);
        REQUIRE(ours.count(name) == 1);
        if (name == "tree.json") {
          // aws-cdk-lib's Asset adds two helper constructs (Stage, AssetBucket) that cdkpp's
          // Asset doesn't need; the rest of the tree must match.
          auto theirs = tree_shape(Json::parse(read(entry.path()))["tree"]);
          if (scenario == "asset" || scenario == "env") {
            for (auto* stack : {"AssetStack", "Consumer"}) {
              if (theirs["children"].contains(stack)) theirs["children"][stack]["children"]["Code"].erase("children");
            }
          }
          CHECK(tree_shape(Json::parse(ours.at(name))["tree"]).dump() == theirs.dump());
        } else if (name == "manifest.json") {
          auto theirs = Json::parse(read(entry.path()));
          theirs["artifacts"].erase("aws-cdk-lib/feature-flag-report");
          CHECK(Json::parse(ours.at(name)).dump(2) == theirs.dump(2));
        } else {
          CHECK(ours.at(name) == read(entry.path()));
        }
      }
    }
  }
}

TEST_CASE("golden: multi-stack assemblies are unchanged", "[golden][multistack]") {
  for (const auto& [scenario, build] : scenarios()) {
    SECTION(scenario) { cdk::test::check_golden_dir("multi_stack/" + scenario, synthesize(scenario)); }
  }
}

TEST_CASE("a referenced value is exported once however many stacks import it", "[core][multistack]") {
  auto files = synthesize("two_stacks");
  auto producer = Json::parse(files.at("Producer.template.json"));
  CHECK(producer["Outputs"].size() == 4);  // Ref and GetAtt of the topic, GetAtt and Ref of the bucket
  auto manifest = Json::parse(files.at("manifest.json"));
  CHECK(manifest["artifacts"]["Consumer"]["dependencies"].dump() == R"(["Producer","Consumer.assets"])");
  CHECK(manifest["artifacts"]["Third"]["dependencies"].dump() == R"(["Producer","Third.assets"])");
}

// The output of the nested stack and the export of its parent are made for the first consumer;
// every later one imports the same export, and depends on the parent once.
TEST_CASE("a nested stack's value read by several stacks is output and exported once", "[core][multistack]") {
  cdk::App app;
  auto& parent = app.add<cdk::Stack>("Parent");
  auto& inner = parent.add<cdk::NestedStack>("Inner");
  auto& queue = inner.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  for (const char* name : {"First", "Second", "Third"}) {
    auto& reader = app.add<cdk::Stack>(name);
    reader.add<cdk::CfnResource>(
        "Reader", {.properties = {{"Type", "String"}, {"Value", queue.ref()}}, .type = "AWS::SSM::Parameter"});
    reader.add<cdk::CfnResource>(
        "Arn", {.properties = {{"Type", "String"}, {"Value", queue.get_att("Arn")}}, .type = "AWS::SSM::Parameter"});
  }
  std::map<std::string, Json> templates;
  Json nested;
  Json manifest;
  for (const auto& file : app.assembly().files()) {
    if (file.path.ends_with(".template.json")) templates[file.path] = Json::parse(file.contents);
    if (file.path.ends_with(".nested.template.json")) nested = Json::parse(file.contents);
    if (file.path == "manifest.json") manifest = Json::parse(file.contents);
  }
  CHECK(nested["Outputs"].size() == 2);  // the queue's Ref and Arn
  const Json& exports = templates.at("Parent.template.json")["Outputs"];
  REQUIRE(exports.size() == 2);
  std::vector<Json> imports;
  for (const auto& [key, output] : exports.items()) imports.push_back({{"Fn::ImportValue", output["Export"]["Name"]}});
  for (const char* name : {"First", "Second", "Third"}) {
    const Json& resources = templates.at(std::string(name) + ".template.json")["Resources"];
    CHECK(resources["Reader"]["Properties"]["Value"] == imports[0]);
    CHECK(resources["Arn"]["Properties"]["Value"] == imports[1]);
    CHECK(manifest["artifacts"][name]["dependencies"] == Json::array({"Parent", std::string(name) + ".assets"}));
  }
}

// Synthesis keeps what it rendered while collecting references; an element that uses another
// stack's value must still be rendered again, with the import, however deep the value sits.
TEST_CASE("a value from another stack inside a Lazy renders as an import", "[core][multistack]") {
  cdk::App app;
  auto& producer = app.add<cdk::Stack>("Producer");
  auto& topic = producer.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& consumer = app.add<cdk::Stack>("Consumer");
  const std::string arn = topic.get_att("TopicArn");
  consumer.add<cdk::CfnResource>(
      "Queue",
      {.properties = {{"Tags", cdk::Lazy::uncached_any(consumer, [arn] { return Json::array({{{"Key", "topic"}, {"Value", arn}}}); })}},
       .type = "AWS::SQS::Queue"});
  consumer.add<cdk::CfnResource>("Plain", {.properties = {{"Name", "no reference"}}, .type = "AWS::SQS::Queue"});
  const auto& files = app.assembly().files();
  auto file = [&](const std::string& name) {
    auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.path == name; });
    REQUIRE(it != files.end());
    return Json::parse(it->contents);
  };
  const Json resources = file("Consumer.template.json")["Resources"];
  const Json value = resources["Queue"]["Properties"]["Tags"][0]["Value"];
  REQUIRE(value.contains("Fn::ImportValue"));
  CHECK(value["Fn::ImportValue"].get<std::string>().starts_with("Producer:ExportsOutputFnGetAttTopicTopicArn"));
  CHECK(resources["Plain"]["Properties"]["Name"] == "no reference");
  CHECK(file("Producer.template.json")["Outputs"].size() == 1);
}

namespace {

// S (with nested stacks N1 and N2, each holding a queue) and a second top-level stack Other.
struct NestedFamily {
  cdk::App app;
  cdk::Stack& s = app.add<cdk::Stack>("S");
  cdk::CfnResource& in_s = s.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  cdk::NestedStack& n1 = s.add<cdk::NestedStack>("N1");
  cdk::CfnResource& in_n1 = n1.add<cdk::CfnResource>("Q", {.type = "AWS::SQS::Queue"});
  cdk::NestedStack& n2 = s.add<cdk::NestedStack>("N2");
  cdk::CfnResource& in_n2 = n2.add<cdk::CfnResource>("Q", {.type = "AWS::SQS::Queue"});
  cdk::Stack& other = app.add<cdk::Stack>("Other");

  // The DependsOn of a resource in S's template ("" when none).
  std::string depends_on(const cdk::CfnResource& resource) {
    const auto t = app.assembly().template_json(s);
    const auto& entry = t["Resources"][resource.logical_id()];
    return entry.contains("DependsOn") ? entry["DependsOn"].dump() : "";
  }
};

}  // namespace

TEST_CASE(
    "dependencies involving nested stacks land where aws-cdk-lib puts them", "[core][multistack]") {
  // aws-cdk-lib 2.276.0's deps.ts operateOnDependency, case by case.
  SECTION("a nested stack on another top-level stack: its top-level stack depends on it") {
    NestedFamily f;
    f.n1.add_dependency(f.other);
    REQUIRE(f.s.stack_dependencies().size() == 1);
    CHECK(f.s.stack_dependencies().front() == &f.other);
  }
  SECTION("a stack on a stack nested in it: nothing (the nested one deploys first anyway)") {
    NestedFamily f;
    f.s.add_dependency(f.n1);
    CHECK(f.s.stack_dependencies().empty());
    CHECK(f.depends_on(f.n1.nested_stack_resource()).empty());
  }
  SECTION("a resource in a nested stack on one in a sibling: the nested-stack resources") {
    NestedFamily f;
    f.in_n1.add_dependency(f.in_n2);
    CHECK(
        f.depends_on(f.n1.nested_stack_resource()) ==
        "[\"" + f.n2.nested_stack_resource().logical_id() + "\"]");
  }
  SECTION("a resource in a nested stack on one of its parent: the nested-stack resource on it") {
    NestedFamily f;
    f.in_n1.node().add_dependency(f.in_s);
    CHECK(f.depends_on(f.n1.nested_stack_resource()) == "[\"" + f.in_s.logical_id() + "\"]");
  }
  SECTION("a resource of the parent on one in a nested stack: on the nested-stack resource") {
    NestedFamily f;
    f.in_s.add_dependency(f.in_n2);
    CHECK(f.depends_on(f.in_s) == "[\"" + f.n2.nested_stack_resource().logical_id() + "\"]");
  }
}

TEST_CASE("a nested stack can't depend on its parent stack", "[core][multistack][errors]") {
  NestedFamily f;
  CHECK_THROWS_WITH(
      f.n1.add_dependency(f.s),
      Catch::Contains("Nested stack 'S/N1' cannot depend on a parent stack 'S'") &&
          Catch::Contains("fix:"));
}

TEST_CASE(
    "an asset gone before synth is an error naming it, and nothing is written",
    "[core][assets][errors]") {
  // GIVEN a file asset deleted after its construct was made (one name per process: ctest runs
  // test cases side by side)
  const fs::path base =
      fs::temp_directory_path() / ("cdkpp-asset-gone-" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base);
  const fs::path source = base / "handler.zip";
  std::ofstream(source) << "code";
  cdk::App app({.outdir = (base / "cdk.out").string()});
  auto& stack = app.add<cdk::Stack>("AssetStack");
  stack.add<cdk::s3_assets::Asset>("Code", {.path = source.string()});
  fs::remove(source);
  // THEN
  CHECK_THROWS_WITH(
      app.synth(),
      Catch::Contains("cannot copy the asset '" + source.string() + "'") &&
          Catch::Contains("still exists"));
  CHECK(std::distance(fs::directory_iterator(base), fs::directory_iterator()) == 0);
  fs::remove_all(base);
}

TEST_CASE("a directory asset is staged into the assembly as asset.<hash>", "[core][assets]") {
  // GIVEN
  const fs::path out = fs::temp_directory_path() / "cdkpp-asset-stage-test";
  fs::remove_all(out);
  cdk::App app({.outdir = out.string()});
  auto& stack = app.add<cdk::Stack>("AssetStack");
  auto& code = stack.add<cdk::s3_assets::Asset>("Code", {.path = kAssetDir});
  // WHEN
  app.synth();
  // THEN
  const fs::path staged = out / ("asset." + code.asset_hash());
  CHECK(read(staged / "index.py") == read(fs::path(kAssetDir) / "index.py"));
  CHECK(read(staged / "pkg" / "util.py") == read(fs::path(kAssetDir) / "pkg" / "util.py"));
  CHECK(code.is_zip_archive());
  fs::remove_all(out);
}

TEST_CASE(
    "the same asset sources in several stacks keep their hash and packaging", "[core][assets]") {
  // GIVEN a directory and a file, each used as an asset in two stacks (the App remembers what
  // it learnt of a source the first time)
  cdk::App app;
  const std::string file = (fs::path(kAssetDir) / "index.py").string();
  std::vector<cdk::s3_assets::Asset*> directories;
  std::vector<cdk::s3_assets::Asset*> files;
  for (const char* name : {"First", "Second"}) {
    auto& stack = app.add<cdk::Stack>(name);
    directories.push_back(&stack.add<cdk::s3_assets::Asset>("Directory", {.path = kAssetDir}));
    files.push_back(&stack.add<cdk::s3_assets::Asset>("File", {.path = file}));
  }
  // THEN each source keeps its own packaging and hash in both stacks
  for (const auto* directory : directories) {
    CHECK(directory->is_zip_archive());
    CHECK(directory->asset_hash() == directories.front()->asset_hash());
  }
  for (const auto* asset : files) {
    CHECK_FALSE(asset->is_zip_archive());
    CHECK(asset->asset_hash() == files.front()->asset_hash());
  }
  CHECK(files.front()->asset_hash() != directories.front()->asset_hash());
  // AND a path that does not exist is still an error after others were seen
  auto& third = app.add<cdk::Stack>("Third");
  CHECK_THROWS_WITH(
      third.add<cdk::s3_assets::Asset>("Missing", {.path = kAssetDir + std::string("-missing")}),
      Catch::Contains("does not exist"));
}

TEST_CASE("a missing asset path is a clear error naming the construct", "[core][assets][errors]") {
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("AssetStack");
  CHECK_THROWS_WITH(stack.add<cdk::s3_assets::Asset>("Code", {.path = "/no/such/dir"}),
                    Catch::Contains("asset path '/no/such/dir' does not exist") &&
                        Catch::Contains("at path [AssetStack/Code]") && Catch::Contains("fix:"));
}

// aws-cdk-lib 2.276.0's copyDirectory (checked with node on the same tree): a link out of the
// directory is followed and its file copied in its place, a link inside it stays a link (an
// absolute one made relative to the copy), a named pipe is left out, as its fingerprint
// leaves it out.
TEST_CASE("a directory asset is staged as aws-cdk-lib stages it", "[core][assets]") {
  // GIVEN a directory asset holding files, links in and out of it, an empty directory and a
  // named pipe
  const fs::path base = fs::temp_directory_path() / ("cdkpp-stage-" + std::to_string(::getpid()));
  fs::remove_all(base);
  const fs::path source = base / "source";
  fs::create_directories(source / "empty");
  fs::create_directories(source / "sub");
  fs::create_directories(base / "shared");
  std::ofstream(source / "index.py") << "print('hi')\n";
  std::ofstream(base / "shared" / "util.py") << "shared\n";
  fs::create_symlink("index.py", source / "inside.py");
  fs::create_symlink(source / "index.py", source / "inside_absolute.py");
  fs::create_symlink("../index.py", source / "sub" / "up.py");
  fs::create_symlink("../shared/util.py", source / "outside.py");
  fs::create_symlink(base / "shared" / "util.py", source / "outside_absolute.py");
  REQUIRE(::mkfifo((source / "pipe").c_str(), 0600) == 0);
  const fs::path out = base / "cdk.out";
  cdk::App app({.outdir = out.string()});
  auto& code = app.add<cdk::Stack>("AssetStack")
                   .add<cdk::s3_assets::Asset>("Code", {.path = source.string()});
  // WHEN synthesized
  app.synth();
  // THEN the staged copy holds the files, the links out of the directory as files, the links
  // inside it pointing into the copy, and no pipe
  const fs::path staged = out / ("asset." + code.asset_hash());
  CHECK(read(staged / "index.py") == "print('hi')\n");
  for (const char* name : {"outside.py", "outside_absolute.py"}) {
    CHECK(fs::is_regular_file(fs::symlink_status(staged / name)));
    CHECK(read(staged / name) == "shared\n");
  }
  CHECK(fs::read_symlink(staged / "inside.py") == "index.py");
  CHECK(fs::read_symlink(staged / "inside_absolute.py") == "index.py");
  CHECK(fs::read_symlink(staged / "sub" / "up.py") == "../index.py");
  CHECK(fs::is_directory(staged / "empty"));
  CHECK_FALSE(fs::exists(fs::symlink_status(staged / "pipe")));
  fs::remove_all(base);
}

TEST_CASE(
    "an asset path that is neither a file nor a directory is an error naming the construct",
    "[core][assets][errors]") {
  // GIVEN a named pipe (opening it to read would wait for a writer)
  const fs::path pipe = fs::temp_directory_path() / ("cdkpp-pipe-" + std::to_string(::getpid()));
  fs::remove(pipe);
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("AssetStack");
  // THEN using it as an asset fails at once, at the asset's path
  CHECK_THROWS_WITH(
      stack.add<cdk::s3_assets::Asset>("Code", {.path = pipe.string()}),
      Catch::Contains("it is neither a file nor a directory") &&
          Catch::Contains("at path [AssetStack/Code]") && Catch::Contains("fix:"));
  fs::remove(pipe);
}

TEST_CASE("a reference across environments is an error naming both stacks", "[core][multistack][errors]") {
  // GIVEN
  cdk::App app;
  auto& producer = app.add<cdk::Stack>("Producer", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& topic = producer.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& consumer = app.add<cdk::Stack>("Consumer", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  consumer.add<cdk::CfnResource>("Queue", {.properties = {{"Name", topic.ref()}}, .type = "AWS::SQS::Queue"});
  // THEN
  CHECK_THROWS_WITH(app.assembly(), Catch::Contains("stack 'Consumer' (aws://222222222222/us-east-1)") &&
                                        Catch::Contains("'Producer/Topic' in stack 'Producer' (aws://111111111111/us-east-1)") &&
                                        Catch::Contains("fix:"));
}

TEST_CASE("references both ways between two stacks are a cycle error", "[core][multistack][errors]") {
  // GIVEN
  cdk::App app;
  auto& a = app.add<cdk::Stack>("A");
  auto& b = app.add<cdk::Stack>("B");
  auto& topic_a = a.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& topic_b = b.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  a.add<cdk::CfnResource>("Queue", {.properties = {{"Name", topic_b.ref()}}, .type = "AWS::SQS::Queue"});
  b.add<cdk::CfnResource>("Queue", {.properties = {{"Name", topic_a.ref()}}, .type = "AWS::SQS::Queue"});
  // THEN
  CHECK_THROWS_WITH(app.assembly(), Catch::Contains("cycle") && Catch::Contains("'A'") && Catch::Contains("'B'"));
}

TEST_CASE("a failed multi-stack synthesis writes nothing", "[core][multistack][errors]") {
  // GIVEN
  const fs::path out = fs::temp_directory_path() / "cdkpp-cycle-test";
  fs::remove_all(out);
  cdk::App app({.outdir = out.string()});
  auto& a = app.add<cdk::Stack>("A");
  auto& b = app.add<cdk::Stack>("B");
  auto& topic_a = a.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& topic_b = b.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  a.add<cdk::CfnResource>("Queue", {.properties = {{"Name", topic_b.ref()}}, .type = "AWS::SQS::Queue"});
  b.add<cdk::CfnResource>("Queue", {.properties = {{"Name", topic_a.ref()}}, .type = "AWS::SQS::Queue"});
  // THEN
  CHECK_THROWS(app.synth());
  CHECK_FALSE(fs::exists(out));
}
