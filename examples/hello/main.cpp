// Synthesizes the hello example into $CDK_OUTDIR (as the CDK CLI sets it) or ./cdk.out.
#include <cdk/core/errors.hpp>
#include <iostream>

#include "hello_stack.hpp"

int main() {
  try {
    cdk::App app;
    hello::add_hello_stack(app);
    app.synth();
    return 0;
  } catch (const cdk::Error& error) {
    std::cerr << "error: " << error.what() << '\n';
    return 1;
  }
}
