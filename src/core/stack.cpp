#include <fmt/format.h>

#include <algorithm>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <functional>

#include "core/detail/app_state.hpp"
#include "core/detail/ascii.hpp"
#include "core/detail/bootstrap.hpp"
#include "core/detail/cross_stack_dependency.hpp"
#include "core/detail/element_text.hpp"
#include "core/detail/js_length.hpp"
#include "core/detail/json_stringify.hpp"
#include "core/detail/same_app.hpp"
#include "core/detail/template_text.hpp"
#include "core/detail/uniqueid.hpp"

namespace cdk {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxStackNameLength = 128;
constexpr std::size_t kMaxDescriptionLength = 512;

// The artifact id names files of the assembly, so aws-cdk-lib replaces every other character
// (each JavaScript character, i.e. UTF-16 code unit) with '_': "My Stack.v2" -> "My_Stack.v2".
std::string sanitize_artifact_id(const std::string& id) {
  std::string out;
  out.reserve(id.size());
  for (const char c : id) {
    const auto byte = static_cast<unsigned char>(c);
    if (detail::is_ascii_alphanumeric(c) || c == '_' || c == '-' || c == '.') {
      out += c;
    } else if ((byte & 0xC0) != 0x80) {  // one '_' per code unit, none for continuation bytes
      out += byte >= 0xF0 ? "__" : "_";
    }
  }
  return out;
}

// aws-cdk-lib's makeStackName: a lone id is used as is (and validated), deeper paths get a
// readable part plus a hash.
std::string make_stack_name(const std::vector<std::string>& ids) {
  if (ids.size() == 1 && detail::utf16_length(ids.front()) <= kMaxStackNameLength) return ids.front();
  return detail::make_unique_resource_name(ids, kMaxStackNameLength);
}

bool valid_stack_name(const std::string& name) {
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (name.empty() || !is_letter(name.front())) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return detail::is_ascii_alphanumeric(c) || c == '-'; });
}

std::vector<std::string> ids_below_root(const Construct& construct) {
  std::vector<std::string> ids;
  for (Construct* scope : construct.node().scopes()) {
    if (scope->node().scope() != nullptr) ids.push_back(scope->node().id());
  }
  return ids;
}

std::string pseudo(const Construct& scope, const char* name) {
  std::string hint = name;
  hint.replace(0, 5, "AWS.");
  return Token::as_string(scope, std::make_shared<Intrinsic>(Json{{"Ref", name}}, hint));
}

void collect_elements(Construct& construct, std::vector<const CfnElement*>& out) {
  construct.node().for_each_child([&out](Construct& child) {
    if (Stack::is_stack(child)) return;  // its elements go in its own template
    if (const auto* element = CfnElement::as_element(child)) out.push_back(element);
    collect_elements(child, out);
  });
}

}  // namespace

Stack::Stack(Scope scope, StackProps props)
    : Construct(std::move(scope)),
      description_(std::move(props.description)),
      env_(std::move(props.env)),
      termination_protection_(props.termination_protection),
      tags_(TagSpec{"Tags", TagType::key_value}) {
  node().stack_ = this;
  // Checks run in aws-cdk-lib's order, so the first problem reported is the same.
  // CloudFormation allows 1024 bytes; aws-cdk-lib assumes up to 2 bytes per character and
  // rejects more than 512 JavaScript characters (UTF-16 code units).
  if (const std::size_t length = detail::utf16_length(description_); length > kMaxDescriptionLength) {
    throw ValidationError(
        fmt::format(
            "stack description must be at most {} characters (got {})\n"
            "    fix: shorten .description (aws-cdk-lib allows {} characters, for CloudFormation's "
            "1024 bytes)",
            kMaxDescriptionLength, length, kMaxDescriptionLength),
        node().path());
  }
  const auto ids = ids_below_root(*this);
  const bool explicit_name = !props.stack_name.empty();
  stack_name_ = explicit_name ? std::move(props.stack_name) : make_stack_name(ids);
  const char* name_fix = explicit_name
                             ? "    fix: change .stack_name"
                             : "    fix: set .stack_name, or give the stack an id of letters, digits and '-' "
                               "that starts with a letter";
  if (const std::size_t length = detail::utf16_length(stack_name_);
      !Token::is_unresolved(stack_name_) && length > kMaxStackNameLength) {
    throw ValidationError(
        fmt::format(
            "stack name must be at most {} characters (got {}: '{}')\n{}", kMaxStackNameLength, length,
            stack_name_, name_fix),
        node().path());
  }
  for (const auto& [key, value] : props.tags) tags_.set_tag(key, value, 50);
  for (const auto& arn : props.notification_arns) {
    if (Token::is_unresolved(arn)) {
      throw ValidationError(
          fmt::format(
              "notification_arns must be literal ARNs, but one is a token: {}\n"
              "    fix: pass the SNS topic ARNs as plain strings",
              arn),
          node().path());
    }
  }
  deploy_notification_arns_ = std::move(props.notification_arns);
  if (!Token::is_unresolved(stack_name_) && !valid_stack_name(stack_name_)) {
    throw ValidationError(
        fmt::format("stack name must match /^[A-Za-z][A-Za-z0-9-]*$/ (got '{}')\n{}", stack_name_, name_fix),
        node().path());
  }
  artifact_id_ = sanitize_artifact_id(make_stack_name(ids));
}

