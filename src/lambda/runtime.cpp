#include <cdk/lambda/runtime.hpp>
#include <utility>

namespace cdk::lambda {

Runtime::Runtime(std::string name, RuntimeFamily family, RuntimeOptions options)
    : name_(std::move(name)),
      family_(family),
      supports_inline_code_(options.supports_inline_code) {}

namespace {
Runtime inline_runtime(const char* name, RuntimeFamily family) {
  return {name, family, {.supports_inline_code = true}};
}
}  // namespace

Runtime Runtime::python_3_9() { return inline_runtime("python3.9", RuntimeFamily::python); }
Runtime Runtime::python_3_10() { return inline_runtime("python3.10", RuntimeFamily::python); }
Runtime Runtime::python_3_11() { return inline_runtime("python3.11", RuntimeFamily::python); }
Runtime Runtime::python_3_12() { return inline_runtime("python3.12", RuntimeFamily::python); }
Runtime Runtime::python_3_13() { return inline_runtime("python3.13", RuntimeFamily::python); }
Runtime Runtime::python_3_14() { return inline_runtime("python3.14", RuntimeFamily::python); }
Runtime Runtime::nodejs_18_x() { return inline_runtime("nodejs18.x", RuntimeFamily::nodejs); }
Runtime Runtime::nodejs_20_x() { return inline_runtime("nodejs20.x", RuntimeFamily::nodejs); }
Runtime Runtime::nodejs_22_x() { return inline_runtime("nodejs22.x", RuntimeFamily::nodejs); }
Runtime Runtime::nodejs_24_x() { return inline_runtime("nodejs24.x", RuntimeFamily::nodejs); }
Runtime Runtime::java_11() { return {"java11", RuntimeFamily::java}; }
Runtime Runtime::java_17() { return {"java17", RuntimeFamily::java}; }
Runtime Runtime::java_21() { return {"java21", RuntimeFamily::java}; }
Runtime Runtime::java_25() { return {"java25", RuntimeFamily::java}; }
Runtime Runtime::provided_al2() { return {"provided.al2", RuntimeFamily::other}; }
Runtime Runtime::provided_al2023() { return {"provided.al2023", RuntimeFamily::other}; }

Architecture Architecture::x86_64() { return {"x86_64", "linux/amd64"}; }
Architecture Architecture::arm_64() { return {"arm64", "linux/arm64"}; }
Architecture Architecture::custom(std::string name, std::string docker_platform) {
  return {std::move(name), std::move(docker_platform)};
}

}  // namespace cdk::lambda
