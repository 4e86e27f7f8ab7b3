#pragma once

#include <cdk/core/app.hpp>
#include <cdk/core/stack.hpp>

namespace hello {

/// A queue, its policy (which references the queue), a parameter and an output: the first
/// example of cdkpp, and the tree of tests/parity/hello/app.js.
cdk::Stack& add_hello_stack(cdk::App& app);

}  // namespace hello
