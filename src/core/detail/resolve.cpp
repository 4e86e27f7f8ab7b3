#include "core/detail/resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <iterator>
#include <optional>

#include "core/detail/encoding.hpp"
#include "core/detail/json_text.hpp"
#include "core/detail/speculation.hpp"
#include "core/detail/token_map.hpp"

namespace cdk::detail {
namespace {

const IResolvable& lookup_or_throw(
    const TokenMap& tokens, std::uint64_t number, std::string_view marker, const ResolveContext& context) {
  const IResolvable* token = tokens.lookup(number);
  if (token == nullptr) {
    throw SynthesisError(
        fmt::format(
            "cannot resolve token {}: it was not created in this App\n"
            "    fix: use tokens only in the App whose constructs produced them",
            marker),
        context.scope().node().path());
  }
  return *token;
}

Json resolve_token(const IResolvable& token, ResolveContext& context) {
  require_concurrent_resolution(token);
  return context.resolve(token.resolve(context));
}

Json resolve_string(const std::string& text, ResolveContext& context, const TokenMap& tokens) {
  // Most token strings are one marker and nothing else: no list marker can hide in it, and
  // there is nothing to join.
  if (const auto number = whole_string_marker(text)) {
    return resolve_token(lookup_or_throw(tokens, *number, text, context), context);
  }
  // A list marker stands for a whole list; as part of a string it has no meaning
  // (aws-cdk-lib's resolve throws the same).
  if (contains_list_marker(text)) {
    throw SynthesisError(
        fmt::format(
            "Found an encoded list token string in a scalar string context. Use "
            "Fn::select(0, list) (not list[0] or list.front()) to extract elements from token "
            "lists (got '{}')",
            text),
        context.scope().node().path());
  }
  auto fragments = split_string_markers(text);
  if (std::none_of(fragments.begin(), fragments.end(), [](const StringFragment& f) { return f.is_token; })) {
    return text;
  }
  Concatenation result;
  for (const auto& fragment : fragments) {
    Json piece = fragment.is_token
                     ? resolve_token(lookup_or_throw(tokens, fragment.number, fragment.text, context), context)
                     : Json(std::string(fragment.text));
    if (fragments.size() == 1) return piece;
    result.add(std::move(piece));
  }
  return std::move(result).result();
}

// A list token is a one-element list holding exactly one list marker (resolve.ts
// resolveList): anything else would lose elements or text at deployment. Returns the index of
// the list marker, if any.
std::optional<std::size_t> list_token_index(const Json& array, ResolveContext& context) {
  for (std::size_t i = 0; i < array.size(); ++i) {
    const Json& element = array[i];
    if (!element.is_string() || !contains_list_marker(element.get_ref<const std::string&>())) continue;
    if (array.size() != 1) {
      throw SynthesisError(
          fmt::format(
              "Cannot add elements to list token, got: {}\n"
              "    fix: use the list token on its own, or Fn::select its elements into a new list",
              array.dump()),
          context.scope().node().path());
    }
    return i;
  }
  return std::nullopt;
}

Json resolve_array(Json&& array, ResolveContext& context, const TokenMap& tokens) {
  if (auto index = list_token_index(array, context)) {
    const auto& text = array[*index].get_ref<const std::string&>();
    auto number = whole_list_marker(text);
    if (!number) {
      throw SynthesisError(
          fmt::format(
              "Cannot concatenate strings in a tokenized string array, got: {}\n"
              "    fix: use Fn::join to make a string of the list's elements",
              text),
          context.scope().node().path());
    }
    return resolve_token(lookup_or_throw(tokens, *number, text, context), context);
  }
  auto& elements = array.get_ref<Json::array_t&>();
  for (auto& element : elements) element = resolve(std::move(element), context, tokens);
  elements.erase(std::remove_if(elements.begin(), elements.end(), [](const Json& e) { return is_undefined(e); }),
                 elements.end());
  return std::move(array);
}

std::string resolved_key(const std::string& key, ResolveContext& context, const TokenMap& tokens) {
  Json resolved = resolve_string(key, context, tokens);
  if (!resolved.is_string()) {
    throw SynthesisError(
        fmt::format(
            "\"{}\" is used as the key in a map so must resolve to a string, but it resolves to: "
            "{}\n"
            "    fix: use a token that resolves to a plain string as a key",
            key, resolved.dump()),
        context.scope().node().path());
  }
  return resolved.get<std::string>();
}

// Keys are plain text nearly always; then the object is resolved where it is, and no key or
// untouched value is copied.
Json resolve_object(Json&& object, ResolveContext& context, const TokenMap& tokens) {
  bool token_keys = false;
  for (auto it = object.begin(); it != object.end() && !token_keys; ++it) {
    token_keys = may_contain_marker(it.key());
  }
  if (!token_keys) {
    bool dropped = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
      *it = resolve(std::move(*it), context, tokens);
      dropped = dropped || is_undefined(*it);
    }
    if (dropped) {
      for (auto it = object.begin(); it != object.end();) it = is_undefined(*it) ? object.erase(it) : std::next(it);
    }
    return std::move(object);
  }
  Json out = Json::object();
  for (auto it = object.begin(); it != object.end(); ++it) {
    std::string key = resolved_key(it.key(), context, tokens);
    Json value = resolve(std::move(*it), context, tokens);
    if (!is_undefined(value)) out[std::move(key)] = std::move(value);
  }
  return out;
}

// Writes values as resolve() followed by the JSON writer would, walking the unresolved value
// in place: only what tokens resolve to is built as JSON. Members and elements are written
// as they come and taken back if they resolve to undefined, which resolve() drops.
class ResolvedText {
 public:
  ResolvedText(std::string& out, ResolveContext& context, const TokenMap& tokens, int indent)
      : out_(out), context_(context), tokens_(tokens), indent_(indent) {}

