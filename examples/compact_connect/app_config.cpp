#include "app_config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cdk/core/construct.hpp>
#include <nlohmann/json.hpp>
#include <string_view>

namespace compact_connect {
namespace {

constexpr std::string_view kEnvironmentNameRule = "letters, digits and '-' only, not empty";
// Names made from environment_name have a length limit: the longest that fits them all.
constexpr std::size_t kMaxEnvironmentNameWithBackups = 23;  // CompactConnect-<env>-BackupVault: 50
constexpr std::size_t kMaxEnvironmentName = 227;  // alias/compact-connect-<env>-shared: 256
constexpr std::string_view kEnvironmentNameWithBackupsRule =
    "at most 23 characters with backups enabled (the backup vault name "
    "CompactConnect-<environment_name>-BackupVault may have 50)";
constexpr std::string_view kEnvironmentNameLengthRule =
    "at most 227 characters (the key alias alias/compact-connect-<environment_name>-shared may "
    "have 256)";
constexpr std::string_view kBackupEnabledRule = "true or false";
constexpr std::string_view kProviderStacksRule = "a whole number from 1 to 10000";
constexpr std::string_view kAccountRule = "a 12-digit AWS account id, set together with region";
constexpr std::string_view kAccountAsNumberRule =
    "a 12-digit AWS account id written as a JSON string (\"123456789012\": a number drops "
    "leading zeros), set together with region";
constexpr std::string_view kRegionRule =
    "an AWS region name such as us-east-1 (lowercase), set together with account";

// A value as it can be printed: control characters escaped (a NUL would end the message, an
// escape sequence would reach the terminal), and a long value cut.
std::string printable(const std::string& value) {
  constexpr std::size_t kShownBytes = 100;
  std::string text;
  for (const char c : value.substr(0, kShownBytes)) {
    const auto byte = static_cast<unsigned char>(c);
    text += byte < 0x20 || byte == 0x7f ? fmt::format("\\x{:02x}", byte) : std::string(1, c);
  }
  if (value.size() > kShownBytes) text += fmt::format("... ({} bytes)", value.size());
  return text;
}

std::string message_for(
    const std::string& key, const std::string& value, const std::string& allowed) {
  return "context value " + key + "=" + printable(value) + " is not allowed: " + key + " must be " +
         allowed + "\n    fix: pass -c " + key + "=<value> (or set it in cdk.json) with " + allowed;
}

// A value as the user wrote it: strings as they are, other JSON as JSON text.
std::string shown(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::string read_string(
    const std::string& key, const nlohmann::json& value, std::string_view rule) {
  if (!value.is_string()) throw ContextError(key, shown(value), std::string(rule));
  return value.get<std::string>();
}

std::string read_environment_name(const nlohmann::json& value) {
  auto name = read_string("environment_name", value, kEnvironmentNameRule);
  const bool valid = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
  });
  if (!valid) throw ContextError("environment_name", name, std::string(kEnvironmentNameRule));
  return name;
}

bool read_backup_enabled(const nlohmann::json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (value == "true") return true;
  if (value == "false") return false;
  throw ContextError("backup_enabled", shown(value), std::string(kBackupEnabledRule));
}

int read_provider_stacks(const nlohmann::json& value) {
  auto fail = [&]() {
    return ContextError("provider_stacks", shown(value), std::string(kProviderStacksRule));
  };
  long long count = 0;
  if (value.is_number_integer()) {  // signed and unsigned JSON integers, not 3.0
    if (value.is_number_unsigned()) {
      const auto unsigned_count = value.get<unsigned long long>();
      count = unsigned_count > max_provider_stacks ? max_provider_stacks + 1
                                                   : static_cast<long long>(unsigned_count);
    } else {
      count = value.get<long long>();
    }
  } else if (value.is_string()) {
    // Digits only: no sign, spaces, decimal point or exponent ("1e3" is not accepted).
    const auto& text = value.get_ref<const std::string&>();
    if (text.empty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), is_digit))
      throw fail();
    count = std::stoll(text);
  } else {
    throw fail();
  }
  if (count < 1 || count > max_provider_stacks) throw fail();
  return static_cast<int>(count);
}

