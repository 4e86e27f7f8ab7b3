#include "core/detail/resolve.hpp"

#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <fmt/format.h>

#include "core/detail/encoding.hpp"
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
  if (auto* sink = context.token_sink()) sink->push_back(&token);
  return context.resolve(token.resolve(context));
}

Json resolve_string(const std::string& text, ResolveContext& context, const TokenMap& tokens) {
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
  if (!contains_string_marker(text)) return text;
  auto fragments = split_string_markers(text);
  Json result = undefined_value();
  bool first = true;
  for (const auto& fragment : fragments) {
    Json piece = fragment.is_token
                     ? resolve_token(lookup_or_throw(tokens, fragment.number, fragment.text, context), context)
                     : Json(std::string(fragment.text));
    if (fragments.size() == 1) return piece;
    result = first ? std::move(piece) : concat(std::move(result), std::move(piece));
    first = false;
  }
  return result;
}

Json resolve_array(const Json& array, ResolveContext& context, const TokenMap& tokens) {
  for (const auto& element : array) {
    if (!element.is_string() || !contains_list_marker(element.get_ref<const std::string&>())) continue;
    // A list token is a one-element list holding exactly one list marker (resolve.ts
    // resolveList): anything else would lose elements or text at deployment.
    if (array.size() != 1) {
      throw SynthesisError(
          fmt::format(
              "Cannot add elements to list token, got: {}\n"
              "    fix: use the list token on its own, or Fn::select its elements into a new list",
              array.dump()),
          context.scope().node().path());
    }
    const auto& text = element.get_ref<const std::string&>();
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
  Json out = Json::array();
  for (const auto& element : array) {
    Json resolved = resolve(element, context, tokens);
    if (!is_undefined(resolved)) out.push_back(std::move(resolved));
  }
  return out;
}

Json resolve_object(const Json& object, ResolveContext& context, const TokenMap& tokens) {
  Json out = Json::object();
  for (auto it = object.begin(); it != object.end(); ++it) {
    Json key = resolve_string(it.key(), context, tokens);
    if (!key.is_string()) {
      throw SynthesisError(
          fmt::format(
              "\"{}\" is used as the key in a map so must resolve to a string, but it resolves to: "
              "{}\n"
              "    fix: use a token that resolves to a plain string as a key",
              it.key(), key.dump()),
          context.scope().node().path());
    }
    Json value = resolve(it.value(), context, tokens);
    if (!is_undefined(value)) out[key.get<std::string>()] = std::move(value);
  }
  return out;
}

}  // namespace

Json resolve(const Json& value, ResolveContext& context, const TokenMap& tokens) {
  switch (value.type()) {
    case Json::value_t::string:
      return resolve_string(value.get_ref<const std::string&>(), context, tokens);
    case Json::value_t::array:
      return resolve_array(value, context, tokens);
    case Json::value_t::object:
      return resolve_object(value, context, tokens);
    default:
      return value;
  }
}

const TokenMap& token_map_of(const Construct& scope) {
  return App::of(scope).token_map();
}

}  // namespace cdk::detail
