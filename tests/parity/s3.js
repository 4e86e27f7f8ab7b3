// aws-cdk-lib 2.276.0 S3 buckets: the mission app's access logs bucket (both removal policies)
// and backup bucket (another stack, a KMS key and access logs bucket from the first), every
// encryption mode, public access blocks, enforceSSL, object ownership and ACLs, lifecycle rules,
// intelligent tiering, object lock, names, resource policies, attributes, grants (same stack,
// across stacks, imported buckets), server access logs with default feature flags (ACL) and with
// @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy, and the inputs aws-cdk-lib rejects.
// Each scenario's template texts are saved in reference/s3.json; the C++ twins are in
// tests/s3/parity_test.cpp.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const { Construct } = require('constructs');
const { newApp, tmpDir, writeRef, capture, templateOf } = require('./_common');

const LOGS_POLICY_FLAG = '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy';

function lambdaRole(scope, id) {
  return new iam.Role(scope, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
}

// The mission app (example-app.md): AccessLogsBucket and SharedEncryptionKey in PersistentStack,
// the BackupBucket of a CognitoUserBackup in ProviderUsersStack, granting write to a Lambda role.
function mission(removalPolicy) {
  return (app) => {
    const persistent = new cdk.Stack(app, 'PersistentStack');
    const key = new kms.Key(persistent, 'SharedEncryptionKey', { enableKeyRotation: true });
    const logs = new s3.Bucket(persistent, 'AccessLogsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE,
      versioned: true,
      removalPolicy,
      intelligentTieringConfigurations: [{ name: 'ArchiveAfter6Mo', archiveAccessTierTime: cdk.Duration.days(180) }],
      lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.INTELLIGENT_TIERING, transitionAfter: cdk.Duration.days(0) }] }],
    });
    logs.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      actions: ['s3:DeleteObject'],
      resources: [logs.arnForObjects('*')],
      principals: [new iam.StarPrincipal()],
    }));
    const users = new cdk.Stack(app, 'ProviderUsersStack');
    const backup = new Construct(users, 'UserPoolBackup');
    const bucket = new s3.Bucket(backup, 'BackupBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: `_logs/${users.account}/${users.region}/${backup.node.path}/BackupBucket`,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      removalPolicy,
      versioned: true,
      lifecycleRules: [{ id: 'MinimizeVersioningCosts', enabled: true, noncurrentVersionExpiration: cdk.Duration.days(1) }],
    });
    bucket.grantWrite(lambdaRole(backup, 'ExportLambdaRole'));
  };
}

