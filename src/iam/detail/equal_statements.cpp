#include "iam/detail/equal_statements.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace cdk::iam::detail {
namespace {

using Json = nlohmann::ordered_json;

// A rendered list field (absent, one value or an array) as a set of its values. The values
// are kept as JSON, not as texts: writing each out cost more than the comparisons.
std::set<Json> as_set(const Json& statement, const char* key) {
  std::set<Json> out;
  const auto it = statement.find(key);
  if (it == statement.end()) return out;
  if (it->is_array()) {
    out.insert(it->begin(), it->end());
  } else {
    out.insert(*it);
  }
  return out;
}

// Principals ({"AWS": ..., "Service": ...}, or "*"): each kind's values as a set.
struct Principals {
  bool present = false;
  bool object = false;
  Json other;  // a principal that is not an object, compared as it is
  std::map<std::string, std::set<Json>, std::less<>> by_kind;

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

std::optional<Json> field_of(const Json& statement, const char* key) {
  const auto it = statement.find(key);
  if (it == statement.end()) return std::nullopt;
  return *it;
}

// What two statements are compared by, worked out once per statement rather than once per
// pair: the comparison is quadratic in the number of statements.
struct Comparable {
  std::array<std::optional<Json>, 3> fields;
  std::array<std::set<Json>, 4> lists;
  std::array<Principals, 2> principals;

  bool operator==(const Comparable& that) const = default;
};

Comparable comparable(const Json& statement) {
  return {
      .fields = {field_of(statement, "Effect"), field_of(statement, "Sid"), field_of(statement, "Condition")},
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
