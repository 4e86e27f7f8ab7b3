#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk_constructs/nag_suppressions.hpp>
#include <nlohmann/json.hpp>
#include <string_view>

namespace cdk_constructs {
namespace {

using Json = nlohmann::ordered_json;

// cdk-nag's own checks (NagSuppressionHelper.getSuppressionFormatError), in its words.
std::string format_errors(const NagPackSuppression& suppression) {
  std::string errors;
  const auto open = suppression.id.find('[');
  if (open != std::string::npos && suppression.id.find(']', open) != std::string::npos) {
    errors += fmt::format(
        "The suppression 'id' contains a finding '{}'. A finding must be suppressed using "
        "'applies_to'.",
        suppression.id.substr(open, suppression.id.rfind(']') - open + 1));
  }
  if (suppression.reason.size() < 10) {
    errors += "The suppression must have a 'reason' of 10 characters or more.";
  }
  return errors.empty()
             ? std::string{}
             : fmt::format(
                   "\n\tError(s) detected in suppression with 'id' {}. {}", suppression.id, errors);
}

void check(const cdk::Construct& construct, const std::vector<NagPackSuppression>& suppressions) {
  std::string errors;
  for (const auto& suppression : suppressions) errors += format_errors(suppression);
  if (!errors.empty()) {
    throw cdk::ValidationError(
        fmt::format(
            "{}: {}\nSee https://github.com/cdklabs/cdk-nag#suppressing-a-rule for information "
            "on suppressing a rule.",
            construct.node().id(),
            errors),
        construct.node().path());
  }
}

// cdk-nag writes a reason with characters above U+00FF base64-encoded, flagged
// is_reason_encoded; such reasons are rare enough that cdkpp rejects them instead.
bool latin1_only(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0xC4) return false;  // a UTF-8 lead byte of U+0100 or above
  }
  return true;
}

// The rule in cdk-nag's CloudFormation form: reason, id, then applies_to.
Json to_cfn_format(const NagPackSuppression& suppression) {
  Json rule{{"reason", suppression.reason}, {"id", suppression.id}};
  if (!suppression.applies_to.empty()) rule["applies_to"] = suppression.applies_to;
  return rule;
}

cdk::CfnResource* l1_of(cdk::Construct& construct) {
  for (const char* id : {"Resource", "Default"}) {
    if (auto* child = construct.node().try_find_child(id)) {
      return dynamic_cast<cdk::CfnResource*>(child);
    }
  }
  return dynamic_cast<cdk::CfnResource*>(&construct);
}

void add_to(cdk::CfnResource& resource, const std::vector<NagPackSuppression>& suppressions) {
  auto& metadata = resource.cfn_options().metadata;
  Json rules = Json::array();
  if (metadata.contains("cdk_nag") && metadata["cdk_nag"].contains("rules_to_suppress")) {
    rules = metadata["cdk_nag"]["rules_to_suppress"];
  }
  for (const auto& suppression : suppressions) {
    Json rule = to_cfn_format(suppression);
    if (std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(rule);
  }
  resource.add_metadata("cdk_nag", Json{{"rules_to_suppress", rules}});
}

}  // namespace

void NagSuppressions::add_resource_suppressions(
    cdk::Construct& construct,
    const std::vector<NagPackSuppression>& suppressions,
    bool apply_to_children) {
  check(construct, suppressions);
  for (const auto& suppression : suppressions) {
    if (!latin1_only(suppression.reason)) {
      throw cdk::ValidationError(
          fmt::format(
              "the reason of the suppression '{}' has characters above U+00FF, which cdk-nag "
              "stores base64-encoded; cdkpp does not: write the reason in Latin-1",
              suppression.id),
          construct.node().path());
    }
  }
  std::vector<cdk::Construct*> targets{&construct};
  if (apply_to_children) targets = construct.node().find_all();
  for (auto* target : targets) {
    if (auto* resource = l1_of(*target)) add_to(*resource, suppressions);
  }
}

void NagSuppressions::add_resource_suppressions_by_path(
    cdk::Stack& stack,
    const std::string& path,
    const std::vector<NagPackSuppression>& suppressions,
    bool apply_to_children) {
  const std::string fixed = !path.empty() && path.front() == '/' ? path.substr(1) : path;
  // A path ending in /Resource also matches that construct's parent (cdk-nag compares each
  // construct's path, and that path with "/Resource" appended). Compared without building the
  // appended path for every construct of the stack.
  constexpr std::string_view kDefaultChild = "/Resource";
  const bool names_default_child = fixed.ends_with(kDefaultChild);
  const std::string_view parent_of_default = std::string_view(fixed).substr(
      0, fixed.size() - (names_default_child ? kDefaultChild.size() : 0));
  bool added = false;
  for (auto* child : stack.node().find_all()) {
    const auto& child_path = child->node().path();
    if (child_path == fixed || (names_default_child && child_path == parent_of_default)) {
      add_resource_suppressions(*child, suppressions, apply_to_children);
      added = true;
    }
  }
  if (!added) {
    throw cdk::ValidationError(
        fmt::format(
            "Suppression path \"{}\" did not match any resource. This can occur when a resource "
            "does not exist or if a suppression is applied before a resource is created.",
            path),
        stack.node().path());
  }
}

}  // namespace cdk_constructs
