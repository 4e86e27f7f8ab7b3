#include "provider_users_stack.hpp"

#include <cdk_constructs/user_pool.hpp>

namespace compact_connect {

ProviderUsersStack::ProviderUsersStack(cdk::Scope scope, ProviderUsersStackProps props)
    : cdk::Stack(std::move(scope), {.env = props.config->env()}) {
  add<cdk_constructs::ProviderUsers>(
      "ProviderUsers",
      {
          .backup = props.persistent_stack->user_pool_backup_options(),
          .removal_policy = props.config->removal_policy(),
      });
}

}  // namespace compact_connect
