#pragma once

#include <string>
#include <string_view>

namespace cdk::detail {

/// Lower-case hex MD5 of the bytes (logical-ID suffixes).
std::string md5_hex(std::string_view bytes);
/// Lower-case hex SHA-256 of the bytes (asset hashes).
std::string sha256_hex(std::string_view bytes);

/// An incremental SHA-256, for hashing files and directory trees piece by piece.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  /// The hex digest; the hasher can't be updated afterwards.
  std::string hex_digest();

 private:
  void* context_;
};

}  // namespace cdk::detail
