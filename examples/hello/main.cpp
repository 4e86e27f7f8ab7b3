// Synthesizes the hello example into $CDK_OUTDIR (as the CDK CLI sets it) or ./cdk.out.
#include <exception>
#include <iostream>

#include "hello_stack.hpp"

int main() {
  try {
    cdk::App app;
    hello::add_hello_stack(app);
    app.synth();
    return 0;
  } catch (const std::exception& error) {  // cdk::Error and anything else (no crash, exit 1)
    std::cerr << "error: " << error.what() << '\n';
    return 1;
  }
}
