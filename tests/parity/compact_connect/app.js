// The aws-cdk-lib 2.276.0 twin of the cdkpp CompactConnect example (examples/compact_connect),
// written from shared/design/example-app.md: the same construct tree, ids, props and context keys,
// so its templates are what the C++ binary must write byte for byte.
//
// Usage (as the cdk CLI runs an app, or directly):
//   CDK_OUTDIR=out CDK_CONTEXT_JSON='{"environment_name":"prod"}' node app.js
//   node app.js [-o|--output DIR] [-c|--context key=value]...
// Needs aws-cdk-lib 2.276.0, constructs 10 and cdk-nag 2 resolvable (NODE_PATH or node_modules).
// A bare App: no feature flags in context, as the C++ side assumes. -c values are strings, as the
// cdk CLI passes them; CDK_CONTEXT_JSON overrides them key by key (aws-cdk-lib's App does that).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const backup = require('aws-cdk-lib/aws-backup');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const cloudwatchActions = require('aws-cdk-lib/aws-cloudwatch-actions');
const cognito = require('aws-cdk-lib/aws-cognito');
const events = require('aws-cdk-lib/aws-events');
const eventsTargets = require('aws-cdk-lib/aws-events-targets');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const { NagSuppressions } = require('cdk-nag');

const LAMBDA_DIR = path.resolve(__dirname, '../../../examples/compact_connect/lambdas/cognito-backup');

// ---------------------------------------------------------------------------------------------
// Configuration: context keys of the design's table, plus the fixed backup settings.

const BACKUP_CONFIG = {
  backupAccountId: '111122223333',
  backupRegion: 'us-west-2',
  generalVaultName: 'CompactConnectBackupVault',
};
const BACKUP_POLICY = {
  schedule: { hour: '3', minute: '0' },
  deleteAfterDays: 730,
  coldStorageAfterDays: 30,
};

function contextError(key, value, allowed) {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return new Error(`context value ${key}=${shown} is not allowed: ${key} must be ${allowed}`);
}

function readConfig(app) {
  const get = (key) => {
    const v = app.node.tryGetContext(key);
    return v === null ? undefined : v;
  };
  const config = { environmentName: 'sandbox', backupEnabled: true, providerStacks: 1, account: undefined, region: undefined };

  const env = get('environment_name');
  if (env !== undefined) {
    if (typeof env !== 'string' || !/^[A-Za-z0-9-]+$/.test(env)) throw contextError('environment_name', env, "letters, digits and '-' only, not empty");
    config.environmentName = env;
  }
  const enabled = get('backup_enabled');
  if (enabled !== undefined) {
    if (enabled === true || enabled === 'true') config.backupEnabled = true;
    else if (enabled === false || enabled === 'false') config.backupEnabled = false;
    else throw contextError('backup_enabled', enabled, 'true or false');
  }
  const stacks = get('provider_stacks');
  if (stacks !== undefined) {
    const ok = (typeof stacks === 'number' && Number.isInteger(stacks)) || (typeof stacks === 'string' && /^[0-9]{1,9}$/.test(stacks));
    const n = ok ? Number(stacks) : NaN;
    if (!(n >= 1 && n <= 10000)) throw contextError('provider_stacks', stacks, 'a whole number from 1 to 10000');
    config.providerStacks = n;
  }
  const account = get('account');
  if (account !== undefined) {
    if (typeof account !== 'string' || !/^[0-9]{12}$/.test(account)) throw contextError('account', account, 'a 12-digit AWS account id, set together with region');
    config.account = account;
  }
  const region = get('region');
  if (region !== undefined) {
    if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-[0-9]+$/.test(region)) throw contextError('region', region, 'an AWS region name such as us-east-1 (lowercase), set together with account');
    config.region = region;
  }
  if (config.account !== undefined && config.region === undefined) throw contextError('region', '<unset>', 'an AWS region name such as us-east-1 (lowercase), set together with account');
  if (config.region !== undefined && config.account === undefined) throw contextError('account', '<unset>', 'a 12-digit AWS account id, set together with region');
  config.removalPolicy = config.environmentName === 'prod' ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY;
  config.env = config.account !== undefined ? { account: config.account, region: config.region } : undefined;
  return config;
}

// ---------------------------------------------------------------------------------------------
// Reusable constructs.

