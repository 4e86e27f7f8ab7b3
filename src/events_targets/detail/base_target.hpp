#pragma once

#include <cdk/core/duration.hpp>
#include <cdk/events/target.hpp>
#include <optional>

namespace cdk::events_targets::detail {

/// aws-cdk-lib's bindBaseTargetConfig retry policy, shared by every target: one when the
/// retry attempts are given and not negative, or a maximum event age is.
inline std::optional<cdk::events::RetryPolicy> base_retry_policy(
    std::optional<int> retry_attempts, const std::optional<cdk::Duration>& max_event_age) {
  if (!(retry_attempts && *retry_attempts >= 0) && !max_event_age) return std::nullopt;
  cdk::events::RetryPolicy retry;
  if (max_event_age) retry.maximum_event_age_in_seconds = static_cast<int>(max_event_age->to_seconds());
  retry.maximum_retry_attempts = retry_attempts;
  return retry;
}

}  // namespace cdk::events_targets::detail
