#pragma once

#include <cdk/core/aspects.hpp>
#include <unordered_map>
#include <vector>

#include "core/detail/token_map.hpp"

namespace cdk::detail {

/// What an App keeps beside its tree: the token table and the aspects of each construct.
struct AppState {
  TokenMap tokens;
  std::unordered_map<const Construct*, std::vector<AspectApplication>> aspects;
};

}  // namespace cdk::detail
