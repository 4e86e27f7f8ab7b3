#include "s3/detail/domain.hpp"

#include <array>
#include <cdk/core/stack.hpp>
#include <string_view>
#include <utility>

namespace cdk::s3::detail {

std::string url_suffix(const std::string& region, const cdk::Stack& stack) {
  // aws-cdk-lib 2.276.0's region-info domainSuffix facts.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 47> regions{{
      {"af-south-1", "amazonaws.com"},     {"ap-east-1", "amazonaws.com"},
      {"ap-east-2", "amazonaws.com"},      {"ap-northeast-1", "amazonaws.com"},
      {"ap-northeast-2", "amazonaws.com"}, {"ap-northeast-3", "amazonaws.com"},
      {"ap-south-1", "amazonaws.com"},     {"ap-south-2", "amazonaws.com"},
      {"ap-southeast-1", "amazonaws.com"}, {"ap-southeast-2", "amazonaws.com"},
      {"ap-southeast-3", "amazonaws.com"}, {"ap-southeast-4", "amazonaws.com"},
      {"ap-southeast-5", "amazonaws.com"}, {"ap-southeast-6", "amazonaws.com"},
      {"ap-southeast-7", "amazonaws.com"}, {"ca-central-1", "amazonaws.com"},
      {"ca-west-1", "amazonaws.com"},      {"eu-central-1", "amazonaws.com"},
      {"eu-central-2", "amazonaws.com"},   {"eu-north-1", "amazonaws.com"},
      {"eu-south-1", "amazonaws.com"},     {"eu-south-2", "amazonaws.com"},
      {"eu-west-1", "amazonaws.com"},      {"eu-west-2", "amazonaws.com"},
      {"eu-west-3", "amazonaws.com"},      {"il-central-1", "amazonaws.com"},
      {"me-central-1", "amazonaws.com"},   {"me-south-1", "amazonaws.com"},
      {"me-west-1", "amazonaws.com"},      {"mx-central-1", "amazonaws.com"},
      {"sa-east-1", "amazonaws.com"},      {"us-east-1", "amazonaws.com"},
      {"us-east-2", "amazonaws.com"},      {"us-gov-east-1", "amazonaws.com"},
      {"us-gov-west-1", "amazonaws.com"},  {"us-west-1", "amazonaws.com"},
      {"us-west-2", "amazonaws.com"},      {"cn-north-1", "amazonaws.com.cn"},
      {"cn-northwest-1", "amazonaws.com.cn"}, {"eu-isoe-west-1", "cloud.adc-e.uk"},
      {"eusc-de-east-1", "amazonaws.eu"},  {"us-iso-east-1", "c2s.ic.gov"},
      {"us-iso-west-1", "c2s.ic.gov"},     {"us-isob-east-1", "sc2s.sgov.gov"},
      {"us-isob-west-1", "sc2s.sgov.gov"}, {"us-isof-east-1", "csp.hci.ic.gov"},
      {"us-isof-south-1", "csp.hci.ic.gov"},
  }};
  if (!region.empty()) {
    for (const auto& [name, suffix] : regions) {
      if (name == region) return std::string(suffix);
    }
  }
  return stack.url_suffix();
}

}  // namespace cdk::s3::detail
