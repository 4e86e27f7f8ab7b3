// Asset fingerprints against aws-cdk-lib 2.276.0's FileSystem.fingerprint: each reference case
// (tests/parity/reference/fingerprints.json, from tests/parity/fingerprints.js) records a small
// tree and the hash aws-cdk-lib computed; the test rebuilds the tree and must get that hash.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cdk/core/errors.hpp>
#include <filesystem>
#include <fstream>

#include "core/detail/fingerprint.hpp"
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