const scenarios = {
  mission_destroy: mission(cdk.RemovalPolicy.DESTROY),
  mission_retain: mission(cdk.RemovalPolicy.RETAIN),

  defaults(app) {
    new s3.Bucket(new cdk.Stack(app, 'Stack'), 'Bucket');
  },

  encryption(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'Unencrypted', { encryption: s3.BucketEncryption.UNENCRYPTED });
    new s3.Bucket(stack, 'S3Managed', { encryption: s3.BucketEncryption.S3_MANAGED });
    new s3.Bucket(stack, 'S3ManagedBucketKey', { encryption: s3.BucketEncryption.S3_MANAGED, bucketKeyEnabled: true });
    new s3.Bucket(stack, 'KmsManaged', { encryption: s3.BucketEncryption.KMS_MANAGED });
    new s3.Bucket(stack, 'KmsManagedNoBucketKey', { encryption: s3.BucketEncryption.KMS_MANAGED, bucketKeyEnabled: false });
    new s3.Bucket(stack, 'DsseManaged', { encryption: s3.BucketEncryption.DSSE_MANAGED });
  },

  kms_encryption(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const key = new kms.Key(stack, 'Key');
    new s3.Bucket(stack, 'Kms', { encryption: s3.BucketEncryption.KMS, encryptionKey: key, bucketKeyEnabled: true });
    const implicit = new s3.Bucket(stack, 'KeyOnly', { encryptionKey: key });
    const own = new s3.Bucket(stack, 'OwnKey', { encryption: s3.BucketEncryption.KMS });
    new s3.Bucket(stack, 'Dsse', { encryption: s3.BucketEncryption.DSSE, encryptionKey: key });
    new s3.Bucket(stack, 'DsseOwnKey', { encryption: s3.BucketEncryption.DSSE });
    const role = lambdaRole(stack, 'Role');
    implicit.grantRead(role);
    implicit.grantWrite(role);
    implicit.grantReadWrite(role);
    implicit.grantPut(role);
    implicit.grantDelete(role);
    own.grantReadWrite(role, 'data/*');
    own.grantRead(new iam.ServicePrincipal('events.amazonaws.com'));
  },

  block_public_access(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'All', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
    new s3.Bucket(stack, 'Acls', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS });
    new s3.Bucket(stack, 'AclsOnly', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
    new s3.Bucket(stack, 'Custom', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: true, restrictPublicBuckets: false }) });
  },

  enforce_ssl(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'Ssl', { enforceSSL: true });
    new s3.Bucket(stack, 'Tls', { enforceSSL: true, minimumTLSVersion: 1.2 });
  },

  ownership_and_acl(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'Enforced', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
    new s3.Bucket(stack, 'Preferred', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
    new s3.Bucket(stack, 'Writer', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER });
    new s3.Bucket(stack, 'Private', { accessControl: s3.BucketAccessControl.PRIVATE });
    new s3.Bucket(stack, 'PublicRead', { accessControl: s3.BucketAccessControl.PUBLIC_READ });
    new s3.Bucket(stack, 'OwnerFullControl', { accessControl: s3.BucketAccessControl.BUCKET_OWNER_FULL_CONTROL, objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
    new s3.Bucket(stack, 'LogDelivery', { accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE, objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
  },

  lifecycle(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'Rules', {
      versioned: true,
      transitionDefaultMinimumObjectSize: s3.TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
      lifecycleRules: [
        {
          id: 'Everything',
          enabled: true,
          prefix: 'logs/',
          abortIncompleteMultipartUploadAfter: cdk.Duration.days(7),
          expiration: cdk.Duration.days(3650),
          noncurrentVersionExpiration: cdk.Duration.days(90),
          noncurrentVersionsToRetain: 3,
          noncurrentVersionTransitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(30) },
            { storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(60), noncurrentVersionsToRetain: 2 },
          ],
          transitions: [
            { storageClass: s3.StorageClass.ONE_ZONE_INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(30) },
            { storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: cdk.Duration.days(90) },
            { storageClass: s3.StorageClass.DEEP_ARCHIVE, transitionAfter: cdk.Duration.days(365) },
          ],
          tagFilters: { team: 'a', stage: 'prod' },
          objectSizeGreaterThan: 1024,
          objectSizeLessThan: 1048576,
        },
        { enabled: false, expiredObjectDeleteMarker: true },
        { id: 'Dated', transitions: [{ storageClass: s3.StorageClass.GLACIER, transitionDate: new Date(Date.UTC(2030, 0, 1)) }] },
      ],
    });
    const later = new s3.Bucket(stack, 'Later');
    later.addLifecycleRule({ expiration: cdk.Duration.days(1) });
    later.addLifecycleRule({ abortIncompleteMultipartUploadAfter: cdk.Duration.days(2), prefix: 'tmp/' });
  },

  intelligent_tiering(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'Bucket', {
      intelligentTieringConfigurations: [
        { name: 'ArchiveAfter6Mo', archiveAccessTierTime: cdk.Duration.days(180) },
        {
          name: 'Both',
          prefix: 'data/',
          tags: [{ key: 'tier', value: 'cold' }, { key: 'team', value: 'x' }],
          archiveAccessTierTime: cdk.Duration.days(90),
          deepArchiveAccessTierTime: cdk.Duration.days(180),
        },
      ],
    });
  },

  object_lock(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'Enabled', { objectLockEnabled: true });
    new s3.Bucket(stack, 'Disabled', { objectLockEnabled: false });
    new s3.Bucket(stack, 'Governance', { objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(30)) });
    new s3.Bucket(stack, 'Compliance', { objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.compliance(cdk.Duration.days(365)) });
  },

  names_and_removal(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new s3.Bucket(stack, 'Named', { bucketName: 'my.bucket-name-1' });
    new s3.Bucket(stack, 'TokenName', { bucketName: `${stack.account}-bucket` });
    new s3.Bucket(stack, 'Destroy', { removalPolicy: cdk.RemovalPolicy.DESTROY });
    new s3.Bucket(stack, 'Retain', { removalPolicy: cdk.RemovalPolicy.RETAIN });
    new s3.Bucket(stack, 'RetainOnUpdateOrDelete', { removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE });
  },

  resource_policy(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const bucket = new s3.Bucket(stack, 'Bucket');
    const result = bucket.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [bucket.arnForObjects('public/*')],
      principals: [new iam.AnyPrincipal()],
    }));
    bucket.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AccountRead',
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      principals: [new iam.AccountPrincipal('111122223333')],
      conditions: { StringLike: { 's3:prefix': ['public/*'] } },
    }));
    // A resource that needs the policy in place first.
    const user = new cdk.CfnResource(stack, 'User', { type: 'AWS::SQS::Queue' });
    user.node.addDependency(result.policyDependable);
  },

  attributes(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const bucket = new s3.Bucket(stack, 'Bucket');
    const outputs = {
      Arn: bucket.bucketArn,
      Name: bucket.bucketName,
      DomainName: bucket.bucketDomainName,
      RegionalDomainName: bucket.bucketRegionalDomainName,
      DualStackDomainName: bucket.bucketDualStackDomainName,
      WebsiteUrl: bucket.bucketWebsiteUrl,
      WebsiteDomainName: bucket.bucketWebsiteDomainName,
      ObjectsArn: bucket.arnForObjects('a/*'),
      Url: bucket.urlForObject('dir/key.txt'),
      S3Url: bucket.s3UrlForObject('key.txt'),
      VirtualHostedUrl: bucket.virtualHostedUrlForObject('key.txt'),
    };
    for (const [id, value] of Object.entries(outputs)) new cdk.CfnOutput(stack, id, { value });
    const consumer = new cdk.Stack(app, 'Consumer');
    new cdk.CfnOutput(consumer, 'RemoteName', { value: bucket.bucketName });
    new cdk.CfnOutput(consumer, 'RemoteArn', { value: bucket.bucketArn });
    new cdk.CfnOutput(consumer, 'RemoteRegionalDomainName', { value: bucket.bucketRegionalDomainName });
  },

  grants(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const bucket = new s3.Bucket(stack, 'Bucket');
    const reader = lambdaRole(stack, 'Reader');
    bucket.grantRead(reader);
    bucket.grantRead(reader, 'reports/*');
    const writer = lambdaRole(stack, 'Writer');
    bucket.grantWrite(writer);
    bucket.grantPut(writer, 'in/*');
    bucket.grantDelete(writer, 'tmp/*');
    bucket.grantReadWrite(lambdaRole(stack, 'Both'));
    // No policy of their own: the bucket policy takes the statement.
    bucket.grantRead(new iam.ServicePrincipal('logs.amazonaws.com'));
    bucket.grantPut(new iam.AccountPrincipal('111122223333'));
    const grant = bucket.grantWrite(lambdaRole(stack, 'Late'));
    grant.applyBefore(new cdk.CfnResource(stack, 'User', { type: 'AWS::SQS::Queue' }));
    // Across stacks of one environment: only the grantee's policy changes.
    const other = new cdk.Stack(app, 'Other');
    bucket.grantReadWrite(lambdaRole(other, 'Remote'));
  },

  imported(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const byName = s3.Bucket.fromBucketName(stack, 'ByName', 'my-imported-bucket');
    const byArn = s3.Bucket.fromBucketArn(stack, 'ByArn', 'arn:aws:s3:::Legacy_Bucket');
    const role = lambdaRole(stack, 'Role');
    byName.grantReadWrite(role);
    byArn.grantRead(role, 'x/*');
    byArn.grantPut(role);
    byArn.grantDelete(role);
    // Neither has a policy of its own: nothing is added.
    byName.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
    byName.grantRead(new iam.ServicePrincipal('logs.amazonaws.com'));
    new cdk.CfnOutput(stack, 'NameArn', { value: byName.bucketArn });
    new cdk.CfnOutput(stack, 'NameName', { value: byName.bucketName });
    new cdk.CfnOutput(stack, 'ArnName', { value: byArn.bucketName });
    new cdk.CfnOutput(stack, 'ArnObjects', { value: byArn.arnForObjects('*') });
    new cdk.CfnOutput(stack, 'NameRegionalDomainName', { value: byName.bucketRegionalDomainName });
    new cdk.CfnOutput(stack, 'NameDomainName', { value: byName.bucketDomainName });
    const env = new cdk.Stack(app, 'Env', { env: { account: '123456789012', region: 'us-east-1' } });
    const envBucket = s3.Bucket.fromBucketName(env, 'ByName', 'env-bucket');
    new cdk.CfnOutput(env, 'Arn', { value: envBucket.bucketArn });
    new cdk.CfnOutput(env, 'RegionalDomainName', { value: envBucket.bucketRegionalDomainName });
    const tokenArn = s3.Bucket.fromBucketArn(stack, 'TokenArn', cdk.Fn.importValue('SomeBucketArn'));
    new cdk.CfnOutput(stack, 'TokenArnName', { value: tokenArn.bucketName });
  },

  // Default feature flags: the target bucket takes the log-delivery ACL, no bucket policy.
  access_logs_acl(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const target = new s3.Bucket(stack, 'Logs');
    new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: target, serverAccessLogsPrefix: 'source/' });
    new s3.Bucket(stack, 'NoPrefix', { serverAccessLogsBucket: target });
    const preferred = new s3.Bucket(stack, 'PreferredLogs', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
    new s3.Bucket(stack, 'Source2', { serverAccessLogsBucket: preferred });
    new s3.Bucket(stack, 'Self', { serverAccessLogsPrefix: 'self/' });
    const other = new cdk.Stack(app, 'Other');
    const remoteTarget = new s3.Bucket(other, 'RemoteLogs');
    new s3.Bucket(stack, 'CrossStack', { serverAccessLogsBucket: remoteTarget, serverAccessLogsPrefix: `_logs/${stack.account}/` });
    const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'imported-logs');
    new s3.Bucket(stack, 'ToImported', { serverAccessLogsBucket: imported, serverAccessLogsPrefix: 'x/' });
  },

  kms_log_target(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const key = new kms.Key(stack, 'Key');
    const target = new s3.Bucket(stack, 'Logs', { encryptionKey: key });
    new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: target });
  },
};

