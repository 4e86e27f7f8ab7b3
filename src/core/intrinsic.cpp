#include <cdk/core/intrinsic.hpp>

namespace cdk {

nlohmann::ordered_json Intrinsic::resolve(ResolveContext& /*context*/) const { return value_; }

}  // namespace cdk
