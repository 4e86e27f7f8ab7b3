#include "iam/detail/equal_statements.hpp"

#include <algorithm>
#include <array>
#include <map>
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

// Principals ({"AWS": ..., "Service": ...}, or "*"): each kind's values as a set.
struct Principals {
  bool present = false;
  bool object = false;
  Json other;  // a principal that is not an object, compared as it is
  std::map<std::string, std::set<std::string>, std::less<>> by_kind;

  bool operator==(const Principals& that) const {
    if (present != that.present) return false;
    if (!present) return true;
    if (object && that.object) return by_kind == that.by_kind;
    return object == that.object && other == that.other;
  }
};

Principals principals_of(const Json& statement, const char* key) {
  Principals out;
  const auto it = statement.find(key);
  if (it == statement.end()) return out;
  out.present = true;
  out.object = it->is_object();
  if (!out.object) {
    out.other = *it;
    return out;
  }
  for (auto kind = it->begin(); kind != it->end(); ++kind) out.by_kind[kind.key()] = as_set(*it, kind.key().c_str());
  return out;
}

std::string text_of(const Json& statement, const char* key) {
  const auto it = statement.find(key);
  return it == statement.end() ? std::string() : it->dump();
}

// What two statements are compared by, worked out once per statement rather than once per
// pair: the comparison is quadratic in the number of statements, and each field's JSON text
// costs a dump.
struct Comparable {
  std::array<std::string, 3> texts;
  std::array<std::set<std::string>, 4> lists;
  std::array<Principals, 2> principals;

  bool operator==(const Comparable& that) const = default;
};

Comparable comparable(const Json& statement) {
  return {
      .texts = {text_of(statement, "Effect"), text_of(statement, "Sid"), text_of(statement, "Condition")},
      .lists = {as_set(statement, "Action"), as_set(statement, "NotAction"), as_set(statement, "Resource"),
                as_set(statement, "NotResource")},
      .principals = {principals_of(statement, "Principal"), principals_of(statement, "NotPrincipal")},
  };
}

}  // namespace

std::vector<Json> drop_equal_statements(std::vector<Json> statements) {
  std::vector<Json> kept;
  std::vector<Comparable> kept_forms;
  kept.reserve(statements.size());
  kept_forms.reserve(statements.size());
  for (auto& statement : statements) {
    Comparable form = comparable(statement);
    if (std::find(kept_forms.begin(), kept_forms.end(), form) != kept_forms.end()) continue;
    kept_forms.push_back(std::move(form));
    kept.push_back(std::move(statement));
  }
  return kept;
}

}  // namespace cdk::iam::detail