// With @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy: a bucket policy statement for the
// logging service instead of the ACL.
const flagScenarios = {
  access_logs_policy(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const target = new s3.Bucket(stack, 'Logs', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
    new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: target, serverAccessLogsPrefix: 'source/' });
    new s3.Bucket(stack, 'NoPrefix', { serverAccessLogsBucket: target });
    new s3.Bucket(stack, 'Self', { serverAccessLogsPrefix: 'self/' });
    const other = new cdk.Stack(app, 'Other');
    new s3.Bucket(other, 'Remote', { serverAccessLogsBucket: target, serverAccessLogsPrefix: `_logs/${other.account}/${other.region}/` });
  },
};

function synthesize(app, build) {
  build(app);
  const assembly = app.synth();
  const templates = {};
  for (const stack of assembly.stacks) templates[stack.templateFile] = templateOf(assembly, stack.id).text;
  return { templates };
}

const out = {};
for (const [name, build] of Object.entries(scenarios)) out[name] = synthesize(newApp(), build);
for (const [name, build] of Object.entries(flagScenarios)) {
  out[name] = synthesize(new cdk.App({ outdir: tmpDir(), context: { [LOGS_POLICY_FLAG]: true } }), build);
}

// Error messages of the inputs aws-cdk-lib rejects (cdkpp adds the path and a fix).
function inStack(fn, context) {
  return capture(() => {
    const app = context ? new cdk.App({ outdir: tmpDir(), context }) : newApp();
    const stack = new cdk.Stack(app, 'S');
    fn(stack);
    app.synth();
  });
}
const bucketIn = (props) => inStack((s) => new s3.Bucket(s, 'B', props));
const rule = (r) => bucketIn({ lifecycleRules: [r] });
const errors = {
  key_with_s3_managed: inStack((s) => new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.S3_MANAGED, encryptionKey: new kms.Key(s, 'K') })),
  key_with_unencrypted: inStack((s) => new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.UNENCRYPTED, encryptionKey: new kms.Key(s, 'K') })),
  bucket_key_unencrypted: bucketIn({ bucketKeyEnabled: true }),
  name_short_upper: bucketIn({ bucketName: 'AB' }),
  name_edges: bucketIn({ bucketName: '-abc_' }),
  name_dots: bucketIn({ bucketName: 'a..b-.c' }),
  name_ip: bucketIn({ bucketName: '192.168.1.1' }),
  name_long: bucketIn({ bucketName: 'a'.repeat(64) }),
  imported_name: inStack((s) => s3.Bucket.fromBucketName(s, 'I', 'bad name!')),
  imported_none: inStack((s) => s3.Bucket.fromBucketName(s, 'I', '')),
  tls_without_ssl: bucketIn({ minimumTLSVersion: 1.2 }),
  enforced_with_acl: bucketIn({ objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED, accessControl: s3.BucketAccessControl.PUBLIC_READ }),
  log_target_with_acl: inStack((s) => {
    const target = new s3.Bucket(s, 'Logs', { accessControl: s3.BucketAccessControl.PRIVATE });
    new s3.Bucket(s, 'B', { serverAccessLogsBucket: target });
  }),
  log_target_enforced: inStack((s) => {
    const target = new s3.Bucket(s, 'Logs', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
    new s3.Bucket(s, 'B', { serverAccessLogsBucket: target });
  }),
  log_prefix_kms_managed: bucketIn({ encryption: s3.BucketEncryption.KMS_MANAGED, serverAccessLogsPrefix: 'p/' }),
  log_prefix_dsse_managed: bucketIn({ encryption: s3.BucketEncryption.DSSE_MANAGED, serverAccessLogsPrefix: 'p/' }),
  lifecycle_empty: rule({ id: 'Nothing' }),
  lifecycle_transition_neither: rule({ transitions: [{ storageClass: s3.StorageClass.GLACIER }] }),
  lifecycle_transition_both: rule({ transitions: [{ storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(1), transitionDate: new Date(0) }] }),
  lifecycle_delete_marker_with_expiration: rule({ expiredObjectDeleteMarker: true, expiration: cdk.Duration.days(1) }),
  lifecycle_delete_marker_with_tags: rule({ expiredObjectDeleteMarker: true, tagFilters: { a: 'b' } }),
  lifecycle_fractional_days: rule({ expiration: cdk.Duration.hours(36) }),
  tiering_fractional_days: bucketIn({ intelligentTieringConfigurations: [{ name: 'x', archiveAccessTierTime: cdk.Duration.hours(36) }] }),
  lock_disabled_with_retention: bucketIn({ objectLockEnabled: false, objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(1)) }),
  lock_retention_short: capture(() => s3.ObjectLockRetention.governance(cdk.Duration.days(0))),
  lock_retention_long: capture(() => s3.ObjectLockRetention.compliance(cdk.Duration.days(365 * 100 + 1))),
  policy_without_principal: inStack((s) => {
    const b = new s3.Bucket(s, 'B');
    b.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [b.arnForObjects('*')] }));
  }),
};

writeRef(__filename, 's3', { scenarios: out, errors });
