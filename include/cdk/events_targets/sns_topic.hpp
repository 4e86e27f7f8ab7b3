#pragma once

#include <cdk/core/duration.hpp>
#include <cdk/events/input.hpp>
#include <cdk/events/target.hpp>
#include <optional>
#include <string>
#include <utility>

namespace cdk::sns {
class ITopic;
}

namespace cdk::events_targets {

/// Props of an SnsTopic target.
struct SnsTopicProps {
  /// The longest time EventBridge retries an event, 60 seconds to 24 hours. Default: unset
  /// (EventBridge's 24 hours).
  std::optional<cdk::Duration> max_event_age{};
  /// What the topic receives. Default: the whole event.
  std::optional<cdk::events::RuleTargetInput> message{};
  /// How often EventBridge retries, 0 to 185. Default: unset (EventBridge's 185).
  std::optional<int> retry_attempts{};
};

/// Publishes a rule's events to an SNS topic (aws-cdk-lib's events_targets.SnsTopic): binding
/// lets events.amazonaws.com publish through the topic policy (and use the topic's master
/// key). The target only holds the topic; keep it alive until add_target returns.
/// Not supported: authorize_using_role / role, dead-letter queues.
class SnsTopic final : public cdk::events::IRuleTarget {
 public:
  /// `topic` is non-owning.
  explicit SnsTopic(cdk::sns::ITopic& topic, SnsTopicProps props = {})
      : topic_(&topic), props_(std::move(props)) {}

  cdk::events::RuleTargetConfig bind(cdk::events::IRule& rule, const std::string& id) override;

  cdk::sns::ITopic& topic() const noexcept { return *topic_; }

 private:
  cdk::sns::ITopic* topic_;
  SnsTopicProps props_;
};

}  // namespace cdk::events_targets
