#pragma once

#include <cdk/cognito/user_pool_attr.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace cdk::cognito::detail {

/// The pool's Schema entries as aws-cdk-lib renders them (standard attributes first, then the
/// custom ones in the order given), or a discarded value when there are none. Throws a
/// ValidationError naming `path` for an invalid custom attribute.
nlohmann::ordered_json render_schema(
    const StandardAttributes& standard, const CustomAttributes& custom, const std::string& path);

}  // namespace cdk::cognito::detail
