#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cdk {

class Construct;

/// Options of a lazy value (aws-cdk-lib's Lazy*ValueOptions).
struct LazyOptions {
  /// The readable name inside the token's marker. Default: "TOKEN", as in aws-cdk-lib.
  std::string display_hint{};
  /// For lists and `any`: an empty array renders as nothing (the property is dropped).
  /// Default: false (an empty array renders as []).
  bool omit_empty = false;
  /// The producer only reads values that synthesis does not change, and changes nothing: it may
  /// then be called on another thread than the one that called synth(), and more than once
  /// even when cached. Default: false (called on the synthesizing thread, as any user code).
  bool concurrent = false;
};

/// Values computed at synthesis, for state that can still change after a construct is created
/// (aws-cdk-lib's `Lazy`). A producer may return strings holding tokens; they resolve in turn, for
/// the stack being rendered. `string`, `list` and `any` call their producer once, at the first
/// resolution, and reuse the result (as `Lazy.string` does); the `uncached_` forms call it on
/// every resolution. Without a scope the token is registered with the newest App on this thread.
class Lazy {
 public:
  using StringProducer = std::function<std::string()>;
  using ListProducer = std::function<std::vector<std::string>()>;
  using AnyProducer = std::function<nlohmann::ordered_json()>;

  /// A string token whose value `producer` returns at synthesis (cached).
  static std::string string(StringProducer producer, LazyOptions options = {});
  static std::string string(
      const Construct& scope, StringProducer producer, LazyOptions options = {});
  /// As `string`, but the producer runs at every resolution.
  static std::string uncached_string(StringProducer producer, LazyOptions options = {});
  static std::string uncached_string(
      const Construct& scope, StringProducer producer, LazyOptions options = {});

  /// A list token (one-element list holding a list marker) for the list `producer` returns
  /// (cached).
  static std::vector<std::string> list(ListProducer producer, LazyOptions options = {});
  static std::vector<std::string> list(
      const Construct& scope, ListProducer producer, LazyOptions options = {});
  /// As `list`, but the producer runs at every resolution.
  static std::vector<std::string> uncached_list(ListProducer producer, LazyOptions options = {});
  static std::vector<std::string> uncached_list(
      const Construct& scope, ListProducer producer, LazyOptions options = {});

  /// A string token standing for any JSON value `producer` returns (a number, an object...);
  /// put it where that value goes (cached). aws-cdk-lib returns an IResolvable here; cdkpp
  /// carries every token as a string.
  static std::string any(AnyProducer producer, LazyOptions options = {});
  static std::string any(const Construct& scope, AnyProducer producer, LazyOptions options = {});
  /// As `any`, but the producer runs at every resolution.
  static std::string uncached_any(AnyProducer producer, LazyOptions options = {});
  static std::string uncached_any(
      const Construct& scope, AnyProducer producer, LazyOptions options = {});
};

}  // namespace cdk
