#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#include "core/detail/app_registry.hpp"
#include "core/detail/app_state.hpp"
#include "core/detail/assembly_writer.hpp"
#include "core/detail/synthesis.hpp"

namespace cdk {
namespace {

// nlohmann copies JSON recursively, and context is copied into the tree: a value nested
// thousands of levels deep would overflow the stack. No real context nests this deep.
constexpr int kMaxContextDepth = 512;

// `input` parsed, or a ValidationError naming `origin` (CDK_CONTEXT_JSON or the file): not
// JSON, a number out of range (1e400), nested too deep.
template <typename Input>
nlohmann::json parse_context(Input&& input, const std::string& origin, std::string_view fix) {
  const auto refuse = [&](std::string_view problem, std::string_view its_fix) {
    return ValidationError(fmt::format("{} {}\n    fix: {}", origin, problem, its_fix), "");
  };
  const auto limit_depth = [&](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (depth > kMaxContextDepth) {
      throw refuse(
          fmt::format("nests JSON deeper than {} levels", kMaxContextDepth),
          fmt::format(
              "keep context values within {} levels of arrays and objects", kMaxContextDepth));
    }
    return true;
  };
  try {
    return nlohmann::json::parse(std::forward<Input>(input), limit_depth);
  } catch (const nlohmann::json::out_of_range& error) {
    throw refuse(
        fmt::format("holds a number no double can hold: {}", error.what()),
        "write the number within the range of a double, or as a string");
  } catch (const nlohmann::json::exception& error) {
    throw refuse(fmt::format("is not valid JSON: {}", error.what()), fix);
  }
}

// Context the CDK CLI hands to the app: CDK_CONTEXT_JSON, then the file it writes when the
// context is too large for the environment; later sources override earlier ones key by key
// (the file last, as aws-cdk-lib 2.276.0's App.loadContext spreads it).
nlohmann::json context_from_environment() {
  nlohmann::json context = nlohmann::json::object();
  auto merge = [&](const nlohmann::json& source, const std::string& origin) {
    if (!source.is_object()) {
      throw ValidationError(
          fmt::format("{} must hold a JSON object (got {})\n    fix: pass {{\"key\": value, ...}}",
                      origin, source.dump()),
          "");
    }
    for (auto it = source.begin(); it != source.end(); ++it) context[it.key()] = it.value();
  };
  if (const char* text = std::getenv("CDK_CONTEXT_JSON"); text != nullptr && *text != '\0') {
    merge(
        parse_context(std::string_view(text), "CDK_CONTEXT_JSON", "set it to a JSON object"),
        "CDK_CONTEXT_JSON");
  }
  if (const char* file = std::getenv("CONTEXT_OVERFLOW_LOCATION_ENV"); file != nullptr && *file != '\0') {
    constexpr const char* kFix =
        "the CDK CLI writes this file when it runs the app; run the app through the CLI again, or "
        "unset CONTEXT_OVERFLOW_LOCATION_ENV";
    std::ifstream in(file);
    if (!in) {
      throw ValidationError(
          fmt::format(
              "cannot read the context file '{}' named by CONTEXT_OVERFLOW_LOCATION_ENV\n    fix: "
              "{}",
              file,
              kFix),
          "");
    }
    const std::string origin = fmt::format("the context file '{}'", file);
    merge(parse_context(in, origin, kFix), origin);
  }
  return context;
}

std::string default_outdir() {
  const char* from_cli = std::getenv("CDK_OUTDIR");
  return from_cli != nullptr && *from_cli != '\0' ? from_cli : "cdk.out";
}

}  // namespace

App::App(AppProps props)
    : Construct(RootTag{}), state_(std::make_unique<detail::AppState>()),
      outdir_(props.outdir.empty() ? default_outdir() : std::move(props.outdir)) {
  if (!props.context.is_null() && !props.context.is_object()) {
    throw ValidationError(
        fmt::format("AppProps.context must be a JSON object (got {})\n    fix: pass {{{{\"key\", value}}}}",
                    props.context.dump()),
        "");
  }
  if (props.context.is_object()) {
    for (auto it = props.context.begin(); it != props.context.end(); ++it) node().set_context(it.key(), it.value());
  }
  auto from_environment = context_from_environment();
  for (auto it = from_environment.begin(); it != from_environment.end(); ++it) {
    node().set_context(it.key(), it.value());
  }
  detail::register_live_app(*this);
}

App::~App() { detail::unregister_live_app(*this); }

App& App::of(const Construct& construct) {
  auto* app = dynamic_cast<App*>(&construct.node().root());
  if (app == nullptr) {
    throw AssumptionError("the root of this construct tree is not a cdk::App", construct.node().path());
  }
  return *app;
}

detail::TokenMap& App::token_map() noexcept { return state_->tokens; }

const detail::TokenMap& App::token_map() const noexcept { return state_->tokens; }

const CloudAssembly& App::synthesize_once() {
  if (!assembly_) assembly_.emplace(detail::synthesize(*this));
  return *assembly_;
}

const CloudAssembly& App::assembly() { return synthesize_once(); }

const CloudAssembly& App::synth() {
  if (assembly_) {
    detail::write_assembly(*assembly_);
    return *assembly_;
  }
  // Files are written while later stacks are still rendered (detail::AssemblyWriter).
  detail::AssemblyWriter writer(outdir_);
  assembly_.emplace(detail::synthesize(*this, &writer));
  writer.finish(*assembly_);
  return *assembly_;
}

nlohmann::json App::context_from_arguments(int argc, const char* const* argv) {
  nlohmann::json context = nlohmann::json::object();
  auto add = [&](const std::string& pair) {
    auto equals = pair.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw ValidationError(
          fmt::format("context argument '{}' is not key=value\n    fix: write -c key=value", pair), "");
    }
    context[pair.substr(0, equals)] = pair.substr(equals + 1);
  };
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument == "-c" || argument == "--context") {
      if (i + 1 >= argc) {
        throw ValidationError(fmt::format("{} needs a key=value after it", argument), "");
      }
      add(argv[++i]);
    } else if (argument.rfind("--context=", 0) == 0) {
      add(argument.substr(10));
    } else if (argument.rfind("-c", 0) == 0 && argument.size() > 2) {
      add(argument.substr(2));
    }
  }
  return context;
}

}  // namespace cdk