Stack::Stack(Scope scope, StackProps props, NestedTag)
    : Construct(std::move(scope)),
      description_(std::move(props.description)),
      termination_protection_(false),
      tags_(TagSpec{"Tags", TagType::key_value}) {
  node().stack_ = this;
  const Stack& parent = Stack::of(*node().scope());
  env_ = parent.env_;
  auto ids = ids_below_root(*this);
  stack_name_ = make_stack_name(ids);
  artifact_id_ = sanitize_artifact_id(stack_name_);
}

FileAssetLocation Stack::add_file_asset(const FileAssetSource& asset) {
  auto same = [&](const FileAssetSource& existing) { return existing.source_hash == asset.source_hash; };
  if (std::none_of(file_assets_.begin(), file_assets_.end(), same)) file_assets_.push_back(asset);
  return detail::file_asset_location(*this, asset);
}

Stack& Stack::of(const Construct& construct) {
  for (const Construct* current = &construct; current != nullptr; current = current->node().scope()) {
    if (current->node().stack_ != nullptr) return *current->node().stack_;
  }
  throw ValidationError(
      "this construct is not inside a Stack\n"
      "    fix: create it under a cdk::Stack (app.add<cdk::Stack>(...).add<...>(...))",
      construct.node().path());
}

bool Stack::is_stack(const Construct& construct) { return construct.node().stack_ != nullptr; }

std::string Stack::template_file() const { return artifact_id_ + ".template.json"; }

const std::string& Stack::pseudo_token(const char* name) const {
  auto it = pseudo_tokens_.find(std::string_view(name));
  if (it == pseudo_tokens_.end()) it = pseudo_tokens_.emplace(name, pseudo(*this, name)).first;
  return it->second;
}

std::string Stack::account() const {
  if (env_ && !env_->account.empty()) return env_->account;
  return pseudo_token("AWS::AccountId");
}

std::string Stack::region() const {
  if (env_ && !env_->region.empty()) return env_->region;
  return pseudo_token("AWS::Region");
}

std::vector<std::string> Stack::notification_arns() const {
  return Token::as_list(
      App::of(*this), std::make_shared<Intrinsic>(Json{{"Ref", "AWS::NotificationARNs"}}, "AWS.NotificationARNs"));
}

std::string Stack::partition() const { return pseudo_token("AWS::Partition"); }

std::string Stack::url_suffix() const { return pseudo_token("AWS::URLSuffix"); }

std::string Stack::stack_id() const { return pseudo_token("AWS::StackId"); }

bool Stack::environment_agnostic() const noexcept {
  return !env_ || env_->account.empty() || env_->region.empty() ||
         Token::is_unresolved(env_->account) || Token::is_unresolved(env_->region);
}

std::string Stack::environment() const {
  const bool known_account = env_ && !env_->account.empty() && !Token::is_unresolved(env_->account);
  const bool known_region = env_ && !env_->region.empty() && !Token::is_unresolved(env_->region);
  return fmt::format(
      "aws://{}/{}", known_account ? env_->account : "unknown-account",
      known_region ? env_->region : "unknown-region");
}

std::string Stack::format_arn(const ArnComponents& components) const { return Arn::format(components, *this); }

