#include <fmt/format.h>

#include <cdk/core/construct.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/token.hpp>

#include "core/detail/same_app.hpp"

namespace cdk {
namespace {

std::string describe(const Node& node) { return node.path().empty() ? "the App" : node.path(); }

void collect(Construct& construct, ConstructOrder order, std::vector<Construct*>& out) {
  if (order == ConstructOrder::pre_order) out.push_back(&construct);
  construct.node().for_each_child([&](Construct& child) { collect(child, order, out); });
  if (order == ConstructOrder::post_order) out.push_back(&construct);
}

}  // namespace

Node::Node(Construct& host, Construct* scope, std::string id)
    : host_(host), scope_(scope), id_(std::move(id)) {
  if (scope_ != nullptr) {
    const std::string& parent_path = scope_->node().path();
    path_ = parent_path.empty() ? id_ : parent_path + "/" + id_;
    Node& parent = scope_->node();
    if (auto slot = parent.slot_of(id_)) parent.visible_[*slot] = &host_;
  }
}

Construct& Node::root() const {
  const Node* node = this;
  while (node->scope_ != nullptr) node = &node->scope_->node();
  return node->host_;
}

std::vector<Construct*> Node::scopes() const {
  std::vector<Construct*> chain;
  for (const Node* node = this; node != nullptr;
       node = node->scope_ != nullptr ? &node->scope_->node() : nullptr) {
    chain.push_back(&node->host_);
  }
  return {chain.rbegin(), chain.rend()};
}

std::vector<Construct*> Node::children() const {
  std::vector<Construct*> out;
  out.reserve(visible_.size());
  for (Construct* child : visible_) {
    if (child != nullptr) out.push_back(child);
  }
  return out;
}

std::optional<std::size_t> Node::slot_of(std::string_view id) const {
  if (child_ids_.size() > kIndexedChildren) {
    auto it = child_index_.find(std::string(id));
    if (it == child_index_.end()) return std::nullopt;
    return it->second;
  }
  // From the end: a child being built looks itself up, and it is the latest.
  for (std::size_t slot = child_ids_.size(); slot-- > 0;) {
    if (child_ids_[slot] == id) return slot;
  }
  return std::nullopt;
}

Construct* Node::try_find_child(std::string_view id) const {
  const auto slot = slot_of(id);
  return slot ? visible_[*slot] : nullptr;
}

Construct& Node::find_child(std::string_view id) const {
  if (Construct* child = try_find_child(id)) return *child;
  throw ValidationError(
      fmt::format(
          "no child with id '{}'\n    fix: check the id against node().children()", id),
      path_);
}

std::vector<Construct*> Node::find_all(ConstructOrder order) const {
  std::vector<Construct*> out;
  collect(host_, order, out);
  return out;
}

void Node::add_metadata(std::string type, nlohmann::json data) {
  metadata_.push_back({std::move(type), std::move(data)});
}

void Node::add_dependency(Construct& other) {
  detail::require_same_app(host_, other);
  for (Construct* existing : dependencies_) {
    if (existing == &other) return;
  }
  dependencies_.push_back(&other);
}

void Node::add_validation(Validation validation) {
  if (!validation) {
    throw ValidationError(
        "add_validation got an empty function\n"
        "    fix: pass a function returning the error messages (empty when valid)",
        path());
  }
  validations_.push_back(std::move(validation));
}

std::vector<std::string> Node::validate() const {
  std::vector<std::string> problems;
  for (const auto& validation : validations_) {
    for (auto& problem : validation()) problems.push_back(std::move(problem));
  }
  return problems;
}

void Node::set_context(const std::string& key, nlohmann::json value) {
  if (!child_ids_.empty()) {
    throw ValidationError(
        fmt::format(
            "cannot set context key '{}' after children were added\n"
            "    fix: set context before adding children (for the App, pass it in AppProps)",
            key),
        path_);
  }
  context_[key] = std::move(value);
}

const nlohmann::json* Node::try_get_context(const std::string& key) const {
  for (const Node* node = this; node != nullptr;
       node = node->scope_ != nullptr ? &node->scope_->node() : nullptr) {
    auto it = node->context_.find(key);
    if (it != node->context_.end()) return &*it;
  }
  return nullptr;
}

bool Node::locked() const {
  for (const Node* node = this; node != nullptr;
       node = node->scope_ != nullptr ? &node->scope_->node() : nullptr) {
    if (node->locked_) return true;
  }
  return false;
}

std::size_t Node::reserve_child(std::string id) {
  if (locked()) {
    throw ValidationError(
        fmt::format(
            "cannot add child '{}': the tree is locked because synthesis has started\n"
            "    fix: create every construct before calling app.synth()",
            id),
        path_);
  }
  if (id.empty()) {
    throw ValidationError(
        "a construct id must not be empty (only the App, the root, has an empty id)\n"
        "    fix: give the construct a non-empty id",
        path_);
  }
  if (id.find('/') != std::string::npos) {
    throw ValidationError(
        fmt::format(
            "construct id '{}' contains '/', which separates ids in a path\n"
            "    fix: use another character, e.g. '-'",
            id),
        path_);
  }
  if (Token::is_unresolved(id)) {
    throw ValidationError(
        fmt::format(
            "construct id '{}' contains a token; ids must be known before synthesis\n"
            "    fix: build the id from plain strings",
            id),
        path_);
  }
  if (slot_of(id)) {
    throw ValidationError(
        fmt::format(
            "there is already a construct with id '{}' in {}\n"
            "    fix: give each child of a construct a different id",
            id,
            describe(*this)),
        path_);
  }
  child_ids_.push_back(std::move(id));
  if (child_ids_.size() == kIndexedChildren + 1) {
    for (std::size_t slot = 0; slot < child_ids_.size(); ++slot) {
      if (!child_ids_[slot].empty()) child_index_.emplace(child_ids_[slot], slot);
    }
  } else if (child_ids_.size() > kIndexedChildren + 1) {
    child_index_.emplace(child_ids_.back(), child_ids_.size() - 1);
  }
  children_.emplace_back();
  visible_.push_back(nullptr);
  return children_.size() - 1;
}

void Node::fill_child(std::size_t slot, std::unique_ptr<Construct> child) {
  visible_[slot] = child.get();
  children_[slot] = std::move(child);
}

void Node::release_child(std::size_t slot) {
  child_index_.erase(child_ids_[slot]);
  child_ids_[slot].clear();  // the id is free again
  visible_[slot] = nullptr;
}

Construct::Construct(Scope scope) : node_(*this, scope.parent_, std::move(scope.id_)) {}

Construct::Construct(RootTag) : node_(*this, nullptr, "") {}

Construct::~Construct() = default;

}  // namespace cdk
