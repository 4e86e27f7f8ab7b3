#include "core/detail/template_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>

#include "core/detail/json_text.hpp"

namespace cdk::detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kIndent = FragmentText::kIndent;
constexpr int kEntryDepth = FragmentText::kEntryDepth;
constexpr int kSectionDepth = kEntryDepth - 1;  // the sections hold the entries

FragmentText::Section section_text(std::string name, const Json& value) {
  FragmentText::Section section;
  section.name = std::move(name);
  section.is_object = value.is_object();
  if (!section.is_object) {
    append_json_text(section.text, value, kIndent, kSectionDepth);
    return section;
  }
  section.entries.reserve(value.size());
  for (const auto& [key, entry] : value.items()) {
    std::string text;
    text.reserve(FragmentText::kEntryCapacity);
    append_json_text(text, entry, kIndent, kEntryDepth);
    section.entries.push_back({key, std::move(text)});
  }
  return section;
}

}  // namespace

FragmentText fragment_text(const Json& fragment) {
  FragmentText text;
  text.sections.reserve(fragment.size());
  for (const auto& [name, value] : fragment.items())
    text.sections.push_back(section_text(name, value));
  return text;
}

void TemplateText::add_section(std::string name, const Json& value) {
  sections_.push_back(section_text(std::move(name), value));
}

void TemplateText::merge(FragmentText fragment, const CfnElement& element) {
  for (auto& section : fragment.sections) {
    auto existing =
        std::find_if(sections_.begin(), sections_.end(), [&](const FragmentText::Section& known) {
          return known.name == section.name;
        });
    if (existing == sections_.end()) {
      sections_.push_back(std::move(section));
      continue;
    }
    if (!existing->is_object || !section.is_object) {
      throw SynthesisError(
          fmt::format("cannot merge template section '{}' of two elements", section.name),
          element.node().path());
    }
    for (auto& entry : section.entries) {
      const auto same_key = [&](const FragmentText::Entry& known) {
        return known.key == entry.key;
      };
      if (std::any_of(existing->entries.begin(), existing->entries.end(), same_key)) {
        throw SynthesisError(
            fmt::format(
                "section '{}' already contains '{}': two elements of stack '{}' have the same "
                "logical ID\n"
                "    fix: give one of them another id, or change its override_logical_id()",
                section.name,
                entry.key,
                element.stack().node().path()),
            element.node().path());
      }
      existing->entries.push_back(std::move(entry));
    }
  }
}

std::string TemplateText::text() const {
  std::size_t size = 4;
  for (const auto& section : sections_) {
    size += section.name.size() + section.text.size() + 10;
    for (const auto& entry : section.entries) size += entry.key.size() + entry.text.size() + 10;
  }
  std::string out;
  out.reserve(size);
  auto file = ContainerText::object(out, kIndent, 0);
  for (const auto& section : sections_) {
    const std::size_t start = file.open_member(section.name);
    if (section.is_object) {
      auto entries = ContainerText::object(out, kIndent, kSectionDepth);
      for (const auto& entry : section.entries) {
        const std::size_t at = entries.open_member(entry.key);
        out += entry.text;
        entries.close_member(at, true);
      }
      entries.close();
    } else {
      out += section.text;
    }
    file.close_member(start, true);
  }
  file.close();
  return out;
}

}  // namespace cdk::detail
