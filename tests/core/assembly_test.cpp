// Writing the cloud assembly: atomic replacement, determinism and the files aws-cdk-lib 2.276.0
// writes for a stack (template, asset manifest, manifest.json, tree.json, cdk.out).
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>

#include "core/detail/assembly_writer.hpp"

namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("cdkpp-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void build_two_resources(cdk::App& app) {
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& queue = stack.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  stack.add<cdk::CfnResource>(
      "Policy", {.properties = {{"Queues", {queue.ref()}}, {"Arn", queue.get_att("Arn")}}, .type = "AWS::SQS::QueuePolicy"});
}

void synth_two_resources(const fs::path& out) {
  cdk::App app({.outdir = out.string()});
  build_two_resources(app);
  app.synth();
}

// dir/cdk.out holding the named files (their contents don't matter).
fs::path output_dir_holding(const TempDir& dir, std::initializer_list<const char*> files) {
  const fs::path out = dir.path() / "cdk.out";
  fs::create_directories(out);
  for (const char* file : files) std::ofstream(out / file) << "{}";
  return out;
}

// The id of a process that has just ended: no process has it (until the system reuses it).
pid_t gone_process_id() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  REQUIRE(child > 0);
  ::waitpid(child, nullptr, 0);
  return child;
}

// A directory holding the assembly a previous synthesis left in `out`.
struct PreviousAssembly {
  PreviousAssembly() {
    synth_two_resources(out);
    template_text = read(out / "Stack.template.json");
  }
  // The old assembly is unchanged, and alone: no temporary directory was left beside it.
  void check_untouched() const {
    CHECK(read(out / "Stack.template.json") == template_text);
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
  }

  TempDir dir;
  fs::path out = dir.path() / "cdk.out";
  std::string template_text;
};

}  // namespace

