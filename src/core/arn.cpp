#include <cdk/core/arn.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/token.hpp>
#include <fmt/format.h>

namespace cdk {
namespace {

// The ':'-separated parts of an ARN split as text, like JavaScript's arn.split(':'): an ARN that
// merely contains tokens ("arn:aws:s3:::${Token[...]}") is parsed around them (token markers
// hold no ':'), where Fn::split would turn the whole string into one Fn::Split.
std::vector<std::string> split_text(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (auto at = text.find(':'); at != std::string::npos; at = text.find(':', start)) {
    parts.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

// The ':'-separated parts of an ARN that starts with "arn:", after checking the required ones.
std::vector<std::string> literal_parts(const std::string& arn) {
  std::vector<std::string> parts = split_text(arn);
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
  ArnComponents complete = components;
  if (!complete.partition) complete.partition = stack.partition();
  if (!complete.region) complete.region = stack.region();
  if (!complete.account) complete.account = stack.account();
  try {
    return format(complete);
  } catch (const ValidationError& error) {
    throw ValidationError(error.message(), stack.node().path());
  }
}

std::string Arn::format(const ArnComponents& components) {
  if (!components.partition || !components.region || !components.account) {
    std::string missing;
    for (const auto& [name, part] : {std::pair{"partition", &components.partition},
                                     std::pair{"region", &components.region},
                                     std::pair{"account", &components.account}}) {
      if (!*part) missing += std::string(missing.empty() ? "" : ", ") + name;
    }
    throw ValidationError(
        fmt::format(
            "partition, region and account must all be given when no stack is passed (missing: {})\n"
            "    fix: set them in the ArnComponents (\"\" for none), or call stack.format_arn()",
            missing),
        "");
  }
  const ArnFormat format = components.arn_format.value_or(ArnFormat::slash_resource_name);
  const std::string sep = components.sep.value_or(format == ArnFormat::colon_resource_name ? ":" : "/");
  if (sep != "/" && sep != ":" && !sep.empty()) {
    throw ValidationError(
        fmt::format(
            "an ARN's resource separator (sep) may only be ':', '/' or empty (got '{}')\n"
            "    fix: set .arn_format instead of .sep",
            sep),
        "");
  }
  std::string arn = "arn:" + *components.partition + ":" + components.service + ":" + *components.region + ":" +
                    *components.account + ":";
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
    // As in aws-cdk-lib, an empty name before the colons gets no ':' of its own.
    std::string name = out.resource_name && !out.resource_name->empty() ? *out.resource_name + ":" : "";
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
        fmt::format(
            "expected resource type '{}' in ARN, got '{}' in '{}'\n"
            "    fix: pass the ARN of a '{}', or the resource type this ARN has",
            resource_type, parsed.resource, arn, resource_type),
        "");
  }
  if (!parsed.resource_name || parsed.resource_name->empty()) {
    throw ValidationError(
        fmt::format(
            "expected a resource name in ARN, found none: '{}'\n"
            "    fix: pass an ARN of the form arn:partition:service:region:account:{}/name",
            arn, resource_type),
        "");
  }
  return *parsed.resource_name;
}

}  // namespace cdk
