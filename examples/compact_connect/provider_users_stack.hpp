#pragma once

// example-app.md, "Stack ProviderUsersStack": the provider user pool, backed up with the
// persistent stack's key, topic, bucket and backup infrastructure (cross-stack references).
#include <cdk/core/stack.hpp>

#include "app_config.hpp"
#include "persistent_stack.hpp"

namespace compact_connect {

struct ProviderUsersStackProps {
  /// The app's configuration. Required.
  const AppConfig* config = nullptr;
  /// Where the shared resources live. Required.
  const PersistentStack* persistent_stack = nullptr;
};

class ProviderUsersStack : public cdk::Stack {
 public:
  using Props = ProviderUsersStackProps;

  ProviderUsersStack(cdk::Scope scope, ProviderUsersStackProps props);
};

}  // namespace compact_connect