/** The bucket that receives the server access logs of every other bucket. */
class AccessLogsBucket extends s3.Bucket {
  constructor(scope, id, props) {
    super(scope, id, {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE,
      versioned: true,
      removalPolicy: props.removalPolicy,
      intelligentTieringConfigurations: [{ name: 'ArchiveAfter6Mo', archiveAccessTierTime: cdk.Duration.days(180) }],
      lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.INTELLIGENT_TIERING, transitionAfter: cdk.Duration.days(0) }] }],
    });
    this.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      principals: [new iam.StarPrincipal()],
      actions: ['s3:DeleteObject'],
      resources: [this.arnForObjects('*')],
    }));
    NagSuppressions.addResourceSuppressions(this, [{ id: 'AwsSolutions-S1', reason: 'This is the access logging bucket' }]);
  }
}

/** The project's secure bucket defaults; logs go to `serverAccessLogsBucket`. */
class Bucket extends s3.Bucket {
  constructor(scope, id, props) {
    const stack = cdk.Stack.of(scope);
    const { serverAccessLogsBucket, ...rest } = props;
    super(scope, id, {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket,
      serverAccessLogsPrefix: `_logs/${stack.account}/${stack.region}/${scope.node.path}/${id}`,
      ...rest,
    });
  }
}

/** A backup plan into the local vault with a copy to the cross-account vault, and its selection. */
class CrossAccountBackupPlan extends Construct {
  constructor(scope, id, props) {
    super(scope, id);
    const { prefix, backupPolicy } = props;
    const deleteAfter = cdk.Duration.days(backupPolicy.deleteAfterDays);
    const moveToColdStorageAfter = cdk.Duration.days(backupPolicy.coldStorageAfterDays);
    this.backupPlan = new backup.BackupPlan(this, 'BackupPlan', {
      backupPlanName: `${prefix}-BackupPlan`,
      backupPlanRules: [new backup.BackupPlanRule({
        ruleName: `${prefix}-Backup`,
        backupVault: props.backupVault,
        scheduleExpression: events.Schedule.cron(backupPolicy.schedule),
        deleteAfter,
        moveToColdStorageAfter,
        copyActions: [{ destinationBackupVault: props.crossAccountBackupVault, deleteAfter, moveToColdStorageAfter }],
      })],
    });
    this.backupSelection = new backup.BackupSelection(this, 'BackupSelection', {
      backupPlan: this.backupPlan,
      resources: props.resources,
      backupSelectionName: `${prefix}-Selection`,
      role: props.role,
    });
  }
}

/** Daily export of a user pool into a versioned bucket that AWS Backup snapshots and copies. */
class CognitoUserBackup extends Construct {
  constructor(scope, id, props) {
    super(scope, id);
    const infra = props.backupInfrastructureStack;
    this.backupBucket = new Bucket(this, 'BackupBucket', {
      serverAccessLogsBucket: props.accessLogsBucket,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      removalPolicy: props.removalPolicy,
      versioned: true,
      lifecycleRules: [{ id: 'MinimizeVersioningCosts', enabled: true, noncurrentVersionExpiration: cdk.Duration.days(1) }],
    });
    this.backupPlan = new CrossAccountBackupPlan(this.backupBucket, 'BackupPlan', {
      prefix: `${this.backupBucket.bucketName}-cognito-backup`,
      resources: [backup.BackupResource.fromArn(this.backupBucket.bucketArn)],
      backupVault: infra.localBackupVault,
      crossAccountBackupVault: infra.crossAccountBackupVault,
      role: infra.backupServiceRole,
      backupPolicy: props.backupPolicy,
    });
    const logGroup = new logs.LogGroup(this, 'ExportLambdaLogGroup', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: props.removalPolicy,
    });
    this.exportFunction = new lambda.Function(this, 'ExportLambda', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'lambda_function.lambda_handler',
      code: lambda.Code.fromAsset(LAMBDA_DIR),
      description: 'Export user pool data for backup purposes',
      timeout: cdk.Duration.minutes(15),
      memorySize: 512,
      logGroup,
    });
    this.exportFunction.addToRolePolicy(new iam.PolicyStatement({
      actions: ['cognito-idp:ListUsers', 'cognito-idp:DescribeUserPool'],
      resources: [cdk.Stack.of(this).formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: props.userPoolId })],
    }));
    this.backupBucket.grantWrite(this.exportFunction);
    props.encryptionKey.grantEncryptDecrypt(this.exportFunction);
    NagSuppressions.addResourceSuppressionsByPath(cdk.Stack.of(this), `${this.exportFunction.role.node.path}/DefaultPolicy/Resource`, [{
      id: 'AwsSolutions-IAM5',
      reason: 'The export Lambda writes any object of its backup bucket with the shared key; the wildcards come from grantWrite and grantEncryptDecrypt',
    }]);
    this.dailyExportRule = new events.Rule(this, 'DailyExportRule', {
      description: 'Daily schedule for user pool backup export',
      schedule: events.Schedule.cron({ minute: '0', hour: '2' }),
    });
    this.dailyExportRule.addTarget(new eventsTargets.LambdaFunction(this.exportFunction, {
      event: events.RuleTargetInput.fromObject({
        user_pool_id: props.userPoolId,
        backup_bucket_name: this.backupBucket.bucketName,
        user_pool_type: props.userPoolType,
      }),
    }));
    this.backupFailureAlarm = new cloudwatch.Alarm(this, 'BackupFailureAlarm', {
      metric: this.exportFunction.metricErrors(),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: 'User pool backup export Lambda has failed. User data backup may be incomplete.',
    });
    this.backupFailureAlarm.addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));
  }
}

