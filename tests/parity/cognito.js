// Cognito user pools with aws-cdk-lib 2.276.0: the mission app's common pool (example-app.md)
// with both removal policies, the ProviderUsers variant with its custom attributes, a bare
// pool, sign-in aliases, MFA with the SMS role, names, app-level tags and a spread of the other
// props. Each scenario's template text is saved in reference/cognito.json; the C++ twins are in
// tests/cognito/user_pool_parity_test.cpp.
'use strict';
const cdk = require('aws-cdk-lib');
const cognito = require('aws-cdk-lib/aws-cognito');
const iam = require('aws-cdk-lib/aws-iam');
const { newApp, writeRef, templateOf } = require('./_common');

// The common pool of example-app.md ("User pools").
function commonProps(removalPolicy) {
  return {
    removalPolicy,
    deletionProtection: removalPolicy !== cdk.RemovalPolicy.DESTROY,
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    autoVerify: { email: true },
    mfa: cognito.Mfa.REQUIRED,
    mfaSecondFactor: { otp: true, sms: false },
    passwordPolicy: {
      minLength: 12,
      requireDigits: true,
      requireLowercase: true,
      requireUppercase: false,
      requireSymbols: false,
      tempPasswordValidity: cdk.Duration.days(1),
    },
    selfSignUpEnabled: false,
    signInAliases: { email: true },
    signInCaseSensitive: false,
    standardAttributes: { email: { required: true, mutable: true } },
  };
}

function missionPool(stackId, poolId, removalPolicy, extra) {
  const app = newApp();
  const stack = new cdk.Stack(app, stackId);
  const pool = new cognito.UserPool(stack, poolId, Object.assign(commonProps(removalPolicy), extra || {}));
  new cdk.CfnOutput(pool, `${poolId}UserPoolId`, { value: pool.userPoolId });
  return { app, stack };
}

function single(props, configure) {
  const app = newApp();
  const stack = new cdk.Stack(app, 'Stack');
  const pool = new cognito.UserPool(stack, 'Pool', props);
  if (configure) configure({ app, stack, pool });
  return { app, stack };
}

