// The example's context rules (docs: shared/design/example-app.md, "Context"): defaults, the
// accepted spellings of each key from -c (strings) and cdk.json / CDK_CONTEXT_JSON (JSON values),
// and an error naming key, value and what is allowed for everything else.
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <cdk/core/app.hpp>
#include <optional>
#include <string>

#include "app_config.hpp"

namespace {

using compact_connect::AppConfig;
using compact_connect::ContextError;
using nlohmann::json;

// Context for one test: CDK_CONTEXT_JSON is cleared so only `context` counts.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

AppConfig config_from(json context) {
  ScopedEnv no_env_context("CDK_CONTEXT_JSON", nullptr);
  cdk::App app({.context = std::move(context)});
  return compact_connect::read_app_config(app);
}

// The ContextError thrown for `context`, or a failed test when none is thrown.
std::optional<ContextError> error_from(json context) {
  try {
    config_from(std::move(context));
  } catch (const ContextError& error) {
    return error;
  }
  FAIL("no ContextError thrown");
  return std::nullopt;
}

}  // namespace

TEST_CASE(
    "without context the app is the sandbox with backups and one provider stack",
    "[compact_connect][config]") {
  // WHEN
  const auto config = config_from(json::object());
  // THEN
  CHECK(config.environment_name == "sandbox");
  CHECK(config.backup_enabled);
  CHECK(config.provider_stacks == 1);
  CHECK_FALSE(config.account);
  CHECK_FALSE(config.region);
  CHECK_FALSE(config.env());
  CHECK_FALSE(config.is_prod());
  CHECK(config.removal_policy() == cdk::RemovalPolicy::destroy);
}

TEST_CASE("the backup settings are the fixed ones of the design", "[compact_connect][config]") {
  const auto config = config_from(json::object());
  CHECK(config.backup.backup_account_id == "111122223333");
  CHECK(config.backup.backup_region == "us-west-2");
  CHECK(config.backup.general_vault_name == "CompactConnectBackupVault");
  CHECK(config.backup_policy.delete_after_days == 730);
  CHECK(config.backup_policy.cold_storage_after_days == 30);
  const auto& schedule = config.backup_policy.schedule;
  CHECK(schedule.hour == "3");
  CHECK(schedule.minute == "0");
  CHECK_FALSE(schedule.day);
  CHECK_FALSE(schedule.month);
  CHECK_FALSE(schedule.week_day);
  CHECK_FALSE(schedule.year);
  CHECK(cdk::events::Schedule::cron(schedule).expression_string() == "cron(0 3 * * ? *)");
}

TEST_CASE(
    "prod retains resources, and every other environment destroys them", "[compact_connect][config]") {
  const auto prod = config_from({{"environment_name", "prod"}});
  CHECK(prod.environment_name == "prod");
  CHECK(prod.is_prod());
  CHECK(prod.removal_policy() == cdk::RemovalPolicy::retain);
  const auto other = config_from({{"environment_name", "production"}});
  CHECK_FALSE(other.is_prod());
  CHECK(other.removal_policy() == cdk::RemovalPolicy::destroy);
}

TEST_CASE("environment_name accepts letters, digits and dashes", "[compact_connect][config]") {
  const std::string name =
      GENERATE(as<std::string>{}, "sandbox", "dev-2", "Test123", "a", "-x-", "42");
  CHECK(config_from({{"environment_name", name}}).environment_name == name);
}

TEST_CASE(
    "environment_name rejects other characters, the empty name and non-strings",
    "[compact_connect][config][errors]") {
  const json value = GENERATE(
      json(""),
      json("my_env"),
      json("has space"),
      json("prod!"),
      json("d\xc3\xa9v"),
      json("a/b"),
      json(3),
      json(true),
      json::array({"prod"}));
  const auto error = error_from({{"environment_name", value}});
  REQUIRE(error);
  CHECK(error->key() == "environment_name");
  CHECK(error->value() == (value.is_string() ? value.get<std::string>() : value.dump()));
  CHECK(error->allowed() == "letters, digits and '-' only, not empty");
}

TEST_CASE(
    "backup_enabled accepts JSON booleans and the strings true and false",
    "[compact_connect][config]") {
  CHECK(config_from({{"backup_enabled", true}}).backup_enabled);
  CHECK_FALSE(config_from({{"backup_enabled", false}}).backup_enabled);
  CHECK(config_from({{"backup_enabled", "true"}}).backup_enabled);
  CHECK_FALSE(config_from({{"backup_enabled", "false"}}).backup_enabled);
}

