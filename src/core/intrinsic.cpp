#include <cdk/core/intrinsic.hpp>
#include <typeinfo>

namespace cdk {

nlohmann::ordered_json Intrinsic::resolve(ResolveContext& /*context*/) const { return value_; }

bool Intrinsic::resolves_concurrently() const noexcept {
  return typeid(*this) == typeid(Intrinsic);
}

}  // namespace cdk
