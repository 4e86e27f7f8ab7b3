#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk {
class CfnElement;
}

namespace cdk::detail {

/// One element's template fragment ({"Resources": {"Id": {...}}}) as text: each section's
/// entries written as they sit in a template file (one-space indent, two levels down), so a
/// template is put together by concatenation. Synthesis keeps every element's fragment from
/// the reference pass to the template (resolve_references): as text it takes a fraction of
/// the memory of the JSON, which is freed as soon as the fragment is rendered.
struct FragmentText {
  /// The layout every entry's text is written in (whoever writes it): the template file's
  /// indent, and the depth of a section's entries in it.
  static constexpr int kIndent = 1;
  static constexpr int kEntryDepth = 2;
  /// Room an entry's text starts with: most resources take a few hundred bytes to a few KiB,
  /// and a string grown from empty is copied at every doubling.
  static constexpr std::size_t kEntryCapacity = 1024;

  struct Entry {
    std::string key;
    std::string text;  // the value, written at its depth in the template
  };
  struct Section {
    std::string name;
    bool is_object = false;
    std::vector<Entry> entries;  // when is_object
    std::string text;            // otherwise: the whole value
  };
  std::vector<Section> sections;
};

/// `fragment` (an object of sections) as text.
FragmentText fragment_text(const nlohmann::ordered_json& fragment);

/// A template built fragment by fragment, merged as aws-cdk-lib's stack.ts merges them: a
/// section is created where it is first used, so sections follow the order of the elements;
/// an object section collects the entries of every fragment.
class TemplateText {
 public:
  /// A template-level value (Description, Transform, ...), placed like a fragment's section.
  void add_section(std::string name, const nlohmann::ordered_json& value);

  /// Adds `element`'s fragment. Throws SynthesisError (at the element's path) for a logical ID
  /// already in the section, or a section that is not an object in one of the two.
  void merge(FragmentText fragment, const CfnElement& element);

  /// The template file's text, as to_json_text(template, 1) writes the merged template.
  std::string text() const;

 private:
  std::vector<FragmentText::Section> sections_;
};

}  // namespace cdk::detail
