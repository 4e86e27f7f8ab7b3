#include "core/detail/fingerprint.hpp"

#include <fmt/format.h>

#include <array>
#include <cdk/core/errors.hpp>
#include <cerrno>
#include <fstream>

#include "core/detail/directory_walk.hpp"
#include "core/detail/hash.hpp"

namespace cdk::detail {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kChunkSize = 8 * 1024;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// One field of the fingerprint: SOH key STX value ETX.
void hash_field(Sha256& hash, std::string_view key, std::string_view value) {
  hash.update("\x01");
  hash.update(key);
  hash.update("\x02");
  hash.update(value);
  hash.update("\x03");
}

std::string replace_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

// aws-cdk-lib's error for a FIFO, socket or device reached through an external link; also
// ours for one given as the asset path, which reading would wait on forever.
ValidationError neither_file_nor_directory(const fs::path& path) {
  return ValidationError(
      fmt::format(
          "Unable to hash {}: it is neither a file nor a directory\n"
          "    fix: make the asset a regular file or a directory, with no link in it to a named "
          "pipe, socket or device",
          path.string()),
      "");
}

std::string relative_key(const fs::path& root, const fs::path& path) {
  return path.lexically_relative(root).generic_string();
}

// Length of a valid UTF-8 sequence starting at `at`, or 0 with `invalid` = bytes to replace.
std::size_t valid_sequence(std::string_view bytes, std::size_t at, std::size_t& invalid) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(at);
  std::size_t needed = 0;
  unsigned char lower = 0x80;
  unsigned char upper = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 2;
    if (lead == 0xE0) lower = 0xA0;
    if (lead == 0xED) upper = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 3;
    if (lead == 0xF0) lower = 0x90;
    if (lead == 0xF4) upper = 0x8F;
  } else {
    invalid = 1;
    return 0;
  }
  // WHATWG: a truncated or broken sequence is replaced once, up to the first unexpected byte.
  for (std::size_t k = 1; k <= needed; ++k) {
    if (at + k >= bytes.size()) {
      invalid = k;
      return 0;
    }
    const unsigned char next = byte(at + k);
    const unsigned char low = k == 1 ? lower : 0x80;
    const unsigned char high = k == 1 ? upper : 0xBF;
    if (next < low || next > high) {
      invalid = k;
      return 0;
    }
  }
  return needed + 1;
}

// Feeds `root` (canonical; `file_or_directory` as given, for messages) into `hash`, as
// aws-cdk-lib's fingerprint with SymlinkFollowMode.EXTERNAL.
void hash_tree(Sha256& hash, const fs::path& root, const fs::path& file_or_directory) {
  if (fs::is_directory(root)) {
    walk_directory(
        root,
        {
            .on_file =
                [&](const fs::path& path, const fs::path& real_path) {
                  hash_field(
                      hash, "file:" + relative_key(root, path), content_fingerprint(real_path));
                },
            .on_link =
                [&](const WalkedLink& link) {
                  const std::string target = link.target_inside && link.link_target.is_absolute()
                                                 ? link.target_inside->generic_string()
                                                 : link.link_target.string();
                  hash_field(hash, "link:" + relative_key(root, link.path), target);
                },
            .on_unsupported = [](const fs::path& path) { throw neither_file_nor_directory(path); },
        });
  } else if (!fs::is_regular_file(root)) {
    throw neither_file_nor_directory(file_or_directory);
  } else {
    // aws-cdk-lib keys a lone file by its path relative to itself: the empty string.
    hash_field(hash, "file:", content_fingerprint(root));
  }
}

}  // namespace

std::string utf8_round_trip(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t at = 0; at < bytes.size();) {
    std::size_t invalid = 0;
    const std::size_t length = valid_sequence(bytes, at, invalid);
    if (length > 0) {
      out.append(bytes.substr(at, length));
      at += length;
    } else {
      out.append(kReplacement);
      at += invalid;
    }
  }
  return out;
}

std::string content_fingerprint(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    const std::error_code cause(errno, std::generic_category());
    throw ValidationError(
        fmt::format(
            "cannot read asset file '{}': {}\n    fix: make it readable, or move it out of "
            "the asset's directory",
            file.string(),
            cause.message()),
        "");
  }
  Sha256 hash;
  std::size_t size = 0;
  bool binary = false;
  bool first = true;
  std::string pending_cr;  // a chunk ending in CR waits for the next one, as aws-cdk-lib does
  std::array<char, kChunkSize> buffer{};
  while (true) {
    in.read(buffer.data(), buffer.size());
    const auto read = static_cast<std::size_t>(in.gcount());
    if (read == 0) break;
    std::string_view chunk(buffer.data(), read);
    if (first) {
      binary = chunk.find('\0') != std::string_view::npos;
      first = false;
    }
    if (binary) {
      size += read;
      hash.update(chunk);
      continue;
    }
    std::string text = utf8_round_trip(chunk);
    if (!text.empty() && text.back() == '\r') {
      pending_cr += text;
      continue;
    }
    std::string normalized = replace_crlf(pending_cr + text);
    pending_cr.clear();
    size += normalized.size();
    hash.update(normalized);
  }
  if (!pending_cr.empty()) hash.update(pending_cr);
  return fmt::format("{}:{}", size, hash.hex_digest());
}

std::string fingerprint(const fs::path& file_or_directory) {
  std::error_code error;
  const fs::path root = fs::canonical(file_or_directory, error);
  if (error) {
    throw ValidationError(
        fmt::format("asset path '{}' does not exist\n    fix: check the path (relative paths are taken from "
                    "the current directory)",
                    file_or_directory.string()),
        "");
  }
  Sha256 hash;
  hash_field(hash, "options.extra", "");
  hash_field(hash, "options.follow", "external");
  // Directories the walk can't open or list (no read permission) are reported with the
  // asset, where the file system's own error would name neither.
  try {
    hash_tree(hash, root, file_or_directory);
  } catch (const fs::filesystem_error& walk_error) {
    throw ValidationError(
        fmt::format(
            "cannot read the asset '{}': {}\n    fix: make the directory and everything in it "
            "readable (chmod -R u+rX)",
            file_or_directory.string(),
            walk_error.code().message() + " [" + walk_error.path1().string() + "]"),
        "");
  }
  return hash.hex_digest();
}

}  // namespace cdk::detail
