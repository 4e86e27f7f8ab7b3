#include "core/detail/app_registry.hpp"

#include <algorithm>
#include <cdk/core/app.hpp>
#include <cdk/core/errors.hpp>

#include "core/detail/encoding.hpp"
#include "core/detail/token_map.hpp"

namespace cdk::detail {
namespace {

std::vector<App*>& live_apps() {
  thread_local std::vector<App*> apps;
  return apps;
}

}  // namespace

void register_live_app(App& app) { live_apps().push_back(&app); }

void unregister_live_app(App& app) {
  auto& apps = live_apps();
  apps.erase(std::remove(apps.begin(), apps.end(), &app), apps.end());
}

App& app_for_new_token(const std::vector<std::string>& related) {
  auto& apps = live_apps();
  for (const auto& text : related) {
    auto number = first_marker_number(text);
    if (!number) continue;
    for (auto it = apps.rbegin(); it != apps.rend(); ++it) {
      if ((*it)->token_map().lookup(*number) != nullptr) return **it;
    }
  }
  if (apps.empty()) {
    throw ValidationError(
        "a token was created while no cdk::App exists on this thread\n"
        "    fix: create the App before building values with Fn, Lazy or Token",
        "");
  }
  return *apps.back();
}

}  // namespace cdk::detail