const scenarios = {
  common_destroy: () => missionPool('PersistentStack', 'StaffUsers', cdk.RemovalPolicy.DESTROY),
  common_retain: () => missionPool('PersistentStack', 'StaffUsers', cdk.RemovalPolicy.RETAIN),
  provider_users: () => missionPool('ProviderUsersStack', 'ProviderUsers', cdk.RemovalPolicy.DESTROY, {
    customAttributes: {
      providerId: new cognito.StringAttribute({ mutable: false }),
      compact: new cognito.StringAttribute({ mutable: false }),
    },
  }),
  minimal: () => single(undefined),
  username_email: () => single({ signInAliases: { username: true, email: true } }),
  username_all: () => single({ signInAliases: { username: true, email: true, phone: true, preferredUsername: true } }),
  phone: () => single({ signInAliases: { phone: true } }),
  email_and_phone: () => single({ signInAliases: { email: true, phone: true }, autoVerify: { email: true } }),
  no_aliases: () => single({ signInAliases: {} }),
  mfa_optional_sms: () => single({ mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { sms: true, otp: true }, snsRegion: 'us-east-1' }),
  mfa_required_default_factor: () => single({ mfa: cognito.Mfa.REQUIRED }),
  mfa_required_no_factor: () => single({ mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { sms: false, otp: false } }),
  mfa_off: () => single({ mfa: cognito.Mfa.OFF, mfaSecondFactor: { sms: true, otp: true } }),
  sms_role_forced: () => single({ enableSmsRole: true }),
  sms_role_disabled: () => single({ signInAliases: { phone: true }, enableSmsRole: false }),
  user_pool_name: () => single({ userPoolName: 'my-user-pool', deletionProtection: true }),
  app_tags: () => single({ signInAliases: { phone: true }, userPoolName: 'tagged' }, ({ app }) => {
    cdk.Tags.of(app).add('project', 'compact-connect');
    cdk.Tags.of(app).add('environment', 'sandbox');
  }),
  password_policy_empty: () => single({ passwordPolicy: {} }),
  password_policy_partial: () => single({
    passwordPolicy: { requireSymbols: true, tempPasswordValidity: cdk.Duration.hours(48), passwordHistorySize: 5 },
    featurePlan: cognito.FeaturePlan.ESSENTIALS,
  }),
  attributes: () => single({
    standardAttributes: {
      address: { required: false },
      birthdate: { mutable: false },
      email: { required: true },
      familyName: {},
      fullname: { required: true, mutable: false },
      gender: {},
      givenName: {},
      lastUpdateTime: {},
      locale: {},
      middleName: {},
      nickname: {},
      phoneNumber: { required: true },
      preferredUsername: {},
      profilePage: {},
      profilePicture: {},
      timezone: {},
      website: {},
    },
    customAttributes: {
      zeta: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      alpha: new cognito.NumberAttribute({ min: 1, max: 100 }),
      onlyMax: new cognito.StringAttribute({ maxLen: 2048 }),
      zeroMin: new cognito.StringAttribute({ minLen: 0 }),
      frac: new cognito.NumberAttribute({ min: 0.5 }),
      flag: new cognito.BooleanAttribute({ mutable: false }),
      when: new cognito.DateTimeAttribute(),
    },
  }),
  messages: () => single({
    selfSignUpEnabled: true,
    userVerification: {
      emailStyle: cognito.VerificationEmailStyle.LINK,
      emailSubject: 'Confirm',
      emailBody: 'Click {##Verify Email##} please',
      smsMessage: 'Code {####}',
    },
    userInvitation: { emailSubject: 'Welcome', emailBody: 'Hi {username}, {####}', smsMessage: 'Hi {username} {####}' },
    mfa: cognito.Mfa.OPTIONAL,
    mfaSecondFactor: { sms: false, otp: true },
    mfaMessage: 'Your code is {####}',
  }),
  code_messages: () => single({
    userVerification: { emailSubject: 'Subject', emailBody: 'Body {####}', smsMessage: 'SMS {####}' },
    userInvitation: { emailSubject: 'Only subject' },
  }),
  recovery_and_misc: () => single({
    accountRecovery: cognito.AccountRecovery.PHONE_ONLY_WITHOUT_MFA,
    autoVerify: { phone: true },
    keepOriginal: { email: true, phone: true },
    deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: false },
    signInCaseSensitive: true,
    featurePlan: cognito.FeaturePlan.LITE,
  }),
  recovery_email_and_phone: () => single({ accountRecovery: cognito.AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA }),
  recovery_phone_and_email: () => single({ accountRecovery: cognito.AccountRecovery.PHONE_AND_EMAIL }),
  recovery_none: () => single({ accountRecovery: cognito.AccountRecovery.NONE, autoVerify: {} }),
  nested_path: () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'Stack');
    const group = new cdk.Stack(app, 'Other');
    const scope = new (require('constructs').Construct)(stack, 'Group');
    const pool = new cognito.UserPool(scope, 'Pool', { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: false } });
    new cdk.CfnOutput(stack, 'Id', { value: pool.userPoolId });
    new cdk.CfnOutput(stack, 'Arn', { value: pool.userPoolArn });
    new cdk.CfnOutput(stack, 'ProviderName', { value: pool.userPoolProviderName });
    new cdk.CfnOutput(stack, 'ProviderUrl', { value: pool.userPoolProviderUrl });
    void group;
    return { app, stack };
  },
};

const out = {};
for (const [name, build] of Object.entries(scenarios)) {
  const { app, stack } = build();
  const assembly = app.synth();
  out[name] = templateOf(assembly, stack.artifactId).text;
}

// UserPool.grant: a statement on the pool ARN in the grantee's policy, within one stack and
// from a role in a second stack (the ARN is then exported and imported).
const grants = {
  grant_same_stack: () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'Stack');
    const pool = new cognito.UserPool(stack, 'Pool');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    pool.grant(role, 'cognito-idp:AdminCreateUser', 'cognito-idp:ListUsers');
    pool.grant(role, 'cognito-idp:DescribeUserPool');
    return { app, stacks: [stack] };
  },
  grant_cross_stack: () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'PoolStack');
    const pool = new cognito.UserPool(stack, 'Pool', { mfa: cognito.Mfa.REQUIRED });
    const other = new cdk.Stack(app, 'ConsumerStack');
    const role = new iam.Role(other, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    pool.grant(role, 'cognito-idp:ListUsers');
    return { app, stacks: [stack, other] };
  },
};
const grantTemplates = {};
for (const [name, build] of Object.entries(grants)) {
  const { app, stacks } = build();
  const assembly = app.synth();
  grantTemplates[name] = {};
  for (const stack of stacks) grantTemplates[name][stack.node.path] = templateOf(assembly, stack.artifactId).text;
}

writeRef(__filename, 'cognito', { templates: out, grants: grantTemplates });
