#pragma once

#include <string>

namespace cdk {
class Stack;
}

namespace cdk::detail {

/// The text of a stack's metadata file (`<artifact>.metadata.json`): for every construct of the
/// stack, and of the stacks nested in it, that has metadata, its path ("/" first) and its
/// entries, the logical ID of an element first. Written as text, in aws-cdk-lib's layout
/// (JSON.stringify with an indent of 2), without building the document as JSON first.
std::string stack_metadata_text(const Stack& stack);

}  // namespace cdk::detail