std::string read_account(const nlohmann::json& value) {
  // 123456789012 in cdk.json looks right but is refused: as a JSON number an account id
  // beginning with 0 has already lost its zero. The message says why it is refused.
  if (value.is_number())
    throw ContextError("account", shown(value), std::string(kAccountAsNumberRule));
  auto account = read_string("account", value, kAccountRule);
  if (account.size() != 12 || !std::all_of(account.begin(), account.end(), is_digit)) {
    throw ContextError("account", account, std::string(kAccountRule));
  }
  return account;
}

// Partition-agnostic shape of region names: "us-east-1", "us-gov-west-1", "eu-isoe-west-1",
// "cn-north-1": two letters, one or more '-word' parts, then '-' and digits.
bool is_region_name(const std::string& region) {
  auto last_dash = region.rfind('-');
  if (last_dash == std::string::npos || last_dash + 1 == region.size()) return false;
  if (!std::all_of(
          region.begin() + static_cast<std::ptrdiff_t>(last_dash) + 1, region.end(), is_digit))
    return false;
  std::string_view head(region.data(), last_dash);
  if (head.size() < 4 || !is_lower(head[0]) || !is_lower(head[1]) || head[2] != '-') return false;
  bool previous_dash = true;
  for (char c : head.substr(3)) {
    if (c == '-') {
      if (previous_dash) return false;
      previous_dash = true;
    } else if (is_lower(c)) {
      previous_dash = false;
    } else {
      return false;
    }
  }
  return !previous_dash;
}

std::string read_region(const nlohmann::json& value) {
  auto region = read_string("region", value, kRegionRule);
  if (!is_region_name(region)) throw ContextError("region", region, std::string(kRegionRule));
  return region;
}

}  // namespace

ContextError::ContextError(std::string key, std::string value, std::string allowed)
    : cdk::ValidationError(message_for(key, value, allowed), ""),
      key_(std::move(key)),
      value_(std::move(value)),
      allowed_(std::move(allowed)) {}

std::optional<cdk::Environment> AppConfig::env() const {
  if (!account || !region) return std::nullopt;
  return cdk::Environment{.account = *account, .region = *region};
}

AppConfig read_app_config(const cdk::Construct& scope) {
  // A JSON null (e.g. "account": null in cdk.json) means unset, as an absent key does.
  auto context = [&](const std::string& key) -> const nlohmann::json* {
    const auto* value = scope.node().try_get_context(key);
    return value != nullptr && !value->is_null() ? value : nullptr;
  };
  AppConfig config;
  if (const auto* value = context("environment_name"))
    config.environment_name = read_environment_name(*value);
  if (const auto* value = context("backup_enabled"))
    config.backup_enabled = read_backup_enabled(*value);
  if (const auto* value = context("provider_stacks"))
    config.provider_stacks = read_provider_stacks(*value);
  if (const auto* value = context("account")) config.account = read_account(*value);
  if (const auto* value = context("region")) config.region = read_region(*value);
  const std::size_t max_name_length =
      config.backup_enabled ? kMaxEnvironmentNameWithBackups : kMaxEnvironmentName;
  if (config.environment_name.size() > max_name_length) {
    throw ContextError(
        "environment_name",
        config.environment_name,
        std::string(
            config.backup_enabled ? kEnvironmentNameWithBackupsRule : kEnvironmentNameLengthRule));
  }
  if (config.account && !config.region)
    throw ContextError("region", "<unset>", std::string(kRegionRule));
  if (config.region && !config.account)
    throw ContextError("account", "<unset>", std::string(kAccountRule));
  return config;
}

}  // namespace compact_connect
