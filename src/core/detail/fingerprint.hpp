#pragma once

#include <filesystem>
#include <string>
#include <string_view>

// Asset source hashes computed exactly as aws-cdk-lib's FileSystem.fingerprint
// (core/lib/fs/fingerprint.ts) with its defaults (follow external symlinks, no extra hash),
// so the same directory gets the same asset hash and S3 key under cdkpp as under aws-cdk-lib.
namespace cdk::detail {

/// The hex fingerprint of a file or a directory tree.
std::string fingerprint(const std::filesystem::path& file_or_directory);

/// "<size>:<sha256>" of one file's content; text files (no NUL in the first 8 KiB) are
/// hashed as aws-cdk-lib reads them: UTF-8 decoded per 8 KiB chunk and CRLF turned into LF.
std::string content_fingerprint(const std::filesystem::path& file);

/// `bytes` decoded as UTF-8 and encoded again, invalid sequences replaced by U+FFFD the way
/// WHATWG decoders (Node's Buffer.toString) do.
std::string utf8_round_trip(std::string_view bytes);

}  // namespace cdk::detail
