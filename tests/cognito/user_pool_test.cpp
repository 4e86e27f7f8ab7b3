// cognito::UserPool behaviour and validation, following aws-cdk-lib 2.276.0's
// aws-cognito/lib/user-pool.ts (whole templates are compared in user_pool_parity_test.cpp).
// Error texts are cdkpp's own; each check names the construct path.
//
// Deliberate differences from aws-cdk-lib:
// - custom attribute names are checked (empty, a "custom:" prefix, over Cognito's 20
//   characters, duplicates): aws-cdk-lib renders them and CloudFormation fails at deploy time;
//   a C++ list of pairs can also repeat a name, which a JavaScript object can't;
// - mfa_second_factor.email is always an error: it needs the SES `email` prop, not supported yet.
#include <catch2/catch.hpp>
#include <cdk/assertions/match.hpp>
#include <cdk/assertions/template.hpp>
#include <cdk/cognito/user_pool.hpp>
#include <cdk/core/app.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>

namespace cognito = cdk::cognito;
using cdk::assertions::Match;
using cdk::assertions::Template;
using Json = nlohmann::ordered_json;

namespace {

struct Fixture {
  cdk::App app;
  cdk::Stack& stack = app.add<cdk::Stack>("Stack");

  cognito::UserPool& pool(cognito::UserPoolProps props = {}) {
    return stack.add<cognito::UserPool>("Pool", std::move(props));
  }
  Json properties() {
    return Template::from_stack(stack)
        .find_resources("AWS::Cognito::UserPool")
        .begin()
        .value()
        .at("Properties");
  }
};

}  // namespace

TEST_CASE("a bare user pool is retained and renders aws-cdk-lib's default messages", "[cognito]") {
  // GIVEN a pool with no props
  Fixture f;
  f.pool();
  // WHEN synthesized
  const auto tmpl = Template::from_stack(f.stack);
  // THEN it keeps the pool on delete and has only the default settings
  tmpl.resource_count_is("AWS::Cognito::UserPool", 1);
  tmpl.resource_count_is("AWS::IAM::Role", 0);
  tmpl.has_resource(
      "AWS::Cognito::UserPool",
      {{"UpdateReplacePolicy", "Retain"},
       {"DeletionPolicy", "Retain"},
       {"Properties",
        {{"AdminCreateUserConfig", {{"AllowAdminCreateUserOnly", true}}},
         {"DeletionProtection", Match::absent()},
         {"MfaConfiguration", Match::absent()},
         {"UsernameAttributes", Match::absent()},
         {"AliasAttributes", Match::absent()},
         {"SmsVerificationMessage", "The verification code to your new account is {####}"}}}});
}

TEST_CASE("user pool attributes are Ref and GetAtt tokens of the pool resource", "[cognito]") {
  // GIVEN a pool
  Fixture f;
  auto& pool = f.pool();
  // WHEN its attributes are resolved
  // THEN they point at the resource
  const std::string id = f.stack.get_logical_id(pool.resource());
  CHECK(f.stack.resolve(pool.user_pool_id()) == Json{{"Ref", id}});
  CHECK(f.stack.resolve(pool.user_pool_arn()) == Json{{"Fn::GetAtt", {id, "Arn"}}});
  CHECK(
      f.stack.resolve(pool.user_pool_provider_name()) ==
      Json{{"Fn::GetAtt", {id, "ProviderName"}}});
  CHECK(
      f.stack.resolve(pool.user_pool_provider_url()) == Json{{"Fn::GetAtt", {id, "ProviderURL"}}});
  CHECK(pool.resource().cfn_resource_type() == "AWS::Cognito::UserPool");
  CHECK(pool.sms_role_resource() == nullptr);
}

TEST_CASE("deletion protection renders ACTIVE or INACTIVE and is omitted when unset", "[cognito]") {
  for (const auto& [value, expected] : std::vector<std::pair<std::optional<bool>, Json>>{
           {true, "ACTIVE"}, {false, "INACTIVE"}, {std::nullopt, nullptr}}) {
    // GIVEN a pool with deletion_protection set or not
    Fixture f;
    f.pool({.deletion_protection = value});
    // WHEN synthesized
    const Json props = f.properties();
    // THEN the property follows
    if (expected.is_null()) {
      CHECK_FALSE(props.contains("DeletionProtection"));
    } else {
      CHECK(props.at("DeletionProtection") == expected);
    }
  }
}

