#pragma once

#include <cdk/core/cloud_assembly.hpp>
#include <cdk/core/construct.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace cdk {

namespace detail {
class TokenMap;
struct AppState;
}

/// Props of the App, the root of a construct tree.
struct AppProps {
  /// Context values; what the CDK CLI passes overrides them key by key: CDK_CONTEXT_JSON, then
  /// the file named by CONTEXT_OVERFLOW_LOCATION_ENV (its overflow when the context is large).
  nlohmann::json context = nlohmann::json::object();
  /// Where synth() writes the cloud assembly. Default: $CDK_OUTDIR, else "cdk.out". The
  /// directory is replaced whole, so it must be new, empty, an earlier cloud assembly (it has
  /// manifest.json and cdk.out) or hold only the CDK CLI's lock files; else it's an error, as
  /// a mount point is (the new assembly is renamed into its place). A symbolic link is followed
  /// (one to nothing is an error).
  std::string outdir{};
};

/// The root of a construct tree: holds context, owns the token table and synthesizes the cloud
/// assembly. Declare it as a local variable; every construct lives as long as it does.
class App : public Construct {
 public:
  using Props = AppProps;

  explicit App(AppProps props = {});
  ~App() override;

  /// The App at the root of `construct`'s tree.
  static App& of(const Construct& construct);

  /// The directory synth() writes to.
  const std::string& outdir() const noexcept { return outdir_; }

  /// Synthesizes the tree (once) and writes the cloud assembly atomically to outdir(): on error
  /// an existing assembly there is left as it was.
  const CloudAssembly& synth();
  /// Synthesizes the tree (once) without writing anything, e.g. for tests.
  const CloudAssembly& assembly();

  /// Parses `-c key=value`, `--context key=value` and `--context=key=value` from a command
  /// line into a context object (values stay strings, as the CDK CLI passes them).
  static nlohmann::json context_from_arguments(int argc, const char* const* argv);

  /// The App's token table (internal to cdkpp).
  detail::TokenMap& token_map() noexcept;
  const detail::TokenMap& token_map() const noexcept;
  /// The App's internal state: tokens and aspects (internal to cdkpp).
  detail::AppState& state() noexcept { return *state_; }

 private:
  const CloudAssembly& synthesize_once();

  std::unique_ptr<detail::AppState> state_;
  std::string outdir_;
  std::optional<CloudAssembly> assembly_;
};

}  // namespace cdk
