#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>

#include "core/detail/app_registry.hpp"
#include "core/detail/encoding.hpp"
#include "core/detail/resolve.hpp"
#include "core/detail/token_map.hpp"

namespace cdk {
namespace {

// Deeper than any real template; reaching it means a token resolves to itself.
constexpr int kMaxResolveDepth = 200;

}  // namespace

ResolveContext::ResolveContext(const Construct& scope, const Stack& stack)
    : scope_(scope), stack_(stack), tokens_(App::of(stack).token_map()) {}

nlohmann::ordered_json ResolveContext::resolve(const nlohmann::ordered_json& value) {
  return resolve(nlohmann::ordered_json(value));
}

nlohmann::ordered_json ResolveContext::resolve(nlohmann::ordered_json&& value) {
  if (depth_ >= kMaxResolveDepth) {
    throw SynthesisError(
        "a token resolves to a value containing itself (circular reference)\n"
        "    fix: make sure no Lazy or reference produces a value that refers back to it",
        scope_.node().path());
  }
  ++depth_;
  struct Restore {
    int& depth;
    ~Restore() { --depth; }
  } restore{depth_};
  return detail::resolve(std::move(value), *this, tokens_);
}

std::string Token::as_string(App& app, std::shared_ptr<const IResolvable> value) {
  return app.token_map().string_marker(std::move(value));
}

std::vector<std::string> Token::as_list(App& app, std::shared_ptr<const IResolvable> value) {
  return {app.token_map().list_marker(std::move(value))};
}

std::string Token::as_string(const Construct& scope, std::shared_ptr<const IResolvable> value) {
  return as_string(App::of(scope), std::move(value));
}

std::string Token::as_string(
    std::shared_ptr<const IResolvable> value, const std::vector<std::string>& related) {
  return as_string(detail::app_for_new_token(related), std::move(value));
}

std::vector<std::string> Token::as_list(
    std::shared_ptr<const IResolvable> value, const std::vector<std::string>& related) {
  return as_list(detail::app_for_new_token(related), std::move(value));
}

bool Token::is_unresolved(std::string_view value) {
  return detail::may_contain_marker(value) &&
         (detail::contains_string_marker(value) || detail::contains_list_marker(value));
}

bool Token::is_unresolved(const std::vector<std::string>& value) {
  return value.size() == 1 && detail::whole_list_marker(value.front()).has_value();
}

bool Token::is_unresolved(const nlohmann::ordered_json& value) {
  switch (value.type()) {
    case nlohmann::ordered_json::value_t::string:
      return is_unresolved(value.get_ref<const std::string&>());
    case nlohmann::ordered_json::value_t::array:
    case nlohmann::ordered_json::value_t::object:
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (value.is_object() && is_unresolved(std::string_view(it.key()))) return true;
        if (is_unresolved(*it)) return true;
      }
      return false;
    default:
      return false;
  }
}

}  // namespace cdk