TEST_CASE("backup_enabled rejects every other spelling", "[compact_connect][config][errors]") {
  const json value = GENERATE(
      json("True"),
      json("FALSE"),
      json("1"),
      json("0"),
      json("yes"),
      json("no"),
      json(""),
      json(1),
      json(0),
      json(" true"));
  const auto error = error_from({{"backup_enabled", value}});
  REQUIRE(error);
  CHECK(error->key() == "backup_enabled");
  CHECK(error->allowed() == "true or false");
}

TEST_CASE(
    "provider_stacks accepts whole numbers from 1 to 10000 as strings or JSON integers",
    "[compact_connect][config]") {
  CHECK(config_from({{"provider_stacks", "1"}}).provider_stacks == 1);
  CHECK(config_from({{"provider_stacks", "42"}}).provider_stacks == 42);
  CHECK(config_from({{"provider_stacks", "10000"}}).provider_stacks == 10000);
  CHECK(config_from({{"provider_stacks", 1}}).provider_stacks == 1);
  CHECK(config_from({{"provider_stacks", 3}}).provider_stacks == 3);
  CHECK(config_from({{"provider_stacks", 10000U}}).provider_stacks == 10000);
  CHECK(config_from({{"provider_stacks", json::parse("7")}}).provider_stacks == 7);
}

TEST_CASE(
    "provider_stacks rejects values out of range and anything but digits",
    "[compact_connect][config][errors]") {
  const json value = GENERATE(
      json("0"),
      json("10001"),
      json("-1"),
      json("+3"),
      json("3x"),
      json("1e3"),
      json("3.0"),
      json(" 3"),
      json("3 "),
      json(""),
      json("99999999999999999999"),
      json(0),
      json(10001),
      json(-1),
      json(3.5),
      json::parse("1e3"),
      json::parse("3.0"),
      json(18446744073709551615ULL),
      json(true),
      json("x"));
  const auto error = error_from({{"provider_stacks", value}});
  REQUIRE(error);
  CHECK(error->key() == "provider_stacks");
  CHECK(error->value() == (value.is_string() ? value.get<std::string>() : value.dump()));
  CHECK(error->allowed() == "a whole number from 1 to 10000");
}

TEST_CASE(
    "a context error says key, value and what is allowed, and how to fix it",
    "[compact_connect][config][errors]") {
  ScopedEnv no_env_context("CDK_CONTEXT_JSON", nullptr);
  cdk::App app({.context = {{"provider_stacks", "3x"}}});
  CHECK_THROWS_AS(compact_connect::read_app_config(app), cdk::ValidationError);
  CHECK_THROWS_WITH(
      compact_connect::read_app_config(app),
      "context value provider_stacks=3x is not allowed: provider_stacks must be a whole number "
      "from 1 to 10000\n"
      "    fix: pass -c provider_stacks=<value> (or set it in cdk.json) with a whole number from 1 "
      "to 10000");
}

TEST_CASE(
    "account and region together give the stacks an environment", "[compact_connect][config]") {
  const auto config = config_from({{"account", "123456789012"}, {"region", "us-east-1"}});
  CHECK(config.account == "123456789012");
  CHECK(config.region == "us-east-1");
  REQUIRE(config.env());
  CHECK(config.env()->account == "123456789012");
  CHECK(config.env()->region == "us-east-1");
}

TEST_CASE("account must be 12 digits given as a string", "[compact_connect][config][errors]") {
  const json value = GENERATE(
      json("12345678901"),
      json("1234567890123"),
      json("12345678901a"),
      json(""),
      json(" 123456789012"));
  const auto error = error_from({{"account", value}, {"region", "us-east-1"}});
  REQUIRE(error);
  CHECK(error->key() == "account");
  CHECK(error->allowed() == "a 12-digit AWS account id, set together with region");
}

TEST_CASE(
    "an account given as a JSON number is refused with the reason",
    "[compact_connect][config][errors]") {
  const json value = GENERATE(json(123456789012LL), json(12345678901LL), json(1.5));
  const auto error = error_from({{"account", value}, {"region", "us-east-1"}});
  REQUIRE(error);
  CHECK(error->key() == "account");
  CHECK(error->value() == value.dump());
  CHECK_THAT(
      error->allowed(),
      Catch::Contains("written as a JSON string") &&
          Catch::Contains("a number drops leading zeros"));
}

TEST_CASE("region accepts region names of every partition", "[compact_connect][config]") {
  const std::string region = GENERATE(
      as<std::string>{},
      "us-east-1",
      "eu-central-1",
      "ap-southeast-2",
      "us-gov-west-1",
      "cn-north-1",
      "eu-isoe-west-1",
      "il-central-1");
  CHECK(config_from({{"account", "123456789012"}, {"region", region}}).region == region);
}