TEST_CASE("removal policy destroy deletes the pool", "[cognito]") {
  // GIVEN a pool with RemovalPolicy::destroy
  Fixture f;
  f.pool({.removal_policy = cdk::RemovalPolicy::destroy});
  // WHEN synthesized
  // THEN both policies are Delete
  Template::from_stack(f.stack).has_resource(
      "AWS::Cognito::UserPool", {{"UpdateReplacePolicy", "Delete"}, {"DeletionPolicy", "Delete"}});
}

TEST_CASE("required MFA with otp only creates no SMS role", "[cognito][mfa]") {
  // GIVEN the mission app's MFA settings
  Fixture f;
  auto& pool = f.pool(
      {.mfa = cognito::Mfa::required, .mfa_second_factor = cognito::MfaSecondFactor{.otp = true}});
  // WHEN synthesized
  const Json props = f.properties();
  // THEN only software tokens are enabled and there is no SMS configuration
  CHECK(props.at("MfaConfiguration") == "ON");
  CHECK(props.at("EnabledMfas") == Json::array({"SOFTWARE_TOKEN_MFA"}));
  CHECK_FALSE(props.contains("SmsConfiguration"));
  CHECK(pool.sms_role_resource() == nullptr);
}

TEST_CASE(
    "SMS MFA creates the smsRole before the pool with the pool's unique id as external id",
    "[cognito][mfa]") {
  // GIVEN optional MFA with SMS
  Fixture f;
  auto& pool = f.pool(
      {.mfa = cognito::Mfa::optional, .mfa_second_factor = cognito::MfaSecondFactor{.sms = true}});
  // WHEN synthesized
  const auto tmpl = Template::from_stack(f.stack);
  // THEN the role is created first, as aws-cdk-lib does, and the pool uses it
  REQUIRE(pool.sms_role_resource() != nullptr);
  CHECK(pool.sms_role_resource()->node().path() == "Stack/Pool/smsRole/Resource");
  const Json resources = tmpl.to_json().at("Resources");
  CHECK(resources.begin().key() == "PoolsmsRoleC3352CE6");
  tmpl.has_resource_properties(
      "AWS::Cognito::UserPool",
      {{"EnabledMfas", Json::array({"SMS_MFA"})},
       {"SmsConfiguration",
        Match::exact(
            {{"ExternalId", "StackPool7DFA52F5"},
             {"SnsCallerArn", {{"Fn::GetAtt", {"PoolsmsRoleC3352CE6", "Arn"}}}}})}});
}

TEST_CASE(
    "enable_sms_role false suppresses the role phone sign-in would create", "[cognito][mfa]") {
  // GIVEN phone sign-in without the SMS role
  Fixture f;
  f.pool({.enable_sms_role = false, .sign_in_aliases = cognito::SignInAliases{.phone = true}});
  // WHEN synthesized
  // THEN there is neither a role nor an SMS configuration
  Template::from_stack(f.stack).resource_count_is("AWS::IAM::Role", 0);
  CHECK_FALSE(f.properties().contains("SmsConfiguration"));
}

TEST_CASE(
    "sign-in aliases become alias attributes only with username sign-in", "[cognito][sign-in]") {
  // GIVEN a pool signing in with username and email, and one with email only
  Fixture with_username;
  with_username.pool({.sign_in_aliases = cognito::SignInAliases{.email = true, .username = true}});
  Fixture email_only;
  email_only.pool({.sign_in_aliases = cognito::SignInAliases{.email = true}});
  // WHEN synthesized
  const Json a = with_username.properties();
  const Json b = email_only.properties();
  // THEN email is an alias in the first and the username in the second; both auto-verify it
  CHECK(a.at("AliasAttributes") == Json::array({"email"}));
  CHECK_FALSE(a.contains("UsernameAttributes"));
  CHECK(b.at("UsernameAttributes") == Json::array({"email"}));
  CHECK_FALSE(b.contains("AliasAttributes"));
  CHECK(a.at("AutoVerifiedAttributes") == Json::array({"email"}));
  CHECK(b.at("AutoVerifiedAttributes") == Json::array({"email"}));
}

TEST_CASE(
    "a password policy always gets aws-cdk-lib's minimum length of 8", "[cognito][password]") {
  // GIVEN a password policy that only requires symbols
  Fixture f;
  f.pool({.password_policy = cognito::PasswordPolicy{.require_symbols = true}});
  // WHEN synthesized
  // THEN MinimumLength is 8 and unset requirements are absent
  CHECK(
      f.properties().at("Policies") ==
      Json{{"PasswordPolicy", {{"MinimumLength", 8}, {"RequireSymbols", true}}}});
}

