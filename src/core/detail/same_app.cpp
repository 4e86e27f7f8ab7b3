#include "core/detail/same_app.hpp"

#include <fmt/format.h>

#include <cdk/core/errors.hpp>
#include <string>

namespace cdk::detail {
namespace {

std::string shown(const Construct& construct) {
  return construct.node().path().empty() ? "the App" : construct.node().path();
}

}  // namespace

void require_same_app(const Construct& source, const Construct& target) {
  if (&source.node().root() == &target.node().root()) return;
  // aws-cdk-lib refuses the same ("dependency cannot cross stage boundaries").
  throw ValidationError(
      fmt::format(
          "'{}' can't depend on '{}': that construct belongs to another App\n"
          "    fix: add dependencies between constructs of the same App",
          shown(source),
          shown(target)),
      source.node().path());
}

}  // namespace cdk::detail
