// Which statements a role's DefaultPolicy drops as equal to an earlier one (aws-cdk-lib
// 2.276.0, PolicyDocument._splitDocument without minimizePolicies): the same effect, sid and
// condition, and the same sets of actions, resources and principals, in any order.
#include <catch2/catch.hpp>

#include "iam/detail/equal_statements.hpp"

namespace {

using Json = nlohmann::ordered_json;

std::size_t kept(const Json& first, const Json& second) {
  return cdk::iam::detail::drop_equal_statements({first, second}).size();
}

}  // namespace

TEST_CASE("equal statements: reordered lists are equal, other differences are not", "[iam][policy]") {
  const Json base = {{"Action", {"kms:Decrypt", "kms:Encrypt"}}, {"Effect", "Allow"}, {"Resource", "*"}};

  CHECK(kept(base, {{"Action", {"kms:Encrypt", "kms:Decrypt"}}, {"Effect", "Allow"}, {"Resource", "*"}}) == 1);
  CHECK(kept(base, {{"Action", {"kms:Encrypt", "kms:Decrypt"}}, {"Effect", "Allow"}, {"Resource", {"*"}}}) == 1);
  CHECK(kept(base, {{"Action", {"kms:Decrypt"}}, {"Effect", "Allow"}, {"Resource", "*"}}) == 2);
  CHECK(kept(base, {{"Action", {"kms:Decrypt", "kms:Encrypt"}}, {"Effect", "Deny"}, {"Resource", "*"}}) == 2);
  CHECK(kept(base, {{"Action", {"kms:Decrypt", "kms:Encrypt"}}, {"Effect", "Allow"}, {"NotResource", "*"}}) == 2);
  Json with_sid = base;
  with_sid["Sid"] = "A";
  CHECK(kept(base, with_sid) == 2);
  Json with_condition = base;
  with_condition["Condition"] = {{"Bool", {{"aws:SecureTransport", "true"}}}};
  CHECK(kept(base, with_condition) == 2);
  CHECK(kept(with_condition, with_condition) == 1);
}

TEST_CASE("equal statements: principals compare per kind as sets", "[iam][policy]") {
  const auto statement = [](Json principal) {
    return Json{{"Action", "sqs:SendMessage"}, {"Effect", "Allow"}, {"Principal", std::move(principal)}, {"Resource", "*"}};
  };
  const Json two_accounts = {{"AWS", {"arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:root"}}};

  CHECK(kept(statement(two_accounts),
             statement({{"AWS", {"arn:aws:iam::222222222222:root", "arn:aws:iam::111111111111:root"}}})) == 1);
  CHECK(kept(statement(two_accounts), statement({{"AWS", {"arn:aws:iam::111111111111:root"}}})) == 2);
  CHECK(kept(statement(two_accounts), statement({{"Service", {"arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:root"}}})) == 2);
  CHECK(kept(statement({{"AWS", "*"}}), statement("*")) == 2);
  CHECK(kept(statement("*"), statement("*")) == 1);
  Json without_principal = statement("*");
  without_principal.erase("Principal");
  CHECK(kept(statement("*"), without_principal) == 2);
  Json not_principal = without_principal;
  not_principal["NotPrincipal"] = "*";
  CHECK(kept(statement("*"), not_principal) == 2);
}

TEST_CASE("equal statements: the first of equal statements is kept, in its own order", "[iam][policy]") {
  const Json first = {{"Action", {"s3:GetObject", "s3:PutObject"}}, {"Effect", "Allow"}, {"Resource", "*"}};
  const Json reordered = {{"Action", {"s3:PutObject", "s3:GetObject"}}, {"Effect", "Allow"}, {"Resource", "*"}};
  const Json other = {{"Action", "s3:ListBucket"}, {"Effect", "Allow"}, {"Resource", "*"}};
  const auto result = cdk::iam::detail::drop_equal_statements({first, other, reordered});
  REQUIRE(result.size() == 2);
  CHECK(result[0] == first);
  CHECK(result[1] == other);
}
