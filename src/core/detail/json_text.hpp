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
