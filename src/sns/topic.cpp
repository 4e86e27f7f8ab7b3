#include <cctype>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <cdk/sns/topic.hpp>
#include <string>
#include <vector>

#include "core/detail/hash.hpp"
#include "core/detail/js_length.hpp"
#include "core/detail/uniqueid.hpp"
#include "iam/detail/tokens.hpp"
#include "sns/detail/ssl_statement.hpp"

namespace cdk::sns {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxDisplayNameLength = 100;
constexpr std::size_t kMaxGeneratedNameLength = 251;
constexpr std::size_t kHashLength = 8;

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// aws-cdk-lib's Names.uniqueResourceName(topic, {maxLength: 251, separator: "-"}): the path
// from the nearest top-level stack (by its name) down, readable parts joined by "-", plus
// the 8-hex MD5 of the path.
std::string unique_resource_name(const cdk::Construct& construct) {
  std::vector<std::string> components;
  for (const cdk::Construct* c = &construct; c != nullptr; c = c->node().scope()) {
    if (cdk::Stack::is_stack(*c)) {
      const auto& stack = dynamic_cast<const cdk::Stack&>(*c);
      if (!stack.nested()) {
        components.insert(components.begin(), stack.stack_name());
        break;
      }
    }
    components.insert(components.begin(), c->node().id());
  }
  std::erase(components, std::string("Default"));
  if (components.size() == 1) {
    std::string single = cdk::detail::remove_non_alphanumeric(components.front());
    if (single.size() <= kMaxGeneratedNameLength) return single;
  }
  std::string joined;
  for (std::size_t i = 0; i < components.size(); ++i) joined += (i > 0 ? "/" : "") + components[i];
  std::string hash = cdk::detail::md5_hex(joined).substr(0, kHashLength);
  for (char& c : hash) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string human;
  std::string previous;
  for (const std::string& component : components) {
    const bool duplicate = !previous.empty() && ends_with(previous, component);
    if (!duplicate) previous = component;
    if (duplicate || component == "Resource") continue;
    const std::string part = cdk::detail::remove_non_alphanumeric(component);
    if (!part.empty()) human += part + "-";
  }
  const std::size_t max_human = kMaxGeneratedNameLength - kHashLength;
  if (human.size() > max_human) {
    const std::size_t half = max_human / 2;
    human = human.substr(0, half) + human.substr(human.size() - half);
  }
  return human + hash;
}

void validate_props(const TopicProps& props, const std::string& path) {
  if (props.content_based_deduplication && !props.fifo) {
    throw ValidationError(
        "Content based deduplication can only be enabled for FIFO SNS topics.\n"
        "    fix: set .fifo = true, or drop .content_based_deduplication",
        path);
  }
  if (props.message_retention_period_in_days && !props.fifo) {
    throw ValidationError(
        "`messageRetentionPeriodInDays` is only valid for FIFO SNS topics.\n"
        "    fix: set .fifo = true, or drop .message_retention_period_in_days",
        path);
  }
  if (props.message_retention_period_in_days && (*props.message_retention_period_in_days < 1 ||
                                                 *props.message_retention_period_in_days > 365)) {
    throw ValidationError(
        "`messageRetentionPeriodInDays` must be an integer between 1 and 365 (got " +
            std::to_string(*props.message_retention_period_in_days) +
            ")\n    fix: set .message_retention_period_in_days between 1 and 365",
        path);
  }
  if (!props.signature_version.empty() && !Token::is_unresolved(props.signature_version) &&
      props.signature_version != "1" && props.signature_version != "2") {
    throw ValidationError(
        "signatureVersion must be \"1\" or \"2\", received: \"" + props.signature_version +
            "\"\n    fix: set .signature_version to \"1\" or \"2\"",
        path);
  }
  const std::size_t length = cdk::detail::utf16_length(props.display_name);
  if (!Token::is_unresolved(props.display_name) && length > kMaxDisplayNameLength) {
    throw ValidationError(
        "displayName must be less than or equal to 100 characters, got " + std::to_string(length) +
            "\n    fix: shorten .display_name",
        path);
  }
}

}  // namespace

