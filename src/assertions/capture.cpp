#include <fmt/format.h>

#include <atomic>
#include <cdk/assertions/assertion_error.hpp>
#include <cdk/assertions/capture.hpp>
#include <unordered_map>

#include "detail/capture_registry.hpp"
#include "detail/matcher.hpp"

namespace cdk::assertions {
namespace {

using json = nlohmann::ordered_json;

// Ids are never reused, so a pattern that outlived its Capture can't reach a newer one.
std::atomic<std::uint64_t> next_capture_id{1};

std::unordered_map<std::uint64_t, Capture*>& live_captures() {
  thread_local std::unordered_map<std::uint64_t, Capture*> registry;
  return registry;
}

}  // namespace

Capture::Capture() : id_(next_capture_id.fetch_add(1, std::memory_order_relaxed)) {
  live_captures().emplace(id_, this);
}

Capture::Capture(json pattern) : Capture() { pattern_ = std::move(pattern); }

Capture::~Capture() { live_captures().erase(id_); }

json Capture::as_pattern() const {
  json body = {{"kind", "capture"}, {"id", id_}};
  if (pattern_) body["pattern"] = *pattern_;
  return detail::make_tag(std::move(body));
}

bool Capture::next() {
  if (index_ + 1 >= captured_.size()) return false;
  ++index_;
  return true;
}

std::size_t Capture::size() const noexcept { return captured_.size(); }

const json& Capture::as_json() const { return current(); }

std::string Capture::as_string() const {
  if (!current().is_string()) report_incorrect_type("string");
  return current().get<std::string>();
}

double Capture::as_number() const {
  if (!current().is_number()) report_incorrect_type("number");
  return current().get<double>();
}

bool Capture::as_bool() const {
  if (!current().is_boolean()) report_incorrect_type("boolean");
  return current().get<bool>();
}

json Capture::as_array() const {
  if (!current().is_array()) report_incorrect_type("array");
  return current();
}

json Capture::as_object() const {
  if (!current().is_object()) report_incorrect_type("object");
  return current();
}

const json& Capture::current() const {
  if (captured_.empty()) {
    throw AssertionError(
        "No value captured: the Capture's pattern has not been part of a successful match yet");
  }
  return captured_[index_];
}

void Capture::report_incorrect_type(const char* expected) const {
  const json& value = current();
  throw AssertionError(fmt::format(
      "Captured value is expected to be {} but found {}. Value is {}",
      expected,
      value.is_number() ? "number" : value.type_name(),
      value.dump(2, ' ', false, json::error_handler_t::replace)));
}

namespace detail {

bool CaptureAccess::is_live(std::uint64_t id) noexcept { return live_captures().count(id) != 0; }

void CaptureAccess::record(std::uint64_t id, json value) {
  const auto it = live_captures().find(id);
  if (it == live_captures().end()) {
    throw AssertionError(fmt::format("Capture #{} no longer exists on this thread", id));
  }
  it->second->captured_.push_back(std::move(value));
}

}  // namespace detail
}  // namespace cdk::assertions
