#include <cdk/core/app.hpp>
#include <cdk/core/stack.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cdk/assertions/assertion_error.hpp>
#include <cdk/assertions/template.hpp>
#include <string>
#include <utility>
#include <vector>

#include "detail/matcher.hpp"

namespace cdk::assertions {
namespace {

using json = nlohmann::ordered_json;
using Entries = std::vector<std::pair<std::string, json>>;

struct Failure {
  std::string logical_id;
  json entry;
  detail::MatchResult result;
};

struct SectionMatch {
  json matches = json::object();  // logical id -> entry, template order
  std::size_t analyzed = 0;
  std::vector<Failure> failures;  // template order
};

const json& section_of(const json& template_json, const char* name) {
  static const json empty = json::object();
  const auto it = template_json.find(name);
  return it != template_json.end() && it->is_object() ? *it : empty;
}

bool is_absent_matcher(const json& pattern) {
  const json* body = detail::tag_body(pattern);
  return body != nullptr && body->at("kind") == "absent";
}

// CDK gives resources without Properties an empty object, so a Properties pattern can match them;
// only a pattern of Match::absent() looks for the missing key itself.
Entries resources_of_type(
    const json& template_json, std::string_view type, bool add_empty_properties) {
  Entries entries;
  for (const auto& [logical_id, resource] : section_of(template_json, "Resources").items()) {
    const auto type_it = resource.is_object() ? resource.find("Type") : resource.end();
    if (type_it == resource.end() || !type_it->is_string() ||
        type_it->get_ref<const std::string&>() != type) {
      continue;
    }
    json entry = resource;
    if (add_empty_properties && !entry.contains("Properties")) entry["Properties"] = json::object();
    entries.emplace_back(logical_id, std::move(entry));
  }
  return entries;
}

Entries entries_named(const json& template_json, const char* section, std::string_view logical_id) {
  Entries entries;
  for (const auto& [id, entry] : section_of(template_json, section).items()) {
    if (logical_id == "*" || id == logical_id) entries.emplace_back(id, entry);
  }
  return entries;
}

json properties_pattern(const json& props_pattern) {
  return {{"Properties", props_pattern.is_null() ? json::object() : props_pattern}};
}

SectionMatch match_section(const Entries& entries, const json& pattern) {
  SectionMatch section;
  for (const auto& [logical_id, entry] : entries) {
    ++section.analyzed;
    detail::MatchResult result = detail::match(pattern, &entry);
    if (result.ok()) {
      detail::commit_captures(result);
      section.matches[logical_id] = entry;
    } else {
      section.failures.push_back(Failure{logical_id, entry, std::move(result)});
    }
  }
  return section;
}

std::string indent(const std::string& text, std::string_view pad) {
  std::string out(pad);
  for (const char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

std::string mismatch_lines(const detail::MatchResult& result, std::string_view pad) {
  std::string lines;
  for (const auto& mismatch : result.mismatches) {
    if (!lines.empty()) lines += '\n';
    lines += pad;
    lines += detail::describe(mismatch);
  }
  return lines;
}

// Fewest mismatches wins; ties go to the first logical id in sort order, as in CDK.
const Failure& closest(const std::vector<Failure>& failures) {
  return *std::min_element(
      failures.begin(), failures.end(), [](const Failure& a, const Failure& b) {
        return std::pair(a.result.cost(), a.logical_id) < std::pair(b.result.cost(), b.logical_id);
      });
}

std::string section_failure(std::string_view what, const SectionMatch& section) {
  std::string message = fmt::format(
      "Template has {} {}{}.\n",
      section.analyzed,
      what,
      section.analyzed > 0 ? ", but none match as expected" : "");
  if (section.failures.empty()) return message + "No matches found";
  const Failure& best = closest(section.failures);
  return message +
         fmt::format(
             "The closest result is:\n  {}: {}\nwith the following mismatches:\n{}",
             best.logical_id,
             indent(best.entry.dump(2, ' ', false, json::error_handler_t::replace), "  ").substr(2),
             mismatch_lines(best.result, "  "));
}

std::string qualifier(std::string_view section, std::string_view logical_id) {
  if (logical_id == "*") return std::string(section);
  return fmt::format("{} with logical id '{}'", section, logical_id);
}

void has_entry(
    const json& template_json,
    const char* section,
    std::string_view what,
    std::string_view logical_id,
    const json& pattern) {
  const SectionMatch result =
      match_section(entries_named(template_json, section, logical_id), pattern);
  if (result.matches.empty())
    throw AssertionError(section_failure(qualifier(what, logical_id), result));
}

json find_entries(
    const json& template_json,
    const char* section,
    std::string_view logical_id,
    const json& pattern) {
  return match_section(entries_named(template_json, section, logical_id), pattern).matches;
}

// As in CDK, "all" over zero resources fails: the assertion would otherwise pass vacuously.
void assert_all_match(const Entries& entries, std::string_view type, const json& pattern) {
  const SectionMatch result = match_section(entries, pattern);
  if (result.failures.empty() && result.analyzed > 0) return;
  std::string message = fmt::format(
      "Template has {} resource(s) with type {}, but {} match as expected.",
      result.analyzed,
      type,
      result.matches.empty() ? std::string("none") : fmt::format("only {}", result.matches.size()));
  if (!result.failures.empty())
    message += "\nThe following resources do not match the given definition:";
  for (const Failure& failure : result.failures) {
    message +=
        fmt::format("\n  {}\n{}", failure.logical_id, mismatch_lines(failure.result, "    "));
  }
  throw AssertionError(message);
}

}  // namespace

Template::Template(json template_json) : template_(std::move(template_json)) {}

Template Template::from_stack(const cdk::Stack& stack) {
  return from_json(cdk::App::of(stack).assembly().template_json(stack));
}

Template Template::from_json(json template_json) {
  if (!template_json.is_object()) {
    throw AssertionError(fmt::format(
        "Template::from_json: a CloudFormation template must be a JSON object (got {})",
        template_json.type_name()));
  }
  return Template(std::move(template_json));
}

Template Template::from_string(std::string_view json_text) {
  json parsed;
  try {
    parsed = json::parse(json_text);
  } catch (const json::parse_error& error) {
    throw AssertionError(fmt::format("Template::from_string: invalid JSON: {}", error.what()));
  }
  return from_json(std::move(parsed));
}

const json& Template::to_json() const noexcept { return template_; }

void Template::resource_count_is(std::string_view type, std::size_t count) const {
  const std::size_t counted = resources_of_type(template_, type, false).size();
  if (counted != count) {
    throw AssertionError(
        fmt::format("Expected {} resources of type {} but found {}", count, type, counted));
  }
}

void Template::resource_properties_count_is(
    std::string_view type, const json& props_pattern, std::size_t count) const {
  const Entries entries = resources_of_type(template_, type, !is_absent_matcher(props_pattern));
  const std::size_t counted =
      match_section(entries, properties_pattern(props_pattern)).matches.size();
  if (counted != count) {
    throw AssertionError(fmt::format(
        "Expected {} resources of type {} but found {} (counting only resources whose Properties "
        "match the pattern, out of {} of that type)",
        count,
        type,
        counted,
        entries.size()));
  }
}

void Template::has_resource_properties(std::string_view type, const json& props_pattern) const {
  const Entries entries = resources_of_type(template_, type, !is_absent_matcher(props_pattern));
  const SectionMatch result = match_section(entries, properties_pattern(props_pattern));
  if (result.matches.empty()) {
    throw AssertionError(section_failure(fmt::format("resources with type {}", type), result));
  }
}

void Template::has_resource(std::string_view type, const json& pattern) const {
  const SectionMatch result = match_section(resources_of_type(template_, type, false), pattern);
  if (result.matches.empty()) {
    throw AssertionError(section_failure(fmt::format("resources with type {}", type), result));
  }
}

json Template::find_resources(std::string_view type, const json& pattern) const {
  return match_section(resources_of_type(template_, type, false), pattern).matches;
}

void Template::all_resources(std::string_view type, const json& pattern) const {
  assert_all_match(resources_of_type(template_, type, false), type, pattern);
}

void Template::all_resources_properties(std::string_view type, const json& props_pattern) const {
  assert_all_match(
      resources_of_type(template_, type, !is_absent_matcher(props_pattern)),
      type,
      properties_pattern(props_pattern));
}

void Template::has_output(std::string_view logical_id, const json& pattern) const {
  has_entry(template_, "Outputs", "outputs", logical_id, pattern);
}

json Template::find_outputs(std::string_view logical_id, const json& pattern) const {
  return find_entries(template_, "Outputs", logical_id, pattern);
}

void Template::has_parameter(std::string_view logical_id, const json& pattern) const {
  has_entry(template_, "Parameters", "parameters", logical_id, pattern);
}

json Template::find_parameters(std::string_view logical_id, const json& pattern) const {
  return find_entries(template_, "Parameters", logical_id, pattern);
}

void Template::has_mapping(std::string_view logical_id, const json& pattern) const {
  has_entry(template_, "Mappings", "mappings", logical_id, pattern);
}

json Template::find_mappings(std::string_view logical_id, const json& pattern) const {
  return find_entries(template_, "Mappings", logical_id, pattern);
}

void Template::has_condition(std::string_view logical_id, const json& pattern) const {
  has_entry(template_, "Conditions", "conditions", logical_id, pattern);
}

json Template::find_conditions(std::string_view logical_id, const json& pattern) const {
  return find_entries(template_, "Conditions", logical_id, pattern);
}

void Template::template_matches(const json& pattern) const {
  const detail::MatchResult result = detail::match(pattern, &template_);
  if (!result.ok()) {
    throw AssertionError(
        "Template did not match as expected. The following mismatches were found:\n" +
        mismatch_lines(result, "  "));
  }
  detail::commit_captures(result);
}

}  // namespace cdk::assertions