  bool write(const Json& value, int depth) {
    switch (value.type()) {
      case Json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        if (!may_contain_marker(text)) {
          append_json_string(out_, text);
          return true;
        }
        return write_resolved(resolve_string(text, context_, tokens_), depth);
      }
      case Json::value_t::array:
        return write_array(value, depth);
      case Json::value_t::object:
        return write_object(value, depth);
      case Json::value_t::discarded:
        return false;
      default:
        append_json_text(out_, value, indent_, depth);
        return true;
    }
  }

 private:
  bool write_resolved(const Json& resolved, int depth) {
    if (is_undefined(resolved)) return false;
    append_json_text(out_, resolved, indent_, depth);
    return true;
  }

  bool write_array(const Json& array, int depth) {
    if (list_token_index(array, context_))
      return write_resolved(resolve_array(Json(array), context_, tokens_), depth);
    auto text = ContainerText::array(out_, indent_, depth);
    for (const Json& element : array) {
      const std::size_t start = text.open_element();
      text.close_member(start, write(element, depth + 1));
    }
    text.close();
    return true;
  }

  bool write_object(const Json& object, int depth) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      // Rare: keys that are tokens are resolved the general way, on a copy.
      if (may_contain_marker(it.key()))
        return write_resolved(resolve_object(Json(object), context_, tokens_), depth);
    }
    auto text = ContainerText::object(out_, indent_, depth);
    for (auto it = object.begin(); it != object.end(); ++it) {
      const std::size_t start = text.open_member(it.key());
      text.close_member(start, write(*it, depth + 1));
    }
    text.close();
    return true;
  }

  std::string& out_;
  ResolveContext& context_;
  const TokenMap& tokens_;
  int indent_;
};

}  // namespace

bool append_resolved_text(
    std::string& out,
    const Json& value,
    ResolveContext& context,
    const TokenMap& tokens,
    int indent,
    int depth) {
  return ResolvedText(out, context, tokens, indent).write(value, depth);
}

Json resolve(Json&& value, ResolveContext& context, const TokenMap& tokens) {
  switch (value.type()) {
    case Json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      if (!may_contain_marker(text)) return std::move(value);
      return resolve_string(text, context, tokens);
    }
    case Json::value_t::array:
      return resolve_array(std::move(value), context, tokens);
    case Json::value_t::object:
      return resolve_object(std::move(value), context, tokens);
    default:
      return std::move(value);
  }
}

const TokenMap& token_map_of(const Construct& scope) {
  return App::of(scope).token_map();
}

}  // namespace cdk::detail
