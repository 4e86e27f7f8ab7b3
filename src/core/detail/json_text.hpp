#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace cdk::detail {

/// `value` as JSON text, exactly as nlohmann's dump(indent, ' ', false, replace) writes it
/// (and so as JSON.stringify(value, undefined, indent) does, invalid UTF-8 becoming U+FFFD as in
/// a JavaScript string): indent -1 is compact. Written into one string without nlohmann's
/// per-character output adapter, since every file of an assembly goes through here; numbers
/// other than integers, and strings that need escaping, are still written by nlohmann.
std::string to_json_text(const nlohmann::ordered_json& value, int indent);

/// Appends `value` as to_json_text writes it when `value` sits `depth` levels down in the
/// document (its members' lines indented `depth + 1` times): for files written as text around
/// values kept as JSON.
void append_json_text(std::string& out, const nlohmann::ordered_json& value, int indent, int depth);

/// Appends `text` as a JSON string (quoted and escaped) the same way.
void append_json_string(std::string& out, std::string_view text);

}  // namespace cdk::detail

namespace cdk::detail {

/// Writes a JSON object or array member by member the way to_json_text lays one out ("{}" or
/// "[]" when empty, else one member per line, indented), where a member can be taken back after
/// its value was written: for values that turn out to be left out once resolved.
class ContainerText {
 public:
  /// An object or an array that sits `depth` levels down in the document: appends its opening
  /// bracket.
  static ContainerText object(std::string& out, int indent, int depth) {
    return ContainerText(out, '{', '}', indent, depth);
  }
  static ContainerText array(std::string& out, int indent, int depth) {
    return ContainerText(out, '[', ']', indent, depth);
  }

  /// Appends the separator and the line break of the next element; the caller appends the
  /// value. Returns where the element begins, for close_member.
  std::size_t open_element();
  /// The same for an object's member, followed by the quoted `key` and ": ".
  std::size_t open_member(std::string_view key);
  /// Keeps the member that began at `start`, or removes everything appended since.
  void close_member(std::size_t start, bool keep);
  /// Appends the closing bracket (right after the opening one when no member was kept).
  void close();

  /// Appends the member "key": "value" (kept).
  void string_member(std::string_view key, std::string_view value);
  /// Appends the member "key": `json`, a value written as JSON already (a number, true) (kept).
  void literal_member(std::string_view key, std::string_view json);
  /// Appends the member "key": `value` as append_json_text writes it there (kept).
  void json_member(std::string_view key, const nlohmann::ordered_json& value);
  /// Opens the member "key" whose value is an object or an array: the caller fills it and
  /// closes it before this container goes on (kept).
  ContainerText object_member(std::string_view key);
  ContainerText array_member(std::string_view key);
  /// Appends the element "value" of an array (kept).
  void string_element(std::string_view value);

  /// The number of members kept so far.
  std::size_t size() const noexcept { return kept_; }

 private:
  ContainerText(std::string& out, char open, char close, int indent, int depth);

  std::string& out_;
  char close_;
  int indent_;
  int depth_;
  std::size_t kept_ = 0;
};

}  // namespace cdk::detail
