#include "compact_connect_app.hpp"

#include <cdk/core/tags.hpp>
#include <string>

#include "persistent_stack.hpp"
#include "provider_users_stack.hpp"

namespace compact_connect {

AppConfig build_compact_connect(cdk::App& app, const std::filesystem::path& lambda_dir) {
  AppConfig config = read_app_config(app);
  cdk::Tags::of(app).add("project", "compact-connect");
  cdk::Tags::of(app).add("environment", config.environment_name);

  const auto& persistent_stack = app.add<PersistentStack>(
      "PersistentStack", {.config = config, .lambda_dir = lambda_dir});
  for (int i = 1; i <= config.provider_stacks; ++i) {
    app.add<ProviderUsersStack>(
        i == 1 ? std::string("ProviderUsersStack") : "ProviderUsersStack" + std::to_string(i),
        {.config = &config, .persistent_stack = &persistent_stack});
  }
  return config;
}

}  // namespace compact_connect