TEST_CASE("synth writes the assembly files into the output directory", "[core][assembly]") {
  // GIVEN
  TempDir dir;
  const fs::path out = dir.path() / "cdk.out";
  cdk::App app({.outdir = out.string()});
  build_two_resources(app);
  // WHEN
  const auto& assembly = app.synth();
  // THEN
  for (const auto& file : assembly.files()) {
    INFO(file.path);
    CHECK(read(out / file.path) == file.contents);
  }
  CHECK(fs::exists(out / "manifest.json"));
  CHECK(fs::exists(out / "Stack.template.json"));
  CHECK(fs::exists(out / "Stack.assets.json"));
  CHECK(fs::exists(out / "tree.json"));
  CHECK(read(out / "cdk.out") == R"({"version":"55.0.0"})");
  // No staging or backup directory is left behind.
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("synth replaces an existing assembly entirely", "[core][assembly]") {
  // GIVEN an output directory with an older assembly (a manifest and a stale template)
  TempDir dir;
  const fs::path out = output_dir_holding(dir, {"manifest.json", "cdk.out", "Stale.template.json"});
  // WHEN
  synth_two_resources(out);
  // THEN
  CHECK_FALSE(fs::exists(out / "Stale.template.json"));
  CHECK(fs::exists(out / "Stack.template.json"));
}

TEST_CASE("a failed synthesis leaves an existing assembly untouched", "[core][assembly][errors]") {
  // GIVEN a previous assembly
  const PreviousAssembly previous;
  // WHEN a later synthesis fails validation
  cdk::App app({.outdir = previous.out.string()});
  build_two_resources(app);
  app.node().add_validation([] { return std::vector<std::string>{"broken on purpose"}; });
  CHECK_THROWS_AS(app.synth(), cdk::ValidationError);
  // THEN
  previous.check_untouched();
}

TEST_CASE("a failed write leaves an existing assembly untouched and says where", "[core][assembly][errors]") {
  // GIVEN an output directory whose parent is a file, so nothing can be created beside it
  TempDir dir;
  std::ofstream(dir.path() / "file") << "x";
  cdk::App app({.outdir = (dir.path() / "file" / "cdk.out").string()});
  build_two_resources(app);
  // THEN
  CHECK_THROWS_WITH(app.synth(), Catch::Contains("cannot write the cloud assembly") && Catch::Contains("fix:"));
}

TEST_CASE(
    "an output directory that is an existing file is an error, and the file stays",
    "[core][assembly][errors]") {
  // GIVEN a regular file where the assembly should go (aws-cdk-lib 2.276.0 refuses it too)
  TempDir dir;
  const fs::path out = dir.path() / "cdk.out";
  std::ofstream(out) << "someone's notes";
  // THEN synthesis fails naming the path, and neither the file nor its directory changes
  CHECK_THROWS_WITH(
      synth_two_resources(out),
      Catch::Contains(out.string()) && Catch::Contains("is not a directory") &&
          Catch::Contains("fix:"));
  CHECK(fs::is_regular_file(out));
  CHECK(read(out) == "someone's notes");
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE(
    "a directory holding something other than an assembly is not replaced",
    "[core][assembly][errors]") {
  // GIVEN an output directory with the user's files and no manifest.json (say `-o .` in a
  // project), which replacing the directory whole would delete
  TempDir dir;
  std::ofstream(dir.path() / "notes.txt") << "keep me";
  // THEN synthesis refuses, naming the directory, and writes nothing, not even beside it
  CHECK_THROWS_WITH(
      synth_two_resources(dir.path()),
      Catch::Contains(dir.path().string()) && Catch::Contains("is not a cloud assembly") &&
          Catch::Contains("fix:"));
  CHECK(read(dir.path() / "notes.txt") == "keep me");
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
  CHECK_FALSE(fs::exists(dir.path().string() + ".tmp-" + std::to_string(::getpid())));
}

TEST_CASE(
    "a project's own manifest.json does not make its directory an assembly",
    "[core][assembly][errors]") {
  // GIVEN a web app or browser extension folder: manifest.json, but no cdk.out marker file
  TempDir dir;
  std::ofstream(dir.path() / "manifest.json") << R"({"name": "my-web-extension"})";
  fs::create_directories(dir.path() / "src");
  std::ofstream(dir.path() / "src" / "app.js") << "main()";
  // THEN it is refused, saying what is missing, and kept
  CHECK_THROWS_WITH(
      synth_two_resources(dir.path()),
      Catch::Contains(
          "is not a cloud assembly (it has a manifest.json but no cdk.out marker file)"));
  CHECK(read(dir.path() / "src" / "app.js") == "main()");
}

TEST_CASE(
    "a directory holding only the CDK CLI's lock files is written, the locks kept",
    "[core][assembly]") {
  // GIVEN the output directory as the CDK CLI prepares it before running the app
  TempDir dir;
  const fs::path out = output_dir_holding(dir, {"synth.lock", "read.1234.1.lock"});
  // WHEN
  synth_two_resources(out);
  // THEN
  CHECK(fs::exists(out / "manifest.json"));
  CHECK(fs::exists(out / "synth.lock"));
  CHECK(fs::exists(out / "read.1234.1.lock"));
}

TEST_CASE(
    "an output directory written with a trailing slash is the same directory", "[core][assembly]") {
  // GIVEN `-o out/` as shell completion writes it, new and then holding the first assembly
  TempDir dir;
  const std::string with_slash = (dir.path() / "cdk.out").string() + "/";
  for (const char* run : {"first", "second"}) {
    INFO(run);
    // WHEN
    synth_two_resources(with_slash);
    // THEN the assembly is the directory's whole content: nothing staged inside or left beside
    CHECK(fs::exists(dir.path() / "cdk.out" / "manifest.json"));
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
    for (const auto& entry : fs::directory_iterator(dir.path() / "cdk.out")) {
      CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    }
  }
}

TEST_CASE(
    "an output directory that is a symbolic link stays a link, to the new assembly",
    "[core][assembly]") {
  // GIVEN cdk.out linking to a directory elsewhere (e.g. on another disk) with an old assembly
  TempDir dir;
  const fs::path real = dir.path() / "elsewhere";
  fs::create_directories(real);
  std::ofstream(real / "manifest.json") << "{}";
  std::ofstream(real / "cdk.out") << "{}";
  std::ofstream(real / "old.json") << "{}";
  const fs::path link = dir.path() / "cdk.out";
  fs::create_directory_symlink(real, link);
  // WHEN
  synth_two_resources(link);
  // THEN the link is kept and the directory it names holds the new assembly alone
  CHECK(fs::is_symlink(link));
  CHECK(fs::exists(real / "Stack.template.json"));
  CHECK_FALSE(fs::exists(real / "old.json"));
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 2);
}

TEST_CASE(
    "a file the writer cannot create fails the write, names the file and leaves the old assembly",
    "[core][assembly][errors]") {
  // GIVEN a previous assembly, and an assembly whose second file has a name longer than a
  // file name may be (255 bytes on Linux), so creating it fails after the first was written
  const PreviousAssembly previous;
  const std::string too_long = std::string(300, 'x') + ".json";
  const cdk::CloudAssembly assembly(
      previous.out.string(), {{"first.json", "{}"}, {too_long, "{}"}}, {});
  // THEN writing it fails with the file's name and a fix
  CHECK_THROWS_WITH(
      cdk::detail::write_assembly(assembly),
      Catch::Contains("cannot write the cloud assembly") && Catch::Contains(too_long) &&
          Catch::Contains("fix:"));
  previous.check_untouched();
  CHECK_FALSE(fs::exists(previous.out / "first.json"));
}

TEST_CASE("the writer writes a file of several megabytes whole", "[core][assembly]") {
  // GIVEN an assembly with one large file of varied bytes
  TempDir dir;
  std::string large(5'000'000, ' ');
  for (std::size_t i = 0; i < large.size(); ++i) large[i] = static_cast<char>('a' + i % 26);
  const cdk::CloudAssembly assembly((dir.path() / "cdk.out").string(), {{"large.json", large}}, {});
  // WHEN it is written
  cdk::detail::write_assembly(assembly);
  // THEN
  CHECK(read(dir.path() / "cdk.out" / "large.json") == large);
}

TEST_CASE("a synthesis failing after some files were written leaves the old assembly and no temporary directory",
          "[core][assembly][errors]") {
  // GIVEN a previous assembly
  const PreviousAssembly previous;
  // WHEN the second stack's template fails to render, after the first stack's files were handed
  // to the writer (stacks are rendered in order; template metadata is resolved last)
  cdk::App app({.outdir = previous.out.string()});
  build_two_resources(app);
  auto& broken = app.add<cdk::Stack>("Broken");
  broken.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  broken.add_metadata("Owner", cdk::Lazy::string([]() -> std::string {
                        throw cdk::ValidationError("no owner on purpose", "Broken");
                      }));
  CHECK_THROWS_WITH(app.synth(), Catch::Contains("no owner on purpose"));
  // THEN
  previous.check_untouched();
  CHECK_FALSE(fs::exists(previous.out / "Broken.template.json"));
}

TEST_CASE("synth after assembly writes the assembly it returned", "[core][assembly]") {
  // GIVEN an assembly synthesized without writing
  TempDir dir;
  cdk::App app({.outdir = (dir.path() / "cdk.out").string()});
  build_two_resources(app);
  const auto& assembly = app.assembly();
  REQUIRE_FALSE(fs::exists(dir.path() / "cdk.out"));
  // WHEN
  const auto& written = app.synth();
  // THEN the same object, each file on disk as it is in memory
  CHECK(&written == &assembly);
  for (const auto& file : assembly.files()) {
    INFO(file.path);
    CHECK(read(dir.path() / "cdk.out" / file.path) == file.contents);
  }
}

TEST_CASE("the same program synthesizes byte-identical files", "[core][assembly]") {
  // GIVEN two Apps built the same way
  cdk::App first;
  build_two_resources(first);
  cdk::App second;
  build_two_resources(second);
  // THEN
  const auto& a = first.assembly().files();
  const auto& b = second.assembly().files();
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO(a[i].path);
    CHECK(a[i].path == b[i].path);
    CHECK(a[i].contents == b[i].contents);
  }
}

