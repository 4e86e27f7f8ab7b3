#pragma once

#include <string>

namespace cdk::lambda {

/// The language family of a runtime (aws-cdk-lib's `RuntimeFamily`).
enum class RuntimeFamily { nodejs, java, python, dotnet_core, go, ruby, other };

/// What a runtime supports, for Runtime's constructor.
struct RuntimeOptions {
  /// Whether Code::from_inline may be used. Default: false.
  bool supports_inline_code = false;
};

/// A Lambda runtime (aws-cdk-lib's `Runtime`): the name CloudFormation gets and its family.
class Runtime {
 public:
  /// A runtime by name, e.g. one newer than this library.
  Runtime(std::string name, RuntimeFamily family, RuntimeOptions options = {});

  static Runtime python_3_9();
  static Runtime python_3_10();
  static Runtime python_3_11();
  static Runtime python_3_12();
  static Runtime python_3_13();
  static Runtime python_3_14();
  static Runtime nodejs_18_x();
  static Runtime nodejs_20_x();
  static Runtime nodejs_22_x();
  static Runtime nodejs_24_x();
  static Runtime java_11();
  static Runtime java_17();
  static Runtime java_21();
  static Runtime java_25();
  /// The OS-only runtime on Amazon Linux 2 ("provided.al2").
  static Runtime provided_al2();
  /// The OS-only runtime on Amazon Linux 2023 ("provided.al2023").
  static Runtime provided_al2023();

  /// The name CloudFormation gets, e.g. "python3.12".
  const std::string& name() const noexcept { return name_; }
  RuntimeFamily family() const noexcept { return family_; }
  bool supports_inline_code() const noexcept { return supports_inline_code_; }
  /// Same name and family.
  bool operator==(const Runtime& other) const noexcept {
    return name_ == other.name_ && family_ == other.family_;
  }

 private:
  std::string name_;
  RuntimeFamily family_;
  bool supports_inline_code_;
};

/// The instruction set a function runs on (aws-cdk-lib's `Architecture`).
class Architecture {
 public:
  /// "x86_64" (Lambda's default).
  static Architecture x86_64();
  /// "arm64" (Graviton).
  static Architecture arm_64();
  /// An architecture by name and Docker platform, e.g. one newer than this library.
  static Architecture custom(std::string name, std::string docker_platform);

  /// The name CloudFormation gets: "x86_64", "arm64".
  const std::string& name() const noexcept { return name_; }
  /// The Docker platform: "linux/amd64", "linux/arm64".
  const std::string& docker_platform() const noexcept { return docker_platform_; }
  bool operator==(const Architecture& other) const noexcept { return name_ == other.name_; }

 private:
  Architecture(std::string name, std::string docker_platform)
      : name_(std::move(name)), docker_platform_(std::move(docker_platform)) {}
  std::string name_;
  std::string docker_platform_;
};

}  // namespace cdk::lambda
