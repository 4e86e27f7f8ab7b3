#pragma once

#include <memory>
#include <vector>

namespace cdk {

class Construct;

/// Visits constructs before synthesis (e.g. to tag or check them).
class IAspect {
 public:
  virtual ~IAspect() = default;
  /// Called once for every construct in the scope the aspect was added to.
  virtual void visit(Construct& construct) = 0;
};

/// Orders aspects on the same construct: lower runs first (aws-cdk-lib's AspectPriority).
struct AspectPriority {
  static constexpr int mutating = 200;
  static constexpr int readonly = 1000;
  static constexpr int default_priority = 500;
};

/// An aspect with its priority.
struct AspectApplication {
  std::shared_ptr<IAspect> aspect{};
  int priority = AspectPriority::default_priority;
};

/// The aspects of one construct; they apply to it and to everything below it.
class Aspects {
 public:
  /// The aspects of `scope`.
  static Aspects of(Construct& scope);
  /// Adds an aspect to the scope (again adding the same aspect at the same priority does nothing).
  void add(std::shared_ptr<IAspect> aspect, int priority = AspectPriority::default_priority);
  /// The aspects added to this scope, in the order added.
  const std::vector<AspectApplication>& all() const;

 private:
  explicit Aspects(Construct& scope) : scope_(scope) {}
  Construct& scope_;
};

}  // namespace cdk
