#include "iam/detail/equal_statements.hpp"

#include <set>
#include <string>

namespace cdk::iam::detail {
namespace {

using Json = nlohmann::ordered_json;

// A rendered list field (absent, one value or an array) as a set of its values' JSON.
std::set<std::string> as_set(const Json& statement, const char* key) {
  std::set<std::string> out;
  const auto it = statement.find(key);
  if (it == statement.end()) return out;
  if (it->is_array()) {
    for (const auto& value : *it) out.insert(value.dump());
  } else {
    out.insert(it->dump());
  }
  return out;
}

// Principals ({"AWS": ..., "Service": ...}, or "*") as sets per kind.
bool same_principals(const Json& a, const Json& b, const char* key) {
  const auto ia = a.find(key);
  const auto ib = b.find(key);
  if ((ia == a.end()) != (ib == b.end())) return false;
  if (ia == a.end()) return true;
  if (!ia->is_object() || !ib->is_object()) return *ia == *ib;
  if (ia->size() != ib->size()) return false;
  for (auto kind = ia->begin(); kind != ia->end(); ++kind) {
    if (!ib->contains(kind.key())) return false;
    if (as_set(*ia, kind.key().c_str()) != as_set(*ib, kind.key().c_str())) return false;
  }
  return true;
}

std::string text_of(const Json& statement, const char* key) {
  const auto it = statement.find(key);
  return it == statement.end() ? std::string() : it->dump();
}

bool allow_the_same(const Json& a, const Json& b) {
  for (const char* key : {"Effect", "Sid", "Condition"}) {
    if (text_of(a, key) != text_of(b, key)) return false;
  }
  for (const char* key : {"Action", "NotAction", "Resource", "NotResource"}) {
    if (as_set(a, key) != as_set(b, key)) return false;
  }
  return same_principals(a, b, "Principal") && same_principals(a, b, "NotPrincipal");
}

}  // namespace

std::vector<Json> drop_equal_statements(std::vector<Json> statements) {
  std::vector<Json> kept;
  kept.reserve(statements.size());
  for (auto& statement : statements) {
    bool duplicate = false;
    for (const auto& earlier : kept) {
      if (allow_the_same(earlier, statement)) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) kept.push_back(std::move(statement));
  }
  return kept;
}

}  // namespace cdk::iam::detail