ArnComponents Stack::split_arn(const std::string& arn, ArnFormat format) const { return Arn::split(arn, format); }

std::string Stack::get_logical_id(const CfnElement& element) const { return element.logical_id(); }

std::string Stack::allocate_logical_id(const CfnElement& element) const {
  // The ids below this stack down to the element (none if the element is not below it), as
  // views: every element asks once, and copying the ids showed in profiles.
  std::vector<std::string_view> components;
  const Construct* scope = &element;
  for (; scope != nullptr && scope != this; scope = scope->node().scope())
    components.push_back(scope->node().id());
  if (scope == nullptr) components.clear();
  std::reverse(components.begin(), components.end());
  try {
    return detail::make_unique_id(components);
  } catch (const ValidationError& error) {
    throw ValidationError(error.message(), element.node().path());
  }
}

void Stack::add_dependency(Stack& target, std::string reason) {
  detail::require_same_app(*this, target);
  // aws-cdk-lib silently ignores this; it is always a mistake, so cdkpp reports it.
  if (&target == this) {
    throw ValidationError(
        fmt::format(
            "stack '{}' can't depend on itself ('{}')\n"
            "    fix: remove the add_dependency call, or pass the other stack",
            node().path(), target.node().path()),
        node().path());
  }
  if (nested() || target.nested()) {
    detail::add_cross_stack_dependency(*this, nullptr, target, nullptr, reason);
    return;
  }
  // An edge that is there already changes nothing, and could not close a cycle (it would have
  // when it was added): no need to look for one.
  if (std::find(dependencies_.begin(), dependencies_.end(), &target) != dependencies_.end()) return;
  // A path back from target to this stack would make the new edge close a cycle.
  std::function<bool(const Stack&)> reaches_this = [&](const Stack& from) {
    for (const Stack* next : from.dependencies_) {
      if (next == this || reaches_this(*next)) return true;
    }
    return false;
  };
  if (reaches_this(target)) {
    throw ValidationError(
        fmt::format(
            "'{}' depends on '{}'{}, and '{}' already depends on '{}': that is a cycle\n"
            "    fix: remove one of the dependencies or move the shared resources to a third stack",
            node().path(), target.node().path(), reason.empty() ? "" : " (" + reason + ")",
            target.node().path(), node().path()),
        node().path());
  }
  dependencies_.push_back(&target);
}

void Stack::add_transform(std::string transform) {
  if (std::find(transforms_.begin(), transforms_.end(), transform) == transforms_.end()) {
    transforms_.push_back(std::move(transform));
  }
}

Json Stack::resolve(const Json& value) const {
  ResolveContext context(*this, *this);
  return context.resolve(value);
}

std::string Stack::to_json_string(const Json& value, int space) const {
  return Token::as_string(*this, std::make_shared<detail::JsonStringifyToken>(value, space));
}

std::string Stack::render_template_text() const {
  detail::TemplateText text;
  if (!description_.empty()) text.add_section("Description", description_);
  if (transforms_.size() == 1) text.add_section("Transform", transforms_.front());
  if (transforms_.size() > 1) text.add_section("Transform", transforms_);
  if (!template_format_version_.empty())
    text.add_section("AWSTemplateFormatVersion", template_format_version_);
  if (!template_metadata_.empty()) text.add_section("Metadata", resolve(template_metadata_));

  std::vector<const CfnElement*> elements;
  collect_elements(const_cast<Stack&>(*this), elements);
  auto& prerendered = App::of(*this).state().prerendered;
  for (const CfnElement* element : elements) {
    if (auto it = prerendered.find(element); it != prerendered.end()) {
      text.merge(std::move(it->second), *element);
      prerendered.erase(it);
      continue;
    }
    ResolveContext context(*element, *this);
    detail::FragmentText fragment;
    try {
      fragment = detail::render_fragment_text(*element, context);
    } catch (const Error& error) {
      if (!error.path().empty()) throw;
      throw SynthesisError("while synthesizing: " + error.message(), element->node().path());
    }
    text.merge(std::move(fragment), *element);
  }
  return text.text();
}

// Parsed from the text, so that what tests see is what synthesis writes.
Json Stack::render_template() const { return Json::parse(render_template_text()); }

}  // namespace cdk
