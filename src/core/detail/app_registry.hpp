#pragma once

#include <string>
#include <vector>

namespace cdk {
class App;
}

// The Apps alive on this thread, newest last. Tokens made without a construct at hand (an
// intrinsic of literal arguments, a Lazy) need an App's token table; this finds it without a
// process-wide token table, so each App's tokens stay its own.
namespace cdk::detail {

void register_live_app(App& app);
void unregister_live_app(App& app);
/// The App owning the first marker found in `related`, else the newest live App; throws if
/// no App is alive.
App& app_for_new_token(const std::vector<std::string>& related);

}  // namespace cdk::detail