TEST_CASE(
    "custom attributes keep their order and render without the custom: prefix",
    "[cognito][attributes]") {
  // GIVEN the ProviderUsers attributes
  Fixture f;
  f.pool(
      {.custom_attributes = {
           {"providerId", cognito::StringAttribute{.mutable_ = false}},
           {"compact", cognito::StringAttribute{.mutable_ = false}},
       }});
  // WHEN synthesized
  // THEN the schema lists them as written
  CHECK(
      f.properties().at("Schema") ==
      Json::array({
          {{"AttributeDataType", "String"}, {"Mutable", false}, {"Name", "providerId"}},
          {{"AttributeDataType", "String"}, {"Mutable", false}, {"Name", "compact"}},
      }));
}

TEST_CASE("user pools take map-format tags in UserPoolTags", "[cognito][tags]") {
  // GIVEN a tagged pool
  Fixture f;
  auto& pool = f.pool();
  pool.resource().tags()->set_tag("b", "2");
  pool.resource().tags()->set_tag("a", "1");
  // WHEN synthesized
  // THEN the tags are a sorted map
  CHECK(f.properties().at("UserPoolTags") == Json{{"a", "1"}, {"b", "2"}});
  CHECK(pool.resource().tags()->type() == cdk::TagType::map);
}

TEST_CASE("user pool props are validated as aws-cdk-lib does", "[cognito][validation]") {
  using Catch::Contains;
  struct Case {
    const char* name;
    cognito::UserPoolProps props;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"preferred username without username",
       {.sign_in_aliases = cognito::SignInAliases{.preferred_username = true}},
       "preferred_username needs username sign-in"},
      {"temporary password validity over a year",
       {.password_policy =
            cognito::PasswordPolicy{.temp_password_validity = cdk::Duration::days(366)}},
       "cannot be greater than 365 days (got 366 days)"},
      {"temporary password validity in part days",
       {.password_policy =
            cognito::PasswordPolicy{.temp_password_validity = cdk::Duration::hours(36)}},
       "must be a whole number of days (got 36 hours)"},
      {"temporary password validity in fractional days",
       {.password_policy =
            cognito::PasswordPolicy{.temp_password_validity = cdk::Duration::days(1.5)}},
       "must be a whole number of days (got 1.5 days)"},
      {"minimum length below 6",
       {.password_policy = cognito::PasswordPolicy{.min_length = 5}},
       "min_length must be between 6 and 99 (got 5)"},
      {"minimum length above 99",
       {.password_policy = cognito::PasswordPolicy{.min_length = 100}},
       "min_length must be between 6 and 99 (got 100)"},
      {"password history with the lite plan",
       {.feature_plan = cognito::FeaturePlan::lite,
        .password_policy = cognito::PasswordPolicy{.password_history_size = 3}},
       "can't be set with feature_plan lite"},
      {"password history out of range",
       {.password_policy = cognito::PasswordPolicy{.password_history_size = 25}},
       "password_history_size must be between 0 and 24 (got 25)"},
      {"email MFA",
       {.mfa = cognito::Mfa::required,
        .mfa_second_factor = cognito::MfaSecondFactor{.email = true}},
       "mfa_second_factor.email needs an Amazon SES email configuration"},
      {"MFA message without the code",
       {.mfa_message = "no code here"},
       "mfa_message must contain '{####}'"},
      {"MFA message too long",
       {.mfa_message = std::string(140, 'x') + "{####}"},
       "between 6 and 140 characters (got 146 characters)"},
      {"verification email without the code",
       {.user_verification = {.email_body = "hello"}},
       "user_verification.email_body must contain '{####}'"},
      {"verification SMS without the code",
       {.user_verification = {.sms_message = "hello"}},
       "user_verification.sms_message must contain '{####}'"},
      {"link verification email without the link",
       {.user_verification =
            {.email_body = "hello {code}", .email_style = cognito::VerificationEmailStyle::link}},
       "must contain '{##Verify Email##}' in link style"},
      {"negative string min_len",
       {.custom_attributes = {{"a", cognito::StringAttribute{.min_len = -1}}}},
       "min_len cannot be less than 0 (got -1)"},
      {"string max_len over 2048",
       {.custom_attributes = {{"a", cognito::StringAttribute{.max_len = 2049}}}},
       "max_len cannot be greater than 2048 (got 2049)"},
      {"custom attribute with the custom: prefix",
       {.custom_attributes = {{"custom:tier", cognito::StringAttribute{}}}},
       "must not start with \"custom:\" (got \"custom:tier\")"},
      {"empty custom attribute name",
       {.custom_attributes = {{"", cognito::BooleanAttribute{}}}},
       "custom attribute name is empty"},
      {"custom attribute name over 20 characters",
       {.custom_attributes = {{"abcdefghijklmnopqrstu", cognito::DateTimeAttribute{}}}},
       "longer than 20 characters"},
      {"duplicate custom attribute",
       {.custom_attributes =
            {{"a", cognito::NumberAttribute{}}, {"a", cognito::StringAttribute{}}}},
       "custom attribute \"a\" is given twice"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      // GIVEN invalid props
      Fixture f;
      // WHEN the pool is created
      // THEN it throws a ValidationError naming the problem, the path and a fix
      CHECK_THROWS_AS(f.pool(c.props), cdk::ValidationError);
      CHECK_THROWS_WITH(
          f.pool(c.props),
          Contains(c.message) && Contains("at path [Stack/Pool]") && Contains("fix:"));
      // AND nothing is left in the tree
      CHECK(f.stack.node().try_find_child("Pool") == nullptr);
    }
  }
}

