// KMS keys and aliases with aws-cdk-lib 2.276.0: the example app's shared key (alias, rotation,
// the CloudWatch service grant) and backup key (a separate Alias in a nested stack), every Key
// prop, aliases, key-policy statements, and grants to roles in the key's stack, in another stack
// of the app (with and without a stack dependency, same and other account), to accounts and to
// an imported key. Every template of each scenario (nested ones too) is saved as written in
// reference/kms.json, with each validation error's message; the C++ twins are in
// tests/kms/parity_test.cpp.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const { newApp, writeRef, capture } = require('./_common');

function lambdaRole(scope, id, props) {
  return new iam.Role(scope, id, Object.assign({ assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }, props || {}));
}

function sharedKey(stack, env, removalPolicy) {
  const key = new kms.Key(stack, 'SharedEncryptionKey', {
    enableKeyRotation: true,
    description: `Shared encryption key for CompactConnect ${env}`,
    alias: `alias/compact-connect-${env}-shared`,
    removalPolicy,
  });
  key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
  return key;
}

const scenarios = {
  // PersistentStack's SharedEncryptionKey with the app's tags (sandbox: DESTROY).
  shared_key(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    sharedKey(stack, 'sandbox', cdk.RemovalPolicy.DESTROY);
    cdk.Tags.of(app).add('project', 'compact-connect');
    cdk.Tags.of(app).add('environment', 'sandbox');
  },
  // prod: RETAIN, given explicitly.
  shared_key_prod(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    sharedKey(stack, 'prod', cdk.RemovalPolicy.RETAIN);
  },
  // The nested backup stack's key and its separate Alias.
  backup_key_nested(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    const nested = new cdk.NestedStack(stack, 'BackupInfrastructureStack');
    const key = new kms.Key(nested, 'LocalBackupEncryptionKey', {
      enableKeyRotation: true,
      description: 'Local KMS key for CompactConnect sandbox backup encryption',
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    new kms.Alias(nested, 'LocalBackupEncryptionKeyAlias', {
      aliasName: 'alias/compactconnect-sandbox-backup-key',
      targetKey: key,
    });
  },
  // A bare key (RETAIN by default, default key policy only).
  defaults(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new kms.Key(stack, 'Key');
  },
  // Every other prop.
  props(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new kms.Key(stack, 'Disabled', {
      enabled: false,
      pendingWindow: cdk.Duration.days(7),
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      description: 'disabled key',
    });
    new kms.Key(stack, 'Signing', { keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.SIGN_VERIFY, enableKeyRotation: false });
    new kms.Key(stack, 'Hmac', { keySpec: kms.KeySpec.HMAC_256, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC });
    new kms.Key(stack, 'Rotating', { rotationPeriod: cdk.Duration.days(180) });
    new kms.Key(stack, 'Snapshot', { removalPolicy: cdk.RemovalPolicy.SNAPSHOT, pendingWindow: cdk.Duration.days(30) });
  },
  // Aliases: the alias prop, add_alias (twice), a name without the prefix, removal policies,
  // an alias of a key in another construct, outputs of alias attributes.
  aliases(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const key = new kms.Key(stack, 'Key', { alias: 'first' });
    key.addAlias('alias/second');
    key.addAlias('third');
    const group = new cdk.Stack(app, 'Other');
    const alias = new kms.Alias(stack, 'Standalone', {
      aliasName: 'alias/standalone_name:x-1',
      targetKey: key,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    new kms.Alias(stack, 'Retained', { aliasName: 'retained', targetKey: key, removalPolicy: cdk.RemovalPolicy.RETAIN });
    new cdk.CfnOutput(stack, 'AliasName', { value: alias.aliasName });
    new cdk.CfnOutput(stack, 'AliasArn', { value: alias.aliasArn });
    new cdk.CfnOutput(stack, 'KeyId', { value: key.keyId });
    new cdk.CfnOutput(stack, 'KeyArn', { value: key.keyArn });
    new cdk.CfnOutput(group, 'ImportedKeyArn', { value: key.keyArn });
  },
  // Key-policy statements, admins and grants within the key's stack.
  grants_same_stack(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const admin = lambdaRole(stack, 'Admin');
    const key = new kms.Key(stack, 'Key', { admins: [admin] });
    const role = lambdaRole(stack, 'Role');
    key.grantEncryptDecrypt(role);
    key.grantEncrypt(role);
    key.grantDecrypt(lambdaRole(stack, 'Reader'));
    key.grant(lambdaRole(stack, 'Custom'), 'kms:DescribeKey', 'kms:GetPublicKey');
    key.grant(new iam.ServicePrincipal('logs.amazonaws.com'), 'kms:Encrypt*', 'kms:Decrypt*');
    key.grantEncrypt(new iam.AccountPrincipal('123456789012'));
    key.grantDecrypt(new iam.ArnPrincipal('arn:aws:iam::123456789012:role/Other'));
    key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowSns',
      actions: ['kms:Decrypt'],
      resources: ['*'],
      principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
      conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
    }));
  },
  // A Lambda-style role in another stack of the app: only the role's policy changes, with the
  // key ARN imported (ProviderUsersStack's grantEncryptDecrypt).
  grants_cross_stack(app) {
    const keyStack = new cdk.Stack(app, 'PersistentStack');
    const key = sharedKey(keyStack, 'sandbox', cdk.RemovalPolicy.DESTROY);
    const consumer = new cdk.Stack(app, 'ProviderUsersStack');
    key.grantEncryptDecrypt(lambdaRole(consumer, 'ExportLambdaRole'));
  },
  // The grantee stack already depends on the key stack.
  grants_cross_stack_dependency(app) {
    const keyStack = new cdk.Stack(app, 'KeyStack');
    const key = new kms.Key(keyStack, 'Key');
    const consumer = new cdk.Stack(app, 'Consumer');
    consumer.addDependency(keyStack);
    key.grantDecrypt(lambdaRole(consumer, 'Role'));
  },
  // Keys and grantees in other accounts: the key policy names the role (or, when the grantee
  // stack depends on the key stack, its account) on "*".
  grants_cross_account(app) {
    const keyStack = new cdk.Stack(app, 'KeyStack', { env: { account: '111111111111', region: 'us-east-1' } });
    const key = new kms.Key(keyStack, 'Key');
    const other = new cdk.Stack(app, 'OtherAccount', { env: { account: '222222222222', region: 'us-east-1' } });
    key.grantEncryptDecrypt(lambdaRole(other, 'Role', { roleName: 'other-account-role' }));
    const dependent = new cdk.Stack(app, 'Dependent', { env: { account: '333333333333', region: 'us-east-1' } });
    dependent.addDependency(keyStack);
    key.grantDecrypt(lambdaRole(dependent, 'Role', { roleName: 'dependent-role' }));
    const otherRegion = new cdk.Stack(app, 'OtherRegion', { env: { account: '111111111111', region: 'eu-west-1' } });
    key.grantEncrypt(lambdaRole(otherRegion, 'Role', { roleName: 'other-region-role' }));
    const sameEnv = new cdk.Stack(app, 'SameEnv', { env: { account: '111111111111', region: 'us-east-1' } });
    key.grantEncrypt(lambdaRole(sameEnv, 'Role'));
  },
  // Key.fromKeyArn: grants go to the grantee's policy only.
  imported(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const key = kms.Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    const role = lambdaRole(stack, 'Role');
    key.grantEncryptDecrypt(role);
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt');
    new cdk.CfnOutput(stack, 'KeyId', { value: key.keyId });
    new cdk.CfnOutput(stack, 'KeyArn', { value: key.keyArn });
  },
};

function synthesize(build) {
  const app = newApp();
  build(app);
  const assembly = app.synth();
  const templates = {};
  for (const file of fs.readdirSync(assembly.directory).sort()) {
    if (file.endsWith('.template.json')) templates[file] = fs.readFileSync(path.join(assembly.directory, file), 'utf8');
  }
  return { templates };
}

const out = {};
for (const [name, build] of Object.entries(scenarios)) out[name] = synthesize(build);

function inStack(fn) {
  return capture(() => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'S');
    fn(stack);
    app.synth();
  });
}
function aliasNamed(aliasName) {
  return inStack((s) => new kms.Alias(s, 'A', { aliasName, targetKey: new kms.Key(s, 'K') }));
}
const errors = {
  alias_aws_prefix: aliasNamed('alias/aws/mine'),
  alias_aws_prefix_upper: aliasNamed('alias/AWS/mine'),
  alias_empty: aliasNamed('alias/'),
  alias_characters: aliasNamed('alias/has space'),
  alias_too_long: aliasNamed('alias/' + 'a'.repeat(251)),
  key_alias_prop_aws: inStack((s) => new kms.Key(s, 'K', { alias: 'aws/x' })),
  pending_window_short: inStack((s) => new kms.Key(s, 'K', { pendingWindow: cdk.Duration.days(6) })),
  pending_window_long: inStack((s) => new kms.Key(s, 'K', { pendingWindow: cdk.Duration.days(31) })),
  spec_usage: inStack((s) => new kms.Key(s, 'K', { keySpec: kms.KeySpec.ECC_NIST_P256 })),
  rotation_hmac: inStack((s) => new kms.Key(s, 'K', { keySpec: kms.KeySpec.HMAC_256, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC, enableKeyRotation: true })),
  rotation_asymmetric: inStack((s) => new kms.Key(s, 'K', { keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.SIGN_VERIFY, enableKeyRotation: true })),
  rotation_period_disabled: inStack((s) => new kms.Key(s, 'K', { enableKeyRotation: false, rotationPeriod: cdk.Duration.days(100) })),
  rotation_period_range: inStack((s) => new kms.Key(s, 'K', { rotationPeriod: cdk.Duration.days(89) })),
  from_key_arn_malformed: inStack((s) => kms.Key.fromKeyArn(s, 'I', 'arn:aws:kms:us-east-1:111122223333:key')),
  policy_without_principal: inStack((s) => new kms.Key(s, 'K').addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] }))),
};

writeRef(__filename, 'kms', { scenarios: out, errors });
