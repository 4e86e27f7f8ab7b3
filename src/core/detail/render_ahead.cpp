#include "core/detail/render_ahead.hpp"

#include <algorithm>
#include <atomic>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/token.hpp>
#include <system_error>
#include <thread>

#include "core/detail/element_text.hpp"

namespace cdk::detail {
namespace {

// Elements are taken this many at a time, so the threads rarely meet on the counter and still
// end close together.
constexpr std::size_t kChunk = 16;
// Fewer elements than this are rendered by this thread alone: starting a thread costs about
// as much as rendering a few elements.
constexpr std::size_t kElementsForHelpers = 2 * kChunk;
// This machine's cores beyond the first, up to this many: the rendering is short, and more
// threads would mostly wait for memory.
constexpr unsigned kMaxHelpers = 3;

std::optional<RenderedAhead> try_render(const CfnElement& element) {
  if (!element.renders_concurrently()) return std::nullopt;
  try {
    RenderedAhead rendered;
    speculation.deferred = &rendered.deferred;
    ResolveContext context(element, element.stack());
    rendered.text = render_fragment_text(element, context);
    speculation.deferred = nullptr;
    return rendered;
  } catch (...) {
    // Refused, or failed: on the synthesizing thread it renders again, and fails there in
    // order if it fails (the same error, or an earlier element's).
    speculation.deferred = nullptr;
    return std::nullopt;
  }
}

class AheadRendering {
 public:
  AheadRendering(const std::vector<const CfnElement*>& elements, const ReplacementOracle& oracle)
      : elements_(elements), oracle_(oracle), rendered_(elements.size()) {}

  // Run by every thread: takes chunks until none is left. Each slot is written by one thread.
  void work() noexcept {
    const Speculating speculating(&oracle_);
    for (;;) {
      const std::size_t start = next_.fetch_add(kChunk, std::memory_order_relaxed);
      if (start >= elements_.size()) return;
      const std::size_t end = std::min(elements_.size(), start + kChunk);
      for (std::size_t i = start; i < end; ++i) rendered_[i] = try_render(*elements_[i]);
    }
  }

  std::vector<std::optional<RenderedAhead>> take() && { return std::move(rendered_); }

 private:
  const std::vector<const CfnElement*>& elements_;
  const ReplacementOracle& oracle_;
  std::vector<std::optional<RenderedAhead>> rendered_;
  std::atomic<std::size_t> next_{0};
};

unsigned helper_count(std::size_t elements) {
  if (elements < kElementsForHelpers) return 0;
  const unsigned cores = std::thread::hardware_concurrency();
  return std::min(cores > 1 ? cores - 1 : 0U, kMaxHelpers);
}

}  // namespace

std::vector<std::optional<RenderedAhead>> render_ahead(
    const std::vector<const CfnElement*>& elements, const ReplacementOracle& oracle) {
  AheadRendering rendering(elements, oracle);
  const unsigned wanted = helper_count(elements.size());
  std::vector<std::jthread> helpers;
  helpers.reserve(wanted);
  for (unsigned i = 0; i < wanted; ++i) {
    try {
      helpers.emplace_back([&rendering] { rendering.work(); });
    } catch (const std::system_error&) {
      break;  // no thread to be had: the ones started and this one do it all
    }
  }
  rendering.work();
  helpers.clear();  // joins
  return std::move(rendering).take();
}

}  // namespace cdk::detail
