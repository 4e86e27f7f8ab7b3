#include "core/detail/json_stringify.hpp"

#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>

#include "core/detail/encoding.hpp"
#include "core/detail/speculation.hpp"
#include "core/detail/token_map.hpp"

namespace cdk::detail {
namespace {

// JSON.stringify of a string: escapes as JavaScript does (\" \\ \b \f \n \r \t, other control
// characters as lowercase \u00XX); non-ASCII, "/" and U+2028/U+2029 stay raw.
std::string quoted(const std::string& text) {
  return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// JSON.stringify of a string without the surrounding quotes.
std::string escaped(const std::string& text) {
  std::string quote = quoted(text);
  return quote.substr(1, quote.size() - 2);
}

// cloudformation-lang.ts deepQuoteStringLiterals: the literals inside an intrinsic that ends up
// inside a JSON string must be JSON-escaped once more.
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

bool is_list_token(const Json& value) {
  return value.size() == 1 && value.front().is_string() &&
         whole_list_marker(value.front().get_ref<const std::string&>()).has_value();
}

// cloudformation-lang.ts tokenAwareStringify: JSON text built as literal segments and
// intrinsics. aws-cdk-lib resolves the tree first and remembers which objects came out of a
// token; here tokens are resolved where they are met, which keeps the same distinction: an
// intrinsic a token produced is spliced in (as a string), a literal object that merely looks
// like one stays plain JSON.
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
  // Renders `value`; false if it renders as nothing (undefined), so the caller drops it.
  bool recurse(const Json& value) {
    switch (value.type()) {
      case Json::value_t::string:
        return render_string(value.get_ref<const std::string&>());
      case Json::value_t::array:
        if (is_list_token(value)) {
          throw SynthesisError(
              "to_json_string can't render a list token: aws-cdk-lib renders it through a CfnJson "
              "custom resource, which cdkpp doesn't create\n"
              "    fix: pass the list's elements, e.g. with Fn::select, or Fn::join them into a string",
              context_.scope().node().path());
        }
        collection('[', ']', value.size(), [&](std::size_t i) { return recurse(value[i]); });
        return true;
      case Json::value_t::object: {
        std::vector<Json::const_iterator> entries;
        for (auto it = value.begin(); it != value.end(); ++it) entries.push_back(it);
        collection('{', '}', entries.size(), [&](std::size_t i) {
          render_string(entries[i].key());
          push_literal(space_ > 0 ? ": " : ":");
          return recurse(entries[i].value());
        });
        return true;
      }
      case Json::value_t::discarded:
        return false;
      default:
        push_literal(value.is_number() ? number_text(value) : value.dump());
        return true;
    }
  }

  bool render_string(const std::string& text) {
    if (!Token::is_unresolved(text)) {
      push_literal(quoted(text));
      return true;
    }
    auto fragments = split_string_markers(text);
    if (fragments.size() == 1 && fragments.front().is_token) {
      return render_token(fragments.front());
    }
    return render_resolved(context_.resolve(text));
  }

  // A string that is one token: render what the token produces, so structures it returns keep
  // their tokens (and intrinsics inside them are recognised as such).
  bool render_token(const StringFragment& fragment) {
    const IResolvable* token = App::of(context_.stack()).token_map().lookup(fragment.number);
    if (token == nullptr) return render_resolved(context_.resolve(std::string(fragment.text)));
    require_concurrent_resolution(*token);
    Json produced = token->resolve(context_);
    if (produced.is_structured() && !is_intrinsic(produced)) return recurse(produced);
    return render_resolved(context_.resolve(produced));
  }

  bool render_resolved(const Json& resolved) {
    if (is_intrinsic(resolved)) {
      push_literal("\"");
      push_intrinsic(deep_quote(resolved));
      push_literal("\"");
      return true;
    }
    if (resolved.is_string()) {
      push_literal(quoted(resolved.get<std::string>()));
      return true;
    }
    return recurse(resolved);
  }

  // JSON.stringify's layout: an element that renders as nothing is dropped with its comma.
  template <class Each>
  void collection(char open, char close, std::size_t count, Each each) {
    push_literal(std::string(1, open));
    indent_ += space_;
    bool any = false;
    for (std::size_t i = 0; i < count; ++i) {
      Mark mark = this->mark();
      if (any) push_literal(",");
      line_break();
      if (each(i)) {
        any = true;
      } else {
        rewind(mark);
      }
    }
    indent_ -= space_;
    if (any) line_break();
    push_literal(std::string(1, close));
  }

  struct Mark {
    std::size_t segments = 0;
    std::string last_literal{};
  };

  Mark mark() const {
    Mark m{segments_.size(), {}};
    if (!segments_.empty() && literal_.back()) m.last_literal = segments_.back().get<std::string>();
    return m;
  }

  void rewind(const Mark& m) {
    segments_.erase(segments_.begin() + static_cast<std::ptrdiff_t>(m.segments), segments_.end());
    literal_.resize(m.segments);
    if (!segments_.empty() && literal_.back()) segments_.back() = m.last_literal;
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

  void push_intrinsic(Json intrinsic) {
    segments_.push_back(std::move(intrinsic));
    literal_.push_back(false);
  }

  int space_;
  int indent_ = 0;
  ResolveContext& context_;
  std::vector<Json> segments_;
  // Whether each segment is literal text (merged with the next literal) or an intrinsic.
  std::vector<bool> literal_;
};

void append_js_json(const Json& value, std::string& out) {
  switch (value.type()) {
    case Json::value_t::string:
      out += quoted(value.get_ref<const std::string&>());
      return;
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& element : value) {
        if (!first) out += ',';
        first = false;
        // JSON.stringify writes an undefined array element as null.
        if (is_undefined(element)) {
          out += "null";
        } else {
          append_js_json(element, out);
        }
      }
      out += ']';
      return;
    }
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (is_undefined(it.value())) continue;
        if (!first) out += ',';
        first = false;
        out += quoted(it.key());
        out += ':';
        append_js_json(it.value(), out);
      }
      out += '}';
      return;
    }
    case Json::value_t::discarded:
      return;
    default:
      out += value.is_number() ? number_text(value) : value.dump();
  }
}

}  // namespace

Json stringify_with_tokens(const Json& value, int space, ResolveContext& context) {
  return Stringifier(space, context).result(value);
}

std::string js_json_text(const Json& value) {
  std::string out;
  append_js_json(value, out);
  return out;
}

}  // namespace cdk::detail
