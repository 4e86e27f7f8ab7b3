#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/token.hpp>
#include <memory>
#include <optional>

#include "core/detail/cloudformation_lang.hpp"
#include "core/detail/speculation.hpp"

namespace cdk {
namespace {

using Json = nlohmann::ordered_json;

// aws-cdk-lib's LazyBase: the producer runs at resolution; a cached lazy keeps its first
// result, but that result (which may hold tokens) is still resolved for each consuming stack.
class LazyValue : public IResolvable {
 public:
  LazyValue(std::function<Json()> produce, bool cache, LazyOptions options)
      : produce_(std::move(produce)), cache_(cache), options_(std::move(options)) {}

  Json resolve(ResolveContext& context) const override {
    if (cache_ && cached_) return *cached_;
    // Rendering ahead (see resolves_concurrently) leaves the cache and the cycle flag alone:
    // the producer only reads, so the synthesizing thread produces the same value later.
    if (detail::speculating()) return produce();
    // A producer that resolves its own token (through Stack::resolve, say) would recurse
    // without end; say so instead of overflowing the stack.
    if (producing_) {
      throw SynthesisError(
          "a Lazy value's producer needs the value it is producing (circular Lazy)\n"
          "    fix: make the producer compute its value without resolving this Lazy",
          context.scope().node().path());
    }
    producing_ = true;
    struct Reset {
      bool& flag;
      ~Reset() { flag = false; }
    } reset{producing_};
    Json value = produce();
    if (cache_) cached_ = value;
    return value;
  }

  bool resolves_concurrently() const noexcept override { return options_.concurrent; }

  std::string display_hint() const override {
    return options_.display_hint.empty() ? "TOKEN" : options_.display_hint;
  }

 private:
  Json produce() const {
    Json value = produce_();
    if (options_.omit_empty && value.is_array() && value.empty()) value = detail::undefined_value();
    return value;
  }

  std::function<Json()> produce_;
  bool cache_;
  LazyOptions options_;
  // Resolution happens at synthesis through const IResolvable references.
  mutable std::optional<Json> cached_;
  mutable bool producing_ = false;
};

// An empty std::function would only fail at synthesis, as std::bad_function_call with no
// hint of which Lazy it was: refused where it is given.
template <typename Producer>
Producer require_producer(Producer producer) {
  if (!producer) {
    throw ValidationError(
        "a Lazy value was given an empty producer (an empty std::function)\n"
        "    fix: pass a function that returns the value, e.g. a lambda",
        "");
  }
  return producer;
}

std::function<Json()> from_string(Lazy::StringProducer producer) {
  return [p = require_producer(std::move(producer))]() { return Json(p()); };
}

std::function<Json()> from_list(Lazy::ListProducer producer) {
  return [p = require_producer(std::move(producer))]() { return Json(p()); };
}

std::shared_ptr<const IResolvable> make(
    std::function<Json()> produce, bool cache, LazyOptions options) {
  return std::make_shared<LazyValue>(
      require_producer(std::move(produce)), cache, std::move(options));
}

}  // namespace

std::string Lazy::string(StringProducer producer, LazyOptions options) {
  return Token::as_string(make(from_string(std::move(producer)), true, std::move(options)));
}

std::string Lazy::string(const Construct& scope, StringProducer producer, LazyOptions options) {
  return Token::as_string(scope, make(from_string(std::move(producer)), true, std::move(options)));
}

std::string Lazy::uncached_string(StringProducer producer, LazyOptions options) {
  return Token::as_string(make(from_string(std::move(producer)), false, std::move(options)));
}

std::string Lazy::uncached_string(
    const Construct& scope, StringProducer producer, LazyOptions options) {
  return Token::as_string(scope, make(from_string(std::move(producer)), false, std::move(options)));
}

std::vector<std::string> Lazy::list(ListProducer producer, LazyOptions options) {
  return Token::as_list(make(from_list(std::move(producer)), true, std::move(options)));
}

std::vector<std::string> Lazy::list(
    const Construct& scope, ListProducer producer, LazyOptions options) {
  return Token::as_list(
      App::of(scope), make(from_list(std::move(producer)), true, std::move(options)));
}

std::vector<std::string> Lazy::uncached_list(ListProducer producer, LazyOptions options) {
  return Token::as_list(make(from_list(std::move(producer)), false, std::move(options)));
}

std::vector<std::string> Lazy::uncached_list(
    const Construct& scope, ListProducer producer, LazyOptions options) {
  return Token::as_list(
      App::of(scope), make(from_list(std::move(producer)), false, std::move(options)));
}

std::string Lazy::any(AnyProducer producer, LazyOptions options) {
  return Token::as_string(make(std::move(producer), true, std::move(options)));
}

std::string Lazy::any(const Construct& scope, AnyProducer producer, LazyOptions options) {
  return Token::as_string(scope, make(std::move(producer), true, std::move(options)));
}

std::string Lazy::uncached_any(AnyProducer producer, LazyOptions options) {
  return Token::as_string(make(std::move(producer), false, std::move(options)));
}

std::string Lazy::uncached_any(const Construct& scope, AnyProducer producer, LazyOptions options) {
  return Token::as_string(scope, make(std::move(producer), false, std::move(options)));
}

}  // namespace cdk
