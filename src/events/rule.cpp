#include <fmt/format.h>

#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tag_manager.hpp>
#include <cdk/core/token.hpp>
#include <cdk/events/rule.hpp>
#include <utility>

#include "core/detail/ascii.hpp"
#include "events/event_pattern.hpp"

namespace cdk::events {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxTargets = 5;
constexpr std::size_t kMaxNameLength = 64;

void validate_rule_name(const std::string& name, const std::string& path) {
  if (name.empty() || Token::is_unresolved(name)) return;
  if (name.size() > kMaxNameLength) {
    throw ValidationError(
        fmt::format(
            "rule_name must be 1 to 64 characters (got {} characters: {})\n    fix: shorten "
            ".rule_name",
            name.size(),
            name),
        path);
  }
  // aws-cdk-lib's /^[\.\-_A-Za-z0-9]+$/ (the name is not empty here)
  if (!cdk::detail::only_alphanumerics_or(name, ".-_")) {
    throw ValidationError(
        fmt::format(
            "rule_name can contain only letters, digits, '.', '-' and '_' (got \"{}\")\n"
            "    fix: drop spaces and other characters from .rule_name",
            name),
        path);
  }
}

// Both dimensions known and different: aws-cdk-lib would add a mirror rule in the target's
// environment, which cdkpp does not do.
bool definitely_different(const std::string& a, const std::string& b) {
  return !Token::is_unresolved(a) && !Token::is_unresolved(b) && a != b;
}

}  // namespace

Rule::Rule(cdk::Scope scope, RuleProps props)
    : IRule(std::move(scope)), rule_name_(std::move(props.rule_name)) {
  validate_rule_name(rule_name_, node().path());
  if (props.schedule) schedule_expression_ = props.schedule->expression_string();

  Json properties = Json::object();
  if (!props.description.empty()) properties["Description"] = props.description;
  properties["EventPattern"] = Lazy::uncached_any(
      *this, [this] { return detail::render_event_pattern(event_pattern_); }, {.concurrent = true});
  if (!rule_name_.empty()) properties["Name"] = rule_name_;
  if (!schedule_expression_.empty()) properties["ScheduleExpression"] = schedule_expression_;
  properties["State"] = props.enabled ? "ENABLED" : "DISABLED";
  properties["Targets"] = Lazy::uncached_any(
      *this,
      [this]() -> Json {
        if (targets_.empty()) return Json(Json::value_t::discarded);
        return Json(targets_);
      },
      {.concurrent = true});
  resource_ = &add<CfnResource>(
      "Resource",
      {
          .properties = std::move(properties),
          .tagging = TagSpec{},
          .type = "AWS::Events::Rule",
      });

  add_event_pattern(props.event_pattern);
  for (IRuleTarget* target : props.targets) {
    if (target != nullptr) add_target(*target);
  }
  node().add_validation([this] { return validate_rule(); });
}

std::string Rule::rule_arn() const { return resource_->get_att("Arn"); }

std::string Rule::rule_name() const { return resource_->ref(); }

void Rule::add_target(IRuleTarget& target) {
  const std::string auto_id = "Target" + std::to_string(targets_.size());
  const RuleTargetConfig config = target.bind(*this, auto_id);
  const std::string id = config.id.empty() ? auto_id : config.id;

  if (config.target_resource != nullptr) {
    const Stack& source = Stack::of(*this);
    const Stack& destination = Stack::of(*config.target_resource);
    if (definitely_different(source.account(), destination.account()) ||
        definitely_different(source.region(), destination.region())) {
      throw ValidationError(
          fmt::format(
              "target {} is in {} but the rule is in {}; cdkpp does not support cross-account or "
              "cross-region targets (got target {})\n"
              "    fix: put the rule in the target's account and region",
              id,
              destination.environment(),
              source.environment(),
              config.target_resource->node().path()),
          node().path());
    }
  }

  const RuleTargetInputProperties input =
      config.input ? config.input->bind(*this) : RuleTargetInputProperties{};
  Json rendered = Json::object();
  rendered["Arn"] = config.arn;
  if (config.dead_letter_config)
    rendered["DeadLetterConfig"] = {{"Arn", config.dead_letter_config->arn}};
  rendered["Id"] = id;
  if (!input.input.empty()) rendered["Input"] = input.input;
  if (!input.input_path.empty()) rendered["InputPath"] = input.input_path;
  if (config.retry_policy) {
    Json retry = Json::object();
    if (config.retry_policy->maximum_event_age_in_seconds) {
      retry["MaximumEventAgeInSeconds"] = *config.retry_policy->maximum_event_age_in_seconds;
    }
    if (config.retry_policy->maximum_retry_attempts) {
      retry["MaximumRetryAttempts"] = *config.retry_policy->maximum_retry_attempts;
    }
    rendered["RetryPolicy"] = std::move(retry);
  }
  if (!config.role_arn.empty()) rendered["RoleArn"] = config.role_arn;
  if (config.sqs_parameters)
    rendered["SqsParameters"] = {{"MessageGroupId", config.sqs_parameters->message_group_id}};
  targets_.push_back(std::move(rendered));
}

void Rule::add_event_pattern(const nlohmann::ordered_json& pattern) {
  detail::merge_event_pattern(event_pattern_, pattern, node().path());
}

std::vector<std::string> Rule::validate_rule() const {
  std::vector<std::string> errors;
  if (event_pattern_.empty() && schedule_expression_.empty()) {
    errors.emplace_back(
        "a rule needs a schedule or an event pattern (got neither)\n"
        "    fix: set .schedule or .event_pattern, or call add_event_pattern");
  }
  if (targets_.size() > kMaxTargets) {
    errors.push_back(fmt::format(
        "a rule can have at most 5 targets (got {})\n    fix: split the targets over several rules",
        targets_.size()));
  }
  return errors;
}

}  // namespace cdk::events