/** The common user pool; `backup` (when set) adds a CognitoUserBackup as child `UserPoolBackup`. */
class UserPool extends cognito.UserPool {
  constructor(scope, id, props) {
    super(scope, id, {
      removalPolicy: props.removalPolicy,
      deletionProtection: props.removalPolicy !== cdk.RemovalPolicy.DESTROY,
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
      customAttributes: props.customAttributes,
    });
    new cdk.CfnOutput(this, `${id}UserPoolId`, { value: this.userPoolId });
    if (props.backup) {
      this.userPoolBackup = new CognitoUserBackup(this, 'UserPoolBackup', {
        userPoolId: this.userPoolId,
        userPoolType: props.userPoolType,
        ...props.backup,
      });
    }
  }
}

class StaffUsers extends UserPool {
  constructor(scope, id, props) {
    super(scope, id, { ...props, userPoolType: 'staff' });
  }
}

class ProviderUsers extends UserPool {
  constructor(scope, id, props) {
    super(scope, id, {
      ...props,
      userPoolType: 'provider',
      customAttributes: {
        providerId: new cognito.StringAttribute({ mutable: false }),
        compact: new cognito.StringAttribute({ mutable: false }),
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Stacks.

class BackupInfrastructureStack extends cdk.NestedStack {
  constructor(scope, id, props) {
    super(scope, id);
    const { environmentName: env, removalPolicy } = props;
    const localKey = new kms.Key(this, 'LocalBackupEncryptionKey', {
      enableKeyRotation: true,
      description: `Local KMS key for CompactConnect ${env} backup encryption`,
      removalPolicy,
    });
    new kms.Alias(this, 'LocalBackupEncryptionKeyAlias', { aliasName: `alias/compactconnect-${env}-backup-key`, targetKey: localKey });
    this.crossAccountBackupVault = backup.BackupVault.fromBackupVaultArn(this, 'CrossAccountBackupVault', this.formatArn({
      account: BACKUP_CONFIG.backupAccountId,
      region: BACKUP_CONFIG.backupRegion,
      service: 'backup',
      resource: 'backup-vault',
      resourceName: BACKUP_CONFIG.generalVaultName,
      arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME,
    }));
    const copyTargetsCondition = { 'ForAnyValue:ArnNotEquals': { 'backup:CopyTargets': [this.crossAccountBackupVault.backupVaultArn] } };
    this.backupServiceRole = new iam.Role(this, 'BackupServiceRole', {
      roleName: `CompactConnect-${env}-BackupServiceRole`,
      assumedBy: new iam.ServicePrincipal('backup.amazonaws.com'),
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSBackupServiceRolePolicyForBackup'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSBackupServiceRolePolicyForRestores'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('AWSBackupServiceRolePolicyForS3Backup'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('AWSBackupServiceRolePolicyForS3Restore'),
      ],
      inlinePolicies: {
        BackupSecurityPolicy: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({
            sid: 'RestrictCrossAccountOperations',
            effect: iam.Effect.DENY,
            actions: ['backup:CopyIntoBackupVault', 'backup:StartCopyJob'],
            resources: ['*'],
            conditions: copyTargetsCondition,
          })],
        }),
      },
    });
    this.localBackupVault = new backup.BackupVault(this, 'LocalBackupVault', {
      backupVaultName: `CompactConnect-${env}-BackupVault`,
      encryptionKey: localKey,
      removalPolicy,
      lockConfiguration: { minRetention: cdk.Duration.days(180) },
      accessPolicy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'EnableBackupVaultAccess',
            effect: iam.Effect.ALLOW,
            principals: [new iam.AccountPrincipal(this.account)],
            actions: ['backup:CopyIntoBackupVault'],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'OnlyCopyIntoApprovedVault',
            effect: iam.Effect.DENY,
            principals: [new iam.StarPrincipal()],
            actions: ['backup:CopyIntoBackupVault', 'backup:StartCopyJob'],
            resources: ['*'],
            conditions: copyTargetsCondition,
          }),
        ],
      }),
    });
    const alarm = new cloudwatch.Alarm(this, 'BackupJobFailureAlarm', {
      metric: new cloudwatch.Metric({
        namespace: 'AWS/Backup',
        metricName: 'NumberOfBackupJobsFailed',
        statistic: 'Sum',
        period: cdk.Duration.days(1),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: 'One or more AWS Backup jobs failed',
    });
    alarm.addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));
  }
}

class PersistentStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, { env: props.config.env });
    const { config } = props;
    const env = config.environmentName;
    this.sharedEncryptionKey = new kms.Key(this, 'SharedEncryptionKey', {
      enableKeyRotation: true,
      description: `Shared encryption key for CompactConnect ${env}`,
      alias: `alias/compact-connect-${env}-shared`,
      removalPolicy: config.removalPolicy,
    });
    this.sharedEncryptionKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { masterKey: this.sharedEncryptionKey, enforceSSL: true });
    this.accessLogsBucket = new AccessLogsBucket(this, 'AccessLogsBucket', { removalPolicy: config.removalPolicy });
    if (config.backupEnabled) {
      this.backupInfrastructureStack = new BackupInfrastructureStack(this, 'BackupInfrastructureStack', {
        environmentName: env,
        removalPolicy: config.removalPolicy,
        alarmTopic: this.alarmTopic,
      });
    }
    this.staffUsers = new StaffUsers(this, 'StaffUsers', {
      removalPolicy: config.removalPolicy,
      backup: this.userPoolBackupProps(config),
    });
  }

  /** What each pool's CognitoUserBackup needs from this stack, or undefined without backups. */
  userPoolBackupProps(config) {
    if (!config.backupEnabled) return undefined;
    return {
      accessLogsBucket: this.accessLogsBucket,
      encryptionKey: this.sharedEncryptionKey,
      removalPolicy: config.removalPolicy,
      backupInfrastructureStack: this.backupInfrastructureStack,
      backupPolicy: BACKUP_POLICY,
      alarmTopic: this.alarmTopic,
    };
  }
}

class ProviderUsersStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, { env: props.config.env });
    this.providerUsers = new ProviderUsers(this, 'ProviderUsers', {
      removalPolicy: props.config.removalPolicy,
      backup: props.persistentStack.userPoolBackupProps(props.config),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The app.

function contextFromArguments(argv) {
  const context = {};
  let outdir;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let pair;
    if (arg === '-c' || arg === '--context') pair = argv[++i];
    else if (arg.startsWith('--context=')) pair = arg.slice('--context='.length);
    else if (arg === '-o' || arg === '--output') { outdir = argv[++i]; continue; }
    else if (arg.startsWith('--output=')) { outdir = arg.slice('--output='.length); continue; }
    else throw new Error(`unknown argument '${arg}' (usage: node app.js [-o DIR] [-c key=value]...)`);
    const eq = pair === undefined ? -1 : pair.indexOf('=');
    if (eq <= 0) throw new Error(`context argument '${pair}' is not key=value`);
    context[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { context, outdir };
}

function main() {
  const { context, outdir } = contextFromArguments(process.argv.slice(2));
  const app = new cdk.App({ context, outdir });
  const config = readConfig(app);
  cdk.Tags.of(app).add('project', 'compact-connect');
  cdk.Tags.of(app).add('environment', config.environmentName);

  const persistentStack = new PersistentStack(app, 'PersistentStack', { config });
  for (let i = 1; i <= config.providerStacks; i++) {
    new ProviderUsersStack(app, i === 1 ? 'ProviderUsersStack' : `ProviderUsersStack${i}`, { config, persistentStack });
  }
  app.synth();
}

main();
