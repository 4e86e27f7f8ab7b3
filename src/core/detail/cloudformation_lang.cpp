#include "core/detail/cloudformation_lang.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

#include "core/detail/json_object.hpp"

namespace cdk::detail {

Json undefined_value() { return Json(Json::value_t::discarded); }

bool is_intrinsic(const Json& value) {
  if (!value.is_object() || value.size() != 1) return false;
  const std::string& key = value.begin().key();
  if (key == "Ref") return true;
  return key.rfind("Fn::", 0) == 0 && key != "Fn::GetArtifactAtt" && key != "Fn::GetParam";
}

bool is_concatable(const Json& value) { return value.is_string() || value.is_number(); }

std::string number_text(const Json& number) {
  if (number.is_number_integer()) return number.dump();
  return js_number_text(number.get<double>());
}

std::string js_number_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  if (value == 0) return "0";  // also -0, as JavaScript prints it
  // Shortest round-trip digits and decimal exponent, then ECMAScript's Number::toString layout:
  // plain digits while the exponent is in [-6, 21), scientific ("1e+21", "1e-7") outside.
  std::array<char, 64> buffer{};
  auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::fabs(value), std::chars_format::scientific);
  (void)error;  // 64 characters always hold a double in scientific notation
  std::string_view scientific(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
  auto e_pos = scientific.find('e');
  std::string digits;
  for (char c : scientific.substr(0, e_pos)) {
    if (c != '.') digits += c;
  }
  int exponent = std::stoi(std::string(scientific.substr(e_pos + 1)));
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // the decimal point sits after n digits
  std::string out = value < 0 ? "-" : "";
  if (k <= n && n <= 21) {
    out += digits + std::string(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out += digits.substr(0, static_cast<std::size_t>(n)) + "." + digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out += "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  } else {
    out += digits.substr(0, 1);
    if (k > 1) out += "." + digits.substr(1);
    out += fmt::format("e{}{}", n - 1 >= 0 ? "+" : "-", std::abs(n - 1));
  }
  return out;
}

namespace {

std::string as_text(const Json& value) {
  return value.is_string() ? value.get<std::string>() : number_text(value);
}

bool is_splicable_join(const Json& value, const std::string& delimiter) {
  if (!is_intrinsic(value) || value.begin().key() != "Fn::Join") return false;
  const Json& args = value.begin().value();
  return args.is_array() && args.size() == 2 && args[0].is_string() &&
         args[0].get<std::string>() == delimiter && args[1].is_array();
}

// One step of aws-cdk-lib's minimalCloudFormationJoin: a join with the same delimiter is
// spliced (its elements are examined again, in order), a literal next to a literal merges.
void append_minimal(const std::string& delimiter, Json::array_t& out, Json element) {
  if (is_splicable_join(element, delimiter)) {
    for (Json& inner : element.begin().value()[1]) append_minimal(delimiter, out, std::move(inner));
    return;
  }
  if (!out.empty() && is_concatable(out.back()) && is_concatable(element)) {
    out.back() = as_text(out.back()) + delimiter + as_text(element);
    return;
  }
  out.push_back(std::move(element));
}

Json join_with_empty_delimiter(Json::array_t parts) {
  return object_of("Fn::Join", Json::array({"", Json(std::move(parts))}));
}

}  // namespace

void minimal_join(const std::string& delimiter, Json& values) {
  Json::array_t out;
  // The elements are moved out: `values` is replaced by the result.
  if (values.is_array()) {
    for (Json& element : values.get_ref<Json::array_t&>()) {
      append_minimal(delimiter, out, std::move(element));
    }
  }
  values = std::move(out);
}

Json concat(Json left, Json right) {
  Concatenation both;
  both.add(std::move(left));
  both.add(std::move(right));
  return std::move(both).result();
}

void Concatenation::add(Json value) {
  if (!started_) {
    started_ = true;
    value_ = std::move(value);
    return;
  }
  if (is_undefined(value)) {
    if (!join_parts_ && is_undefined(value_)) value_ = "";
    return;
  }
  if (join_parts_) {
    // concat(join, value): the join is this one's own, already minimal, so appending the value
    // gives what splicing the whole join again would.
    append_minimal("", *join_parts_, std::move(value));
    return;
  }
  if (is_undefined(value_)) {
    value_ = std::move(value);
  } else if (is_concatable(value_) && is_concatable(value)) {
    value_ = as_text(value_) + as_text(value);
  } else {
    join_parts_.emplace();
    append_minimal("", *join_parts_, std::move(value_));
    append_minimal("", *join_parts_, std::move(value));
  }
}

Json Concatenation::result() && {
  if (join_parts_) return join_with_empty_delimiter(std::move(*join_parts_));
  return std::move(value_);
}

}  // namespace cdk::detail
