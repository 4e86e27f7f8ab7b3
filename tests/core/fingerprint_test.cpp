// Asset fingerprints against aws-cdk-lib 2.276.0's FileSystem.fingerprint: each reference case
// (tests/parity/reference/fingerprints.json, from tests/parity/fingerprints.js) records a small
// tree and the hash aws-cdk-lib computed; the test rebuilds the tree and must get that hash.
#include "core/detail/fingerprint.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cdk/core/errors.hpp>
#include <filesystem>
#include <fstream>

#include "parity_reference.hpp"

namespace fs = std::filesystem;

namespace {

std::string decode_base64(const std::string& text) {
  static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  int value = 0;
  int bits = -8;
  for (char c : text) {
    auto index = alphabet.find(c);
    if (index == std::string::npos) break;
    value = (value << 6) + static_cast<int>(index);
    bits += 6;
    if (bits >= 0) {
      out += static_cast<char>((value >> bits) & 0xFF);
      bits -= 8;
    }
  }
  return out;
}

fs::path fresh_dir(const std::string& name) {
  static int counter = 0;
  auto dir = fs::temp_directory_path() / ("cdkpp-fp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  (void)name;
  return dir;
}

}  // namespace

TEST_CASE("asset fingerprints equal aws-cdk-lib's for every reference tree", "[core][assets][parity]") {
  const auto reference = cdk::test::parity_reference("fingerprints.json");
  REQUIRE(reference["cases"].size() >= 10);
  for (const auto& entry : reference["cases"]) {
    const std::string name = entry["name"];
    SECTION(name) {
      // GIVEN the tree of the reference case
      const fs::path dir = fresh_dir(name);
      for (const auto& file : entry["entries"]) {
        const fs::path path = dir / file[0].get<std::string>();
        fs::create_directories(path.parent_path());
        if (file[1] == "link") {
          fs::create_symlink(file[2].get<std::string>(), path);
        } else {
          std::ofstream(path, std::ios::binary) << decode_base64(file[2].get<std::string>());
        }
      }
      // WHEN
      const auto hash = cdk::detail::fingerprint(dir / entry["root"].get<std::string>());
      fs::remove_all(dir);
      // THEN
      CHECK(hash == entry["fingerprint"].get<std::string>());
    }
  }
}

TEST_CASE("utf8_round_trip replaces invalid sequences like a WHATWG decoder", "[core][assets]") {
  using cdk::detail::utf8_round_trip;
  CHECK(utf8_round_trip("plain") == "plain");
  CHECK(utf8_round_trip("\xC3\xA9") == "\xC3\xA9");
  CHECK(utf8_round_trip("\xFF") == "\xEF\xBF\xBD");
  CHECK(utf8_round_trip("\xC3(") == "\xEF\xBF\xBD(");
  CHECK(utf8_round_trip("\xE2\x82") == "\xEF\xBF\xBD");                   // truncated: one replacement
  CHECK(utf8_round_trip("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST_CASE("fingerprinting a missing path is a clear error", "[core][assets][errors]") {
  CHECK_THROWS_WITH(cdk::detail::fingerprint("/no/such/asset/dir"),
                    Catch::Contains("asset path '/no/such/asset/dir' does not exist") && Catch::Contains("fix:"));
}

// aws-cdk-lib 2.276.0 skips a FIFO, socket or device met in a directory, refuses one reached
// through an external symbolic link ("Unable to hash <path>: it is neither a file nor a
// directory"), and waits forever reading one given as the asset path itself.
TEST_CASE(
    "fingerprinting skips or refuses what is neither a file nor a directory",
    "[core][assets][errors]") {
  const fs::path outside = fresh_dir("outside");
  const fs::path pipe = outside / "pipe";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);

  SECTION("one in a directory is skipped, as aws-cdk-lib skips it") {
    const fs::path with_pipe = fresh_dir("with-pipe");
    const fs::path without_pipe = fresh_dir("without-pipe");
    for (const fs::path& dir : {with_pipe, without_pipe}) std::ofstream(dir / "a.txt") << "hi\n";
    REQUIRE(::mkfifo((with_pipe / "pipe").c_str(), 0600) == 0);
    CHECK(cdk::detail::fingerprint(with_pipe) == cdk::detail::fingerprint(without_pipe));
    fs::remove_all(with_pipe);
    fs::remove_all(without_pipe);
  }
  SECTION("one reached through a link out of the directory is refused, as aws-cdk-lib refuses it") {
    const fs::path dir = fresh_dir("link-to-pipe");
    std::ofstream(dir / "b.txt") << "x\n";
    fs::create_symlink(pipe, dir / "link");
    CHECK_THROWS_WITH(
        cdk::detail::fingerprint(dir),
        Catch::Contains(
            "Unable to hash " + (dir / "link").string() +
            ": it is neither a file nor a directory") &&
            Catch::Contains("fix:"));
    fs::remove_all(dir);
  }
  SECTION("one given as the asset path is refused at once, where aws-cdk-lib waits forever") {
    CHECK_THROWS_WITH(
        cdk::detail::fingerprint(pipe),
        Catch::Contains(
            "Unable to hash " + pipe.string() + ": it is neither a file nor a directory") &&
            Catch::Contains("fix:"));
  }
  fs::remove_all(outside);
}
