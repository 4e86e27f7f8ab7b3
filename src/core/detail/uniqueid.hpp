#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Logical IDs and generated names as pure functions of construct paths, the way aws-cdk-lib
// computes them (private/uniqueid.ts, private/unique-resource-name.ts), so a tree written the
// same way keeps its resources' IDs.
namespace cdk::detail {

/// The logical ID for path components: `Default` is dropped (so refactors can keep IDs),
/// `Resource` is hidden from the readable part, and an 8-hex MD5 of the path is appended
/// unless a single component remains.
std::string make_unique_id(std::span<const std::string_view> components);
std::string make_unique_id(const std::vector<std::string>& components);

/// A name from path components with at most `max_length` characters (stack names).
std::string make_unique_resource_name(
    const std::vector<std::string>& components, std::size_t max_length);

/// Keeps only A-Z, a-z and 0-9.
std::string remove_non_alphanumeric(std::string_view text);

}  // namespace cdk::detail
