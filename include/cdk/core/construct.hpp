#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cdk {

class CfnElement;
class Construct;
class Stack;

/// Where a new construct goes: its parent and its id. Only `Construct::add` can make one, so a
/// construct can't exist outside the tree and its path is known while its constructor runs.
class Scope {
 public:
  Scope(Scope&&) noexcept = default;
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;
  Scope& operator=(Scope&&) = delete;
  ~Scope() = default;

  /// The construct the new one goes under.
  Construct& parent() const noexcept { return *parent_; }
  /// The new construct's id.
  const std::string& id() const noexcept { return id_; }

 private:
  friend class Construct;
  Scope(Construct& parent, std::string id) : parent_(&parent), id_(std::move(id)) {}
  Construct* parent_;
  std::string id_;
};

/// One metadata entry of a construct, in the order it was added.
struct MetadataEntry {
  std::string type{};
  nlohmann::json data{};
};

/// Order of `Node::find_all`.
enum class ConstructOrder { pre_order, post_order };

/// The framework side of a construct (id, path, children, dependencies, validation), kept apart
/// from the construct itself so it can't clash with a resource's own methods.
class Node {
 public:
  /// Produces the problems a construct has, checked just before synthesis.
  using Validation = std::function<std::vector<std::string>()>;

  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  /// The id given by the parent; empty only for the root.
  const std::string& id() const noexcept { return id_; }
  /// The ids from below the root down to this construct, joined by "/".
  const std::string& path() const noexcept { return path_; }
  /// The parent, or nullptr for the root.
  Construct* scope() const noexcept { return scope_; }
  /// The root of the tree (the App).
  Construct& root() const;
  /// Ancestors from the root down to this construct, both included.
  std::vector<Construct*> scopes() const;

  /// Children in creation order.
  std::vector<Construct*> children() const;
  /// Calls `visit(child)` for each child in creation order, without copying the list as
  /// children() does. `visit` must not add children to this node; take children() then.
  template <class Visit>
  void for_each_child(Visit&& visit) const {
    for (Construct* child : visible_) {
      if (child != nullptr) visit(*child);
    }
  }
  /// The child with this id, or nullptr.
  Construct* try_find_child(std::string_view id) const;
  /// The child with this id; throws a ValidationError naming the path if there is none.
  Construct& find_child(std::string_view id) const;
  /// This construct and all below it.
  std::vector<Construct*> find_all(ConstructOrder order = ConstructOrder::pre_order) const;

  /// Adds a metadata entry (rendered in the tree and manifest metadata).
  void add_metadata(std::string type, nlohmann::json data);
  const std::vector<MetadataEntry>& metadata() const noexcept { return metadata_; }

  /// This construct depends on `other`: at synthesis every resource below this one gets a
  /// DependsOn on every resource below `other` (or a stack dependency across stacks).
  void add_dependency(Construct& other);
  const std::vector<Construct*>& dependencies() const noexcept { return dependencies_; }

  /// Registers a check run before synthesis; all problems of the tree are reported at once.
  void add_validation(Validation validation);
  /// Runs this construct's own checks (not its children's).
  std::vector<std::string> validate() const;

  /// Sets a context value visible to this construct and everything below it. Throws once
  /// children exist, because they may already have read the old value.
  void set_context(const std::string& key, nlohmann::json value);
  /// The context value nearest up the tree, or nullptr.
  const nlohmann::json* try_get_context(const std::string& key) const;

  /// Forbids adding children from now on (synthesis locks the tree).
  void lock() noexcept { locked_ = true; }
  /// True if this node or an ancestor is locked.
  bool locked() const;

 private:
  friend class Construct;
  Node(Construct& host, Construct* scope, std::string id);

  std::size_t reserve_child(std::string id);
  void fill_child(std::size_t slot, std::unique_ptr<Construct> child);
  void release_child(std::size_t slot);
  // The slot of the child with this id, if it is taken.
  std::optional<std::size_t> slot_of(std::string_view id) const;

  Construct& host_;
  Construct* scope_;
  std::string id_;
  std::string path_;
  // Slots stay null while a child's constructor runs, so its id is taken but it is not listed.
  std::vector<std::unique_ptr<Construct>> children_;
  // The children as tree walks see them: a child is visible from the moment its Construct base
  // is built, before its own constructor finishes (as in aws-cdk-lib, where a construct can
  // find itself from its stack while it is being built), and gone again if that constructor
  // throws.
  std::vector<Construct*> visible_;
  // Ids by slot ("" once a child's constructor threw, freeing its id). Most constructs have a
  // handful of children, found by a scan; past kIndexedChildren the ids are also indexed.
  std::vector<std::string> child_ids_;
  static constexpr std::size_t kIndexedChildren = 8;
  std::unordered_map<std::string, std::size_t> child_index_;
  std::vector<MetadataEntry> metadata_;
  std::vector<Construct*> dependencies_;
  std::vector<Validation> validations_;
  nlohmann::json context_;  // null until a key is set: an empty object is an allocation
  bool locked_ = false;
  // Set by Stack's constructors: Stack::of walks up the scopes and stops at the first node that
  // has it, without a dynamic_cast per level (30,000 calls per 100 stacks).
  Stack* stack_ = nullptr;
  friend class Stack;
  // Set by CfnElement's constructor, for the same reason: synthesis asks every construct
  // whether it is an element several times.
  CfnElement* element_ = nullptr;
  friend class CfnElement;
};

/// A node of the construct tree. The tree owns every construct; users hold references, which
/// stay valid for as long as the App lives because constructs are never moved or removed.
class Construct {
 public:
  /// A construct without props of its own.
  struct Props {};

  explicit Construct(Scope scope);
  /// A plain grouping construct, as created by `add<cdk::Construct>("id")`.
  Construct(Scope scope, Props /*props*/) : Construct(std::move(scope)) {}
  virtual ~Construct();
  Construct(const Construct&) = delete;
  Construct& operator=(const Construct&) = delete;
  Construct(Construct&&) = delete;
  Construct& operator=(Construct&&) = delete;

  Node& node() noexcept { return node_; }
  const Node& node() const noexcept { return node_; }

  /// Creates a child of type T with this id and props, and returns it.
  template <class T>
  T& add(std::string id, typename T::Props props = {}) {
    static_assert(std::is_base_of_v<Construct, T>, "add<T>: T must derive from cdk::Construct");
    const std::size_t slot = node_.reserve_child(std::move(id));
    try {
      auto child = std::make_unique<T>(Scope(*this, node_.child_ids_[slot]), std::move(props));
      T& ref = *child;
      node_.fill_child(slot, std::move(child));
      return ref;
    } catch (...) {
      node_.release_child(slot);
      throw;
    }
  }

 protected:
  /// For the root of a tree (the App), which has no parent.
  struct RootTag {};
  explicit Construct(RootTag);

 private:
  Node node_;
};

}  // namespace cdk
