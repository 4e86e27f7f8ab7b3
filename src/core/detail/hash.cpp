#include "core/detail/hash.hpp"

#include <openssl/evp.h>

#include <array>
#include <memory>
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

// OpenSSL 3 looks the algorithm up among its providers and allocates a context on every
// EVP_Digest call; for the short inputs hashed most often (the path of each logical ID) that
// cost several times the digest itself. The algorithms are fetched once, and each thread
// reuses one context.
struct Algorithms {
  std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md5{EVP_MD_fetch(nullptr, "MD5", nullptr), &EVP_MD_free};
  std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sha256{EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free};
};

const Algorithms& algorithms() {
  static const Algorithms fetched;
  if (fetched.md5 == nullptr || fetched.sha256 == nullptr) {
    throw AssumptionError("OpenSSL has no MD5 or SHA-256 implementation (is the default provider loaded?)", "");
  }
  return fetched;
}

std::string one_shot(const EVP_MD* algorithm, std::string_view bytes) {
  thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context{EVP_MD_CTX_new(),
                                                                                     &EVP_MD_CTX_free};
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (context == nullptr || EVP_DigestInit_ex2(context.get(), algorithm, nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1) {
    throw AssumptionError("OpenSSL failed to compute a digest", "");
  }
  return to_hex(digest.data(), length);
}

}  // namespace

std::string md5_hex(std::string_view bytes) { return one_shot(algorithms().md5.get(), bytes); }

std::string sha256_hex(std::string_view bytes) { return one_shot(algorithms().sha256.get(), bytes); }

Sha256::Sha256() : context_(nullptr) {
  const EVP_MD* algorithm = algorithms().sha256.get();
  context_ = EVP_MD_CTX_new();
  if (context_ == nullptr || EVP_DigestInit_ex2(static_cast<EVP_MD_CTX*>(context_), algorithm, nullptr) != 1) {
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(context_));
    throw AssumptionError("OpenSSL failed to start a SHA-256 digest", "");
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(context_)); }

void Sha256::update(std::string_view bytes) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(context_), bytes.data(), bytes.size());
}

std::string Sha256::hex_digest() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(context_), digest.data(), &length);
  return to_hex(digest.data(), length);
}

}  // namespace cdk::detail
