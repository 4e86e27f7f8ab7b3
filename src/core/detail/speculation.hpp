#pragma once

#include <cdk/core/token.hpp>
#include <string>
#include <vector>

// Rendering elements ahead, on more than one thread ("speculation"). Synthesis renders each
// element once before writing the templates (resolve_references); most elements only read the
// tree while they render, so they can render side by side. Whatever would change something
// shared on the way (register a token, fill a cache, run the user's code) is refused instead:
// that element is rendered again on the synthesizing thread, in tree order, exactly as without
// speculation. A reference to another stack is the one change that is deferred rather than
// refused, when its replacement is known already (see ReplacementOracle).
namespace cdk {
class Stack;
}

namespace cdk::detail {

class CfnReference;

/// Thrown on a speculating thread where rendering would change shared state; caught only by
/// the speculative renderer, which renders that element again on the synthesizing thread.
struct SpeculationRefused {};

/// A reference to another stack's element met while rendering ahead, rendered with the
/// replacement it will get: the synthesizing thread prepares it later, in tree order, and
/// checks that it got that replacement.
struct DeferredReference {
  const CfnReference* reference;
  const Stack* consumer;
  std::string replacement;
};

/// What synthesis can tell, without changing anything, about the replacement a reference will
/// get in a consuming stack: the one made already for another consumer, or nothing.
class ReplacementOracle {
 public:
  virtual ~ReplacementOracle() = default;
  virtual const std::string* known_replacement(
      const CfnReference& reference, const Stack& consumer) const = 0;
};

/// The speculation of this thread, if any.
struct SpeculationState {
  bool active = false;
  const ReplacementOracle* oracle = nullptr;
  std::vector<DeferredReference>* deferred = nullptr;  // of the element being rendered
};
inline thread_local SpeculationState speculation;

inline bool speculating() noexcept { return speculation.active; }

/// Called before changing anything shared during rendering: gives the speculation up.
inline void refuse_while_speculating() {
  if (speculation.active) throw SpeculationRefused{};
}

/// A token whose resolve() is not known to only read gives the speculation up.
inline void require_concurrent_resolution(const IResolvable& token) {
  if (speculation.active && !token.resolves_concurrently()) throw SpeculationRefused{};
}

/// While speculating: the replacement `reference` will get in `consumer`, recorded to be
/// prepared later; refused when it is not known yet.
inline const std::string& defer_reference(const CfnReference& reference, const Stack& consumer) {
  const std::string* known = speculation.oracle != nullptr && speculation.deferred != nullptr
                                 ? speculation.oracle->known_replacement(reference, consumer)
                                 : nullptr;
  if (known == nullptr) throw SpeculationRefused{};
  speculation.deferred->push_back({&reference, &consumer, *known});
  return *known;
}

/// Marks this thread as speculating while it lives.
class Speculating {
 public:
  explicit Speculating(const ReplacementOracle* oracle = nullptr) noexcept
      : previous_(speculation) {
    speculation = {.active = true, .oracle = oracle, .deferred = nullptr};
  }
  ~Speculating() { speculation = previous_; }
  Speculating(const Speculating&) = delete;
  Speculating& operator=(const Speculating&) = delete;

 private:
  SpeculationState previous_;
};

}  // namespace cdk::detail
