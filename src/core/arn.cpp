#include <cdk/core/arn.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <fmt/format.h>

namespace cdk {
namespace {

// The ':'-separated parts of a literal ARN, after checking it has the required ones.
std::vector<std::string> literal_parts(const std::string& arn) {
  std::vector<std::string> parts = Fn::split(":", arn);
  auto part = [&](std::size_t i) { return i < parts.size() ? parts[i] : std::string(); };
  auto fail = [&](const std::string& what) {
    throw ValidationError(
        fmt::format("{}: '{}'\n    fix: pass an ARN of the form arn:partition:service:region:account:resource", what, arn),
        "");
  };
  if (part(1).empty()) fail("the partition (2nd component) of an ARN is required");
  if (part(2).empty()) fail("the service (3rd component) of an ARN is required");
  if (part(5).empty()) fail("the resource (6th component) of an ARN is required");
  return parts;
}

ArnComponents split_token(const std::string& arn, ArnFormat format) {
  auto parts = Fn::split(":", arn);
  ArnComponents out;
  out.partition = Fn::select(1, parts);
  out.service = Fn::select(2, parts);
  out.region = Fn::select(3, parts);
  out.account = Fn::select(4, parts);
  out.arn_format = format;
  if (format == ArnFormat::no_resource_name || format == ArnFormat::colon_resource_name) {
    out.resource = Fn::select(5, parts);
    if (format == ArnFormat::colon_resource_name) {
      out.resource_name = Fn::select(6, parts);
      out.sep = ":";
    }
    return out;
  }
  auto last = Fn::split("/", Fn::select(5, parts));
  const bool leading_slash = format == ArnFormat::slash_resource_slash_resource_name;
  out.resource = Fn::select(leading_slash ? 1 : 0, last);
  out.resource_name = Fn::select(leading_slash ? 2 : 1, last);
  out.sep = "/";
  return out;
}

}  // namespace

std::string Arn::format(const ArnComponents& components, const Stack& stack) {
  const std::string partition = components.partition.value_or(stack.partition());
  const std::string region = components.region.value_or(stack.region());
  const std::string account = components.account.value_or(stack.account());
  const ArnFormat format = components.arn_format.value_or(ArnFormat::slash_resource_name);
  const std::string sep = components.sep.value_or(format == ArnFormat::colon_resource_name ? ":" : "/");
  if (sep != "/" && sep != ":" && !sep.empty()) {
    throw ValidationError(
        fmt::format("an ARN's resource separator may only be ':', '/' or empty (got '{}')\n"
                    "    fix: set .arn_format instead of .sep",
                    sep),
        stack.node().path());
  }
  std::string arn = "arn:" + partition + ":" + components.service + ":" + region + ":" + account + ":";
  if (format == ArnFormat::slash_resource_slash_resource_name) arn += "/";
  arn += components.resource;
  if (components.resource_name) arn += sep + *components.resource_name;
  return arn;
}

ArnComponents Arn::split(const std::string& arn, ArnFormat format) {
  if (arn.rfind("arn:", 0) != 0) {
    if (Token::is_unresolved(arn)) return split_token(arn, format);
    throw ValidationError(
        fmt::format("ARNs must start with \"arn:\" and have at least 6 components (got '{}')\n"
                    "    fix: pass a whole ARN, or a token of one",
                    arn),
        "");
  }
  auto parts = literal_parts(arn);
  std::vector<std::string> rest(parts.begin() + 6, parts.end());
  const std::string& type_or_name = parts[5];

  ArnComponents out;
  std::size_t start = 0;
  auto slash = type_or_name.find('/');
  ArnFormat detected = ArnFormat::no_resource_name;
  if (slash == 0) {
    slash = type_or_name.find('/', 1);
    start = 1;
    detected = ArnFormat::slash_resource_slash_resource_name;
  }
  if (slash != std::string::npos) {
    if (format == ArnFormat::no_resource_name) {
      slash = std::string::npos;
      detected = ArnFormat::no_resource_name;
    } else {
      out.sep = "/";
      detected = start == 0 ? ArnFormat::slash_resource_name : ArnFormat::slash_resource_slash_resource_name;
    }
  } else if (!rest.empty()) {
    out.sep = ":";
    detected = ArnFormat::colon_resource_name;
  } else {
    detected = ArnFormat::no_resource_name;
  }
  if (slash != std::string::npos) {
    out.resource = type_or_name.substr(start, slash - start);
    out.resource_name = type_or_name.substr(slash + 1);
  } else {
    out.resource = type_or_name;
  }
  if (!rest.empty()) {
    std::string name = out.resource_name ? *out.resource_name + ":" : "";
    for (std::size_t i = 0; i < rest.size(); ++i) name += (i > 0 ? ":" : "") + rest[i];
    out.resource_name = name;
  }
  out.service = parts[2];
  out.partition = parts[1];
  out.region = parts[3];
  out.account = parts[4];
  out.arn_format = detected;
  return out;
}

std::string Arn::extract_resource_name(const std::string& arn, const std::string& resource_type) {
  if (arn.rfind("arn:", 0) != 0 && Token::is_unresolved(arn)) {
    return Fn::select(1, Fn::split(":" + resource_type + "/", arn));
  }
  auto parsed = split(arn, ArnFormat::slash_resource_name);
  if (!Token::is_unresolved(parsed.resource) && parsed.resource != resource_type) {
    throw ValidationError(
        fmt::format("expected resource type '{}' in ARN, got '{}' in '{}'", resource_type, parsed.resource, arn), "");
  }
  if (!parsed.resource_name || parsed.resource_name->empty()) {
    throw ValidationError(fmt::format("expected a resource name in ARN, found none: '{}'", arn), "");
  }
  return *parsed.resource_name;
}

}  // namespace cdk
