#include <cdk/core/aws.hpp>
#include <cdk/core/intrinsic.hpp>
#include <memory>

namespace cdk {
namespace {

std::shared_ptr<const IResolvable> pseudo(const char* name) {
  std::string hint = name;
  hint.replace(0, 5, "AWS.");  // "AWS::X" -> "AWS.X"
  return std::make_shared<Intrinsic>(nlohmann::ordered_json{{"Ref", name}}, hint);
}

}  // namespace

std::string Aws::account_id() { return Token::as_string(pseudo("AWS::AccountId")); }
std::string Aws::region() { return Token::as_string(pseudo("AWS::Region")); }
std::string Aws::partition() { return Token::as_string(pseudo("AWS::Partition")); }
std::string Aws::url_suffix() { return Token::as_string(pseudo("AWS::URLSuffix")); }
std::string Aws::stack_name() { return Token::as_string(pseudo("AWS::StackName")); }
std::string Aws::stack_id() { return Token::as_string(pseudo("AWS::StackId")); }
std::string Aws::no_value() { return Token::as_string(pseudo("AWS::NoValue")); }
std::vector<std::string> Aws::notification_arns() {
  return Token::as_list(pseudo("AWS::NotificationARNs"));
}

}  // namespace cdk