Topic::Topic(cdk::Scope scope, TopicProps props)
    : ITopic(std::move(scope)),
      master_key_(props.master_key),
      fifo_(props.fifo),
      content_based_deduplication_(props.content_based_deduplication) {
  validate_props(props, node().path());
  std::string cfn_topic_name = props.topic_name;
  if (props.fifo && !props.topic_name.empty() && !ends_with(props.topic_name, ".fifo")) {
    cfn_topic_name = props.topic_name + ".fifo";
  } else if (props.fifo && props.topic_name.empty()) {
    cfn_topic_name = unique_resource_name(*this) + ".fifo";
  }

  Json properties = Json::object();
  if (props.message_retention_period_in_days) {
    properties["ArchivePolicy"] = {
        {"MessageRetentionPeriod", *props.message_retention_period_in_days}};
  }
  if (props.content_based_deduplication) properties["ContentBasedDeduplication"] = true;
  if (!props.display_name.empty()) properties["DisplayName"] = props.display_name;
  if (props.fifo) properties["FifoTopic"] = true;
  if (master_key_ != nullptr) properties["KmsMasterKeyId"] = master_key_->key_arn();
  if (!props.signature_version.empty()) properties["SignatureVersion"] = props.signature_version;
  if (!cfn_topic_name.empty()) properties["TopicName"] = cfn_topic_name;
  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {.properties = std::move(properties), .tagging = cdk::TagSpec{}, .type = "AWS::SNS::Topic"});

  // Physical names for consumers in other environments, as aws-cdk-lib's
  // getResourceArnAttribute/getResourceNameAttribute with physicalName = topic_name.
  const std::string physical_name = props.topic_name;
  auto require_name = [this, physical_name](const char* attribute) {
    if (physical_name.empty()) {
      throw ValidationError(
          std::string("the topic's ") + attribute +
              " is used in a stack of another account or region, so the topic needs a name "
              "known before deployment (got no .topic_name)\n    fix: set .topic_name",
          node().path());
    }
    return physical_name;
  };
  topic_arn_ = Token::as_string(
      *this,
      std::make_shared<cdk::iam::detail::CrossEnvironmentToken>(
          *this, resource_->ref(), [this, require_name] {
            return cdk::Stack::of(*this).format_arn(
                {.resource = require_name("topic_arn"), .service = "sns"});
          }));
  topic_name_ = Token::as_string(
      *this,
      std::make_shared<cdk::iam::detail::CrossEnvironmentToken>(
          *this, resource_->get_att("TopicName"), [require_name] {
            return require_name("topic_name");
          }));

  if (props.enforce_ssl) {
    create_topic_policy();
    policy_->document().add_statements(detail::ssl_statement(topic_arn_));
  }
  node().add_validation([this] {
    return policy_ != nullptr ? policy_->document().validate_for_resource_policy()
                              : std::vector<std::string>{};
  });
}

void Topic::create_topic_policy() {
  if (policy_ == nullptr) policy_ = &add<TopicPolicy>("Policy", {.topics = {this}});
}

cdk::iam::AddToResourcePolicyResult Topic::add_to_resource_policy(
    const cdk::iam::PolicyStatement& statement) {
  create_topic_policy();
  policy_->document().add_statements(statement);
  return {.policy_dependable = policy_, .statement_added = true};
}

cdk::iam::Grant Topic::grant_actions(
    const cdk::iam::IGrantable& grantee,
    const std::vector<std::string>& actions,
    const std::vector<std::string>& key_actions) {
  auto grant = cdk::iam::Grant::add_to_principal_or_resource({
      .actions = actions,
      .grantee = grantee,
      .resource = this,
      .resource_arns = {topic_arn_},
  });
  if (!key_actions.empty() && master_key_ != nullptr) master_key_->grant(grantee, key_actions);
  return grant;
}

cdk::iam::Grant Topic::grant_publish(const cdk::iam::IGrantable& grantee) {
  return grant_actions(grantee, {"sns:Publish"}, {"kms:Decrypt", "kms:GenerateDataKey*"});
}

cdk::iam::Grant Topic::grant_subscribe(const cdk::iam::IGrantable& grantee) {
  return grant_actions(grantee, {"sns:Subscribe"}, {});
}

}  // namespace cdk::sns