TEST_CASE("a token of another App can't be resolved", "[core][assembly][errors]") {
  // GIVEN
  cdk::App other;
  auto& other_stack = other.add<cdk::Stack>("Other");
  auto& foreign = other_stack.add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  stack.add<cdk::CfnResource>("Queue", {.properties = {{"Name", foreign.ref()}}, .type = "AWS::SQS::Queue"});
  // THEN
  CHECK_THROWS_WITH(app.assembly(), Catch::Contains("was not created in this App") && Catch::Contains("Stack/Queue"));
}

TEST_CASE("tree.json escapes ids as JSON.stringify does", "[core][assembly]") {
  // GIVEN construct ids with a quote, a backslash, a tab and non-ASCII text
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& group = stack.add<cdk::Construct>("say \"hi\"\\ \tnow");
  group.add<cdk::CfnResource>("Zürich", {.type = "AWS::SQS::Queue"});
  // WHEN
  std::string tree;
  for (const auto& file : app.assembly().files()) {
    if (file.path == "tree.json") tree = file.contents;
  }
  // THEN the text is what nlohmann (and JSON.stringify) write, and reads back to the ids
  CHECK(tree.find(R"("id":"say \"hi\"\\ \tnow")") != std::string::npos);
  CHECK(tree.find(R"("id":"Zürich")") != std::string::npos);
  const auto parsed = nlohmann::json::parse(tree);
  const auto& node = parsed["tree"]["children"]["Stack"]["children"]["say \"hi\"\\ \tnow"];
  CHECK(node["path"] == "Stack/say \"hi\"\\ \tnow");
  CHECK(node["children"]["Zürich"]["constructInfo"]["fqn"] == "aws-cdk-lib.CfnResource");
  CHECK(parsed["tree"]["children"]["Tree"]["id"] == "Tree");
}

TEST_CASE(
    "a stack with the id Tree keeps its artifact and no tree.json is written, as aws-cdk-lib "
    "2.276.0",
    "[core][assembly]") {
  // GIVEN a stack whose id is the one aws-cdk-lib's tree writer would take
  cdk::App app;
  app.add<cdk::Stack>("Tree").add<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  // WHEN synthesized
  const auto& assembly = app.assembly();
  // THEN the manifest lists the stack and its assets under their ids, and no tree artifact
  // (injectTreeMetadata adds its construct only where the id is free)
  const auto* manifest_file = assembly.find_file("manifest.json");
  REQUIRE(manifest_file != nullptr);
  const auto manifest = nlohmann::ordered_json::parse(manifest_file->contents);
  std::vector<std::string> ids;
  for (const auto& [id, artifact] : manifest["artifacts"].items()) ids.push_back(id);
  CHECK(ids == std::vector<std::string>{"Tree.assets", "Tree"});
  CHECK(manifest["artifacts"]["Tree"]["type"] == "aws:cloudformation:stack");
  CHECK(assembly.find_file("tree.json") == nullptr);
  CHECK(assembly.find_file("Tree.template.json") != nullptr);
}

TEST_CASE("tree.json of an App without constructs holds only the Tree node", "[core][assembly]") {
  // GIVEN an empty App
  cdk::App app;
  // THEN aws-cdk-lib's tree writer is still the App's child
  const auto* tree = app.assembly().find_file("tree.json");
  REQUIRE(tree != nullptr);
  CHECK(tree->contents ==
        R"({"version":"tree-0.1","tree":{"id":"App","path":"","constructInfo":{"fqn":"aws-cdk-lib.App","version":"2.276.0"},)"
        R"("children":{"Tree":{"id":"Tree","path":"Tree","constructInfo":{"fqn":"constructs.Construct","version":"10.8.1"}}}}})");
}

TEST_CASE(
    "a metadata file holds each construct's entries as JSON.stringify lays them out",
    "[core][assembly]") {
  // GIVEN a stack whose constructs carry entries of their own: nested data, an id needing
  // escapes, a construct with metadata but no element, a stack with none of its own
  cdk::App app;
  auto& stack = app.add<cdk::Stack>("Stack");
  auto& queue = stack.add<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  queue.node().add_metadata(
      "custom",
      {{"list", {1, {{"deep", "x"}}, nlohmann::json::array()}},
       {"empty", nlohmann::json::object()}});
  queue.node().add_metadata("note", "plain");
  auto& group = stack.add<cdk::Construct>("say \"hi\"");
  group.node().add_metadata("owner", nullptr);
  // WHEN
  const auto* file = app.assembly().find_file("Stack.metadata.json");
  REQUIRE(file != nullptr);
  // THEN the text is nlohmann's dump of the same document at indent 2 (nlohmann::json sorts the
  // keys of an entry's data, as std::map does)
  nlohmann::ordered_json expected = nlohmann::ordered_json::object();
  expected["/Stack/Queue"] = {
      {{"type", "aws:cdk:logicalId"}, {"data", "Queue"}},
      {{"type", "custom"},
       {"data",
        {{"empty", nlohmann::json::object()},
         {"list", {1, {{"deep", "x"}}, nlohmann::json::array()}}}}},
      {{"type", "note"}, {"data", "plain"}},
  };
  expected["/Stack/say \"hi\""] = {{{"type", "owner"}, {"data", nullptr}}};
  expected["/Stack/BootstrapVersion"] = {
      {{"type", "aws:cdk:logicalId"}, {"data", "BootstrapVersion"}}};
  expected["/Stack/CheckBootstrapVersion"] = {
      {{"type", "aws:cdk:logicalId"}, {"data", "CheckBootstrapVersion"}}};
  CHECK(file->contents == expected.dump(2));

  // AND a stack's own entries come under its own path
  cdk::App bare;
  bare.add<cdk::Stack>("Bare").node().add_metadata("x", 1);
  CHECK(
      bare.assembly().find_file("Bare.metadata.json")->contents.find("\"/Bare\": [") !=
      std::string::npos);
}

TEST_CASE(
    "an output directory that is a dangling symbolic link is refused before anything is written",
    "[core][assembly][errors]") {
  // GIVEN cdk.out linking to a directory that does not exist (a disk not mounted, say): a
  // directory can't be renamed over the link, and the link's target is not ours to create
  TempDir dir;
  const fs::path link = dir.path() / "cdk.out";
  fs::create_directory_symlink(dir.path() / "missing-disk" / "cdk.out", link);
  // THEN synthesis says so and leaves nothing beside the link
  CHECK_THROWS_WITH(
      synth_two_resources(link),
      Catch::Contains("is a symbolic link (to") && Catch::Contains("that leads to no directory") &&
          Catch::Contains("fix: create the directory the link leads to"));
  CHECK(fs::is_symlink(link));
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE(
    "an output directory below a file is refused, naming the file", "[core][assembly][errors]") {
  // GIVEN -o notes.txt/out
  TempDir dir;
  std::ofstream(dir.path() / "notes.txt") << "x";
  // THEN the message names the file, not the temporary directory synthesis would have made
  try {
    synth_two_resources(dir.path() / "notes.txt" / "out");
    FAIL("no error");
  } catch (const cdk::SynthesisError& error) {
    const std::string message = error.what();
    CHECK_THAT(
        message,
        Catch::Contains(
            "'" + (dir.path() / "notes.txt").string() + "' is a file, not a directory") &&
            Catch::Contains("fix:"));
    CHECK(message.find(".tmp-") == std::string::npos);
  }
  CHECK(read(dir.path() / "notes.txt") == "x");
}

TEST_CASE(
    "what a killed synthesis left beside the output directory is removed by the next one",
    "[core][assembly]") {
  // GIVEN the staging directories of a run that was killed (its process is gone), of a run
  // still going (process 1 never ends), and a user's directory that only looks alike
  TempDir dir;
  const std::string gone = std::to_string(gone_process_id());
  for (const std::string& name :
       {"cdk.out.tmp-" + gone,
        "cdk.out.old-" + gone,
        std::string("cdk.out.tmp-1"),
        std::string("cdk.out.tmp-notes")}) {
    fs::create_directories(dir.path() / name / "asset.abc");
    std::ofstream(dir.path() / name / "manifest.json") << "{}";
  }
  // WHEN
  synth_two_resources(dir.path() / "cdk.out");
  // THEN only the killed run's directories are gone
  CHECK_FALSE(fs::exists(dir.path() / ("cdk.out.tmp-" + gone)));
  CHECK_FALSE(fs::exists(dir.path() / ("cdk.out.old-" + gone)));
  CHECK(fs::exists(dir.path() / "cdk.out.tmp-1" / "manifest.json"));
  CHECK(fs::exists(dir.path() / "cdk.out.tmp-notes" / "manifest.json"));
  CHECK(fs::exists(dir.path() / "cdk.out" / "manifest.json"));
}

TEST_CASE(
    "an output directory whose name is as long as a name may be is written and replaced",
    "[core][assembly]") {
  // GIVEN a 250-byte directory name: valid, but not with ".tmp-<pid>" after it
  TempDir dir;
  const fs::path out = dir.path() / std::string(250, 'o');
  for (const char* run : {"first", "second"}) {
    INFO(run);
    // WHEN
    synth_two_resources(out);
    // THEN the assembly is there, and nothing is left beside it
    CHECK(fs::exists(out / "manifest.json"));
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
  }
}

TEST_CASE(
    "a killed run's staging directory still locked by a live process is left alone",
    "[core][assembly]") {
  // GIVEN a staging directory whose process id is gone here but which a process holds locked:
  // a synthesis in another PID namespace (a container sharing the disk) writing into it
  TempDir dir;
  const fs::path in_use = dir.path() / ("cdk.out.tmp-" + std::to_string(gone_process_id()));
  fs::create_directories(in_use);
  std::ofstream(in_use / "manifest.json") << "{}";
  const int lock = ::open(in_use.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  REQUIRE(lock >= 0);
  REQUIRE(::flock(lock, LOCK_EX | LOCK_NB) == 0);
  // WHEN another synthesis writes beside it
  synth_two_resources(dir.path() / "cdk.out");
  // THEN it is kept while locked, and removed by the next synthesis once unlocked
  CHECK(fs::exists(in_use / "manifest.json"));
  ::close(lock);
  synth_two_resources(dir.path() / "cdk.out");
  CHECK_FALSE(fs::exists(in_use));
}

TEST_CASE(
    "a directory holding a directory named like a lock file is not replaced",
    "[core][assembly][errors]") {
  // GIVEN data.lock/ with the user's files: only files named *.lock are the CDK CLI's locks
  TempDir dir;
  fs::create_directories(dir.path() / "data.lock");
  std::ofstream(dir.path() / "data.lock" / "file") << "precious";
  // THEN it is refused and kept
  CHECK_THROWS_WITH(synth_two_resources(dir.path()), Catch::Contains("is not a cloud assembly"));
  CHECK(read(dir.path() / "data.lock" / "file") == "precious");
}

TEST_CASE(
    "an output directory inside a directory asset is refused without copying it into itself",
    "[core][assembly][errors]") {
  // GIVEN a directory asset and the assembly written inside it
  TempDir dir;
  std::ofstream(dir.path() / "handler.py") << "def handler(event, context): pass";
  const cdk::CloudAssembly assembly(
      (dir.path() / "cdk.out").string(), {{"manifest.json", "{}"}}, {{dir.path(), "asset.abc"}});
  // THEN writing it fails at once, saying why, and leaves the asset directory as it was
  CHECK_THROWS_WITH(
      cdk::detail::write_assembly(assembly),
      Catch::Contains("inside the asset directory") && Catch::Contains("fix:"));
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}
