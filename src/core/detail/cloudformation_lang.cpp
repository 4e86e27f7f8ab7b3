#include "core/detail/cloudformation_lang.hpp"

#include <cmath>
#include <fmt/format.h>

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
  double d = number.get<double>();
  if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e21) {
    return fmt::format("{:.0f}", d);
  }
  return number.dump();
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

}  // namespace

void minimal_join(const std::string& delimiter, Json& values) {
  Json out = Json::array();
  // Work from a queue so spliced-in elements are examined again, as CDK's in-place loop does.
  std::vector<Json> pending(values.begin(), values.end());
  std::reverse(pending.begin(), pending.end());
  while (!pending.empty()) {
    Json element = std::move(pending.back());
    pending.pop_back();
    if (is_splicable_join(element, delimiter)) {
      Json& inner = element.begin().value()[1];
      for (auto it = inner.rbegin(); it != inner.rend(); ++it) pending.push_back(std::move(*it));
      continue;
    }
    if (!out.empty() && is_concatable(out.back()) && is_concatable(element)) {
      out.back() = as_text(out.back()) + delimiter + as_text(element);
      continue;
    }
    out.push_back(std::move(element));
  }
  values = std::move(out);
}

Json concat(Json left, Json right) {
  const bool has_left = !is_undefined(left);
  const bool has_right = !is_undefined(right);
  if (!has_left && !has_right) return "";
  if (!has_left) return right;
  if (!has_right) return left;
  if (is_concatable(left) && is_concatable(right)) return as_text(left) + as_text(right);
  Json parts = Json::array({std::move(left), std::move(right)});
  minimal_join("", parts);
  return Json{{"Fn::Join", Json::array({"", std::move(parts)})}};
}

}  // namespace cdk::detail