TEST_CASE("region rejects what is not a region name", "[compact_connect][config][errors]") {
  const json value = GENERATE(
      json("US-EAST-1"),
      json("us-east"),
      json("useast1"),
      json("us-east-1a"),
      json("us--east-1"),
      json("-us-east-1"),
      json("us-east-"),
      json("u-east-1"),
      json(""),
      json("us-east-1 "),
      json(1));
  const auto error = error_from({{"account", "123456789012"}, {"region", value}});
  REQUIRE(error);
  CHECK(error->key() == "region");
  CHECK(
      error->allowed() ==
      "an AWS region name such as us-east-1 (lowercase), set together with account");
}

TEST_CASE(
    "only one of account and region is an error naming the missing one",
    "[compact_connect][config][errors]") {
  const auto no_region = error_from({{"account", "123456789012"}});
  REQUIRE(no_region);
  CHECK(no_region->key() == "region");
  CHECK(no_region->value() == "<unset>");
  const auto no_account = error_from({{"region", "us-east-1"}});
  REQUIRE(no_account);
  CHECK(no_account->key() == "account");
  CHECK(no_account->value() == "<unset>");
}

TEST_CASE("a JSON null counts as unset", "[compact_connect][config]") {
  const auto config = config_from(
      {{"environment_name", nullptr},
       {"backup_enabled", nullptr},
       {"account", nullptr},
       {"region", nullptr}});
  CHECK(config.environment_name == "sandbox");
  CHECK(config.backup_enabled);
  CHECK_FALSE(config.env());
}

TEST_CASE(
    "JSON values from CDK_CONTEXT_JSON are read like -c strings", "[compact_connect][config]") {
  // GIVEN context as the CDK CLI passes it from cdk.json
  ScopedEnv context(
      "CDK_CONTEXT_JSON",
      R"({"environment_name": "prod", "backup_enabled": false, "provider_stacks": 3,
          "account": "123456789012", "region": "eu-west-1"})");
  // WHEN
  cdk::App app;
  const auto config = compact_connect::read_app_config(app);
  // THEN
  CHECK(config.environment_name == "prod");
  CHECK_FALSE(config.backup_enabled);
  CHECK(config.provider_stacks == 3);
  CHECK(config.region == "eu-west-1");
}

TEST_CASE(
    "environment_name is as long as the names made from it allow",
    "[compact_connect][config][errors]") {
  // GIVEN names that pass the character rule: with backups on, the backup vault name
  // CompactConnect-<environment_name>-BackupVault may have 50 characters; without them the
  // key alias alias/compact-connect-<environment_name>-shared may have 256
  CHECK(config_from({{"environment_name", std::string(23, 'a')}}).environment_name.size() == 23);
  CHECK(
      config_from({{"environment_name", std::string(227, 'a')}, {"backup_enabled", false}})
          .environment_name.size() == 227);
  // THEN one character more is an error naming the key and the name that limits it
  const auto with_backups = error_from({{"environment_name", std::string(24, 'a')}});
  REQUIRE(with_backups);
  CHECK(with_backups->key() == "environment_name");
  CHECK_THAT(
      with_backups->what(),
      Catch::Contains("at most 23 characters") && Catch::Contains("BackupVault") &&
          Catch::Contains("fix:"));
  const auto without =
      error_from({{"environment_name", std::string(228, 'a')}, {"backup_enabled", false}});
  REQUIRE(without);
  CHECK(without->key() == "environment_name");
  CHECK_THAT(without->what(), Catch::Contains("at most 227 characters"));
}

TEST_CASE(
    "a refused value is printed with control characters escaped and cut when long",
    "[compact_connect][config][errors]") {
  // GIVEN a NUL (which would end the C string of the message), an escape sequence and a
  // value of 100,000 bytes
  const auto with_nul = error_from({{"environment_name", std::string("pr\0od", 5)}});
  REQUIRE(with_nul);
  CHECK_THAT(
      with_nul->what(),
      Catch::Contains("environment_name=pr\\x00od is not allowed") && Catch::Contains("fix:"));
  const auto with_escape = error_from({{"region", "a\x1b[31mred"}, {"account", "123456789012"}});
  REQUIRE(with_escape);
  CHECK_THAT(with_escape->what(), Catch::Contains("region=a\\x1b[31mred"));
  CHECK(std::string(with_escape->what()).find('\x1b') == std::string::npos);
  const auto long_value = error_from({{"environment_name", std::string(100000, '_')}});
  REQUIRE(long_value);
  CHECK_THAT(long_value->what(), Catch::Contains("... (100000 bytes) is not allowed"));
  CHECK(std::string(long_value->what()).size() < 1000);
}
