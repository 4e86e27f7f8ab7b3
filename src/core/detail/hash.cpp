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

}  // namespace

std::string md5_hex(std::string_view bytes) {
  MD5_CTX context;
  std::array<unsigned char, MD5_DIGEST_LENGTH> digest{};
  if (MD5_Init(&context) != 1 || MD5_Update(&context, bytes.data(), bytes.size()) != 1 ||
      MD5_Final(digest.data(), &context) != 1) {
    throw AssumptionError("OpenSSL failed to compute an MD5 digest", "");
  }
  return to_hex(digest.data(), MD5_DIGEST_LENGTH);
}

std::string sha256_hex(std::string_view bytes) {
  SHA256_CTX context;
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  if (SHA256_Init(&context) != 1 || SHA256_Update(&context, bytes.data(), bytes.size()) != 1 ||
      SHA256_Final(digest.data(), &context) != 1) {
    throw AssumptionError("OpenSSL failed to compute a SHA-256 digest", "");
  }
  return to_hex(digest.data(), SHA256_DIGEST_LENGTH);
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
