#include "core/detail/hash.hpp"

// OpenSSL 3 deprecates its direct MD5 and SHA-256 functions in favour of EVP, but EVP's first
// digest costs 1.5-3 ms on this project's machines (loading the configuration and the default
// provider, then fetching the algorithm), more than synthesizing a small app. The direct
// functions compute the same digests with no start-up cost, whatever providers the system's
// configuration enables (MD5 here only names logical IDs; it protects nothing).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/md5.h>
#include <openssl/sha.h>

#include <array>
#include <cdk/core/errors.hpp>
#include <cstddef>
#include <string>

namespace cdk::detail {
namespace {

std::string to_hex(const unsigned char* digest, unsigned int length) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kDigits[digest[i] >> 4]);
    out.push_back(kDigits[digest[i] & 0x0f]);
  }
  return out;
}

// One digest of `bytes` with OpenSSL's direct functions for one algorithm.
template <typename Context, std::size_t kLength>
std::string one_shot(
    std::string_view bytes,
    int (*init)(Context*),
    int (*update)(Context*, const void*, std::size_t),
    int (*finish)(unsigned char*, Context*),
    const char* name) {
  Context context;
  std::array<unsigned char, kLength> digest{};
  if (init(&context) != 1 || update(&context, bytes.data(), bytes.size()) != 1 ||
      finish(digest.data(), &context) != 1) {
    throw AssumptionError(std::string("OpenSSL failed to compute a digest: ") + name, "");
  }
  return to_hex(digest.data(), kLength);
}

}  // namespace

std::string md5_hex(std::string_view bytes) {
  return one_shot<MD5_CTX, MD5_DIGEST_LENGTH>(bytes, MD5_Init, MD5_Update, MD5_Final, "MD5");
}

std::string sha256_hex(std::string_view bytes) {
  return one_shot<SHA256_CTX, SHA256_DIGEST_LENGTH>(
      bytes, SHA256_Init, SHA256_Update, SHA256_Final, "SHA-256");
}

Sha256::Sha256() : context_(new SHA256_CTX) {
  if (SHA256_Init(static_cast<SHA256_CTX*>(context_)) != 1) {
    delete static_cast<SHA256_CTX*>(context_);
    throw AssumptionError("OpenSSL failed to start a SHA-256 digest", "");
  }
}

Sha256::~Sha256() { delete static_cast<SHA256_CTX*>(context_); }

void Sha256::update(std::string_view bytes) {
  SHA256_Update(static_cast<SHA256_CTX*>(context_), bytes.data(), bytes.size());
}

std::string Sha256::hex_digest() {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256_Final(digest.data(), static_cast<SHA256_CTX*>(context_));
  return to_hex(digest.data(), SHA256_DIGEST_LENGTH);
}

}  // namespace cdk::detail