TEST_CASE("validation skips messages that are tokens", "[cognito][validation]") {
  // GIVEN messages only known at deploy time
  Fixture f;
  const std::string token = f.stack.region();
  // WHEN the pool is created
  // THEN the template checks don't apply
  CHECK_NOTHROW(f.pool(
      {.mfa_message = token, .user_verification = {.email_body = token, .sms_message = token}}));
}

TEST_CASE("the SMS role is an iam Role trusting cognito-idp with the external id", "[cognito][mfa]") {
  // GIVEN a pool with SMS MFA
  Fixture f;
  auto& pool = f.pool({.mfa = cognito::Mfa::required});
  // THEN its smsRole child is an iam::Role whose trust statement carries the external id
  REQUIRE(pool.sms_role() != nullptr);
  CHECK(pool.sms_role()->node().path() == "Stack/Pool/smsRole");
  CHECK(pool.sms_role_resource() == &pool.sms_role()->resource());
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::IAM::Role",
      {{"AssumeRolePolicyDocument",
        {{"Statement",
          {{{"Action", "sts:AssumeRole"},
            {"Condition", {{"StringEquals", {{"sts:ExternalId", "StackPool7DFA52F5"}}}}},
            {"Principal", {{"Service", "cognito-idp.amazonaws.com"}}}}}}}},
       {"Policies", {{{"PolicyName", "sns-publish"}}}}});
}

TEST_CASE("grant adds the actions on the pool ARN to the grantee's policy", "[cognito][grants]") {
  // GIVEN a pool and a role
  Fixture f;
  auto& pool = f.pool();
  auto& role = f.stack.add<cdk::iam::Role>(
      "Role", {.assumed_by = cdk::iam::ServicePrincipal("lambda.amazonaws.com")});
  // WHEN granting
  const auto grant = pool.grant(role, {"cognito-idp:AdminGetUser"});
  // THEN the role's DefaultPolicy has the statement on the pool ARN
  CHECK(grant.success());
  REQUIRE(grant.principal_statement().has_value());
  CHECK(grant.principal_statement()->resources() == std::vector<std::string>{pool.user_pool_arn()});
  Template::from_stack(f.stack).has_resource_properties(
      "AWS::IAM::Policy",
      {{"PolicyDocument",
        {{"Statement",
          {{{"Action", "cognito-idp:AdminGetUser"},
            {"Effect", "Allow"},
            {"Resource", {{"Fn::GetAtt", {"PoolD3F588B8", "Arn"}}}}}}}}}});
}

TEST_CASE("grant to a service principal adds nothing and is not successful", "[cognito][grants]") {
  Fixture f;
  auto& pool = f.pool();
  const auto grant = pool.grant(cdk::iam::ServicePrincipal("lambda.amazonaws.com"), {"cognito-idp:ListUsers"});
  CHECK_FALSE(grant.success());
  Template::from_stack(f.stack).resource_count_is("AWS::IAM::Policy", 0);
}
