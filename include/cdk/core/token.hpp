#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cdk {

class App;
class Construct;
class Stack;
class IResolvable;
namespace detail {
class TokenMap;
}

/// Context of one resolution: the construct whose value is resolved, and its stack. A reference
/// resolves for the stack that consumes it, so the same token can render differently per stack.
class ResolveContext {
 public:
  ResolveContext(const Construct& scope, const Stack& stack);
  /// The construct whose value is being resolved.
  const Construct& scope() const noexcept { return scope_; }
  /// The stack whose template is being rendered.
  const Stack& stack() const noexcept { return stack_; }
  /// Resolves a value that may itself contain tokens.
  nlohmann::ordered_json resolve(const nlohmann::ordered_json& value);
  /// The same for a value the caller gives up: it is resolved where it is, without copies.
  nlohmann::ordered_json resolve(nlohmann::ordered_json&& value);

  /// Used by synthesis while it prepares cross-stack references: a reference to an element of
  /// another stack that has no replacement yet is handed to `preparer`, which makes one (an
  /// import, a parameter...) and returns the token string that renders in its place.
  using ReferencePreparer = std::function<std::string(const IResolvable& reference, const Stack& consumer)>;
  void prepare_references(const ReferencePreparer* preparer) noexcept { preparer_ = preparer; }
  /// The preparer set by prepare_references, or nullptr.
  const ReferencePreparer* reference_preparer() const noexcept { return preparer_; }

 private:
  const Construct& scope_;
  const Stack& stack_;
  const detail::TokenMap& tokens_;
  int depth_ = 0;
  const ReferencePreparer* preparer_ = nullptr;
};

/// A value only known at synthesis (a reference, an intrinsic function, a lazy value).
class IResolvable {
 public:
  virtual ~IResolvable() = default;
  /// The CloudFormation value; may itself contain tokens, which are resolved in turn.
  virtual nlohmann::ordered_json resolve(ResolveContext& context) const = 0;
  /// A readable name used inside the token's marker, e.g. "Bucket.Arn".
  virtual std::string display_hint() const { return "TOKEN"; }
  /// Whether resolve() may run on another thread than the synthesizing one, beside other
  /// resolutions, and more than once: only if it reads nothing that changes during synthesis
  /// and changes nothing itself (the library's own tokens). Default: false, and such a token
  /// is resolved on the thread that called synth().
  virtual bool resolves_concurrently() const noexcept { return false; }
};

/// Encodes resolvables as marker strings (`${Token[Bucket.Arn.17]}`) that travel through
/// std::string props, `+` and formatting, and are replaced by CloudFormation values at synthesis.
class Token {
 public:
  /// Registers `value` with `app` and returns its string marker.
  static std::string as_string(App& app, std::shared_ptr<const IResolvable> value);
  /// Registers `value` with `app` and returns a one-element list holding its list marker; use it
  /// where CloudFormation expects a list (e.g. the result of Fn::Split).
  static std::vector<std::string> as_list(App& app, std::shared_ptr<const IResolvable> value);
  /// As `as_string`, with the App found from `scope`.
  static std::string as_string(const Construct& scope, std::shared_ptr<const IResolvable> value);
  /// As `as_string`, registered with the App that owns the first token in `related` (the
  /// arguments of an intrinsic, say), else with the newest App alive on this thread.
  static std::string as_string(
      std::shared_ptr<const IResolvable> value, const std::vector<std::string>& related = {});
  /// As `as_list`, with the App chosen as for `as_string`.
  static std::vector<std::string> as_list(
      std::shared_ptr<const IResolvable> value, const std::vector<std::string>& related = {});

  /// True if the string holds a token marker, i.e. its value is only known at synthesis.
  static bool is_unresolved(std::string_view value);
  static bool is_unresolved(const std::string& value) { return is_unresolved(std::string_view(value)); }
  static bool is_unresolved(const char* value) { return is_unresolved(std::string_view(value)); }
  /// True if the list is a list token (one element holding a list marker).
  static bool is_unresolved(const std::vector<std::string>& value);
  /// True if the JSON value contains a token marker anywhere.
  static bool is_unresolved(const nlohmann::ordered_json& value);
};

}  // namespace cdk
