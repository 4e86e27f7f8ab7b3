#include "core/detail/json_stringify.hpp"

#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>

namespace cdk::detail {
namespace {

// JSON.stringify of a string without the surrounding quotes.
std::string escaped(const std::string& text) {
  std::string quoted = Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
  return quoted.substr(1, quoted.size() - 2);
}

Json deep_quote(const Json& value) {
  if (value.is_string()) return escaped(value.get<std::string>());
  if (value.is_array()) {
    Json out = Json::array();
    for (const auto& element : value) out.push_back(deep_quote(element));
    return out;
  }
  if (value.is_object()) {
    Json out = Json::object();
    for (auto it = value.begin(); it != value.end(); ++it) out[escaped(it.key())] = deep_quote(it.value());
    return out;
  }
  return value;
}

class Stringifier {
 public:
  Stringifier(int space, ResolveContext& context) : space_(space), context_(context) {}

  Json result(const Json& root) {
    recurse(root);
    if (segments_.empty()) return undefined_value();
    if (segments_.size() == 1) return std::move(segments_.front());
    Json parts(std::move(segments_));
    minimal_join("", parts);
    return Json{{"Fn::Join", Json::array({"", std::move(parts)})}};
  }

 private:
  void recurse(const Json& value) {
    switch (value.type()) {
      case Json::value_t::string:
        render_string(value.get_ref<const std::string&>());
        return;
      case Json::value_t::array:
        if (Token::is_unresolved(value) && value.size() == 1 && value.front().is_string() &&
            value.front().get_ref<const std::string&>().rfind("#{Token[", 0) == 0) {
          throw SynthesisError(
              "to_json_string can't render a list token (its length is unknown before deployment)\n"
              "    fix: pass the list's elements, e.g. with Fn::select",
              context_.scope().node().path());
        }
        collection('[', ']', value.size(), [&](std::size_t i) { recurse(value[i]); });
        return;
      case Json::value_t::object: {
        std::vector<Json::const_iterator> entries;
        for (auto it = value.begin(); it != value.end(); ++it) entries.push_back(it);
        collection('{', '}', entries.size(), [&](std::size_t i) {
          render_string(entries[i].key());
          push_literal(space_ > 0 ? ": " : ":");
          recurse(entries[i].value());
        });
        return;
      }
      case Json::value_t::discarded:
        return;
      default:
        push_literal(value.is_number() ? number_text(value) : value.dump());
    }
  }

  void render_string(const std::string& text) {
    if (!Token::is_unresolved(text)) {
      push_literal(Json(text).dump(-1, ' ', false, Json::error_handler_t::replace));
      return;
    }
    Json resolved = context_.resolve(text);
    if (resolved.is_string()) {
      push_literal(resolved.dump(-1, ' ', false, Json::error_handler_t::replace));
    } else if (is_intrinsic(resolved)) {
      push_literal("\"");
      segments_.push_back(deep_quote(resolved));
      literal_.push_back(false);
      push_literal("\"");
    } else {
      recurse(resolved);
    }
  }

  template <class Each>
  void collection(char open, char close, std::size_t count, Each each) {
    push_literal(std::string(1, open));
    indent_ += space_;
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) push_literal(",");
      line_break();
      each(i);
    }
    indent_ -= space_;
    if (count > 0) line_break();
    push_literal(std::string(1, close));
  }

  void line_break() {
    if (space_ > 0) push_literal("\n" + std::string(static_cast<std::size_t>(indent_), ' '));
  }

  void push_literal(const std::string& text) {
    if (!literal_.empty() && literal_.back()) {
      segments_.back().get_ref<std::string&>() += text;
    } else {
      segments_.push_back(text);
      literal_.push_back(true);
    }
  }

  int space_;
  int indent_ = 0;
  ResolveContext& context_;
  std::vector<Json> segments_;
  // Whether each segment is literal text (merged with the next literal) or an intrinsic.
  std::vector<bool> literal_;
};

}  // namespace

Json stringify_with_tokens(const Json& value, int space, ResolveContext& context) {
  return Stringifier(space, context).result(value);
}

}  // namespace cdk::detail
