// AWS Backup with aws-cdk-lib 2.276.0: vaults (generated and given names, access policies,
// lock configurations, keys, notifications, imports), plans (default vault, rules with every
// prop, the rule and plan presets, copy actions), selections (ARNs, tags, constructs, the role
// they create) and grants, within one stack and across stacks; then the mission's backup
// infrastructure (example-app.md) in a nested stack, used by a plan and selection in its parent
// and in a sibling stack. Each scenario's templates are saved in reference/backup.json with
// aws-cdk-lib's error messages; the C++ twins are in tests/backup/parity_test.cpp.
'use strict';
const cdk = require('aws-cdk-lib');
const backup = require('aws-cdk-lib/aws-backup');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const efs = require('aws-cdk-lib/aws-efs');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const { newApp, writeRef, capture } = require('./_common');
const fs = require('fs');
const path = require('path');

const Duration = cdk.Duration;

function single(build) {
  const app = newApp();
  const stack = new cdk.Stack(app, 'Stack');
  build(stack, app);
  return { app, stacks: [stack] };
}

// A stand-in for an L2 bucket: a construct with an AWS::S3::Bucket "Resource" child.
function bucket(scope, id) {
  const group = new (require('constructs').Construct)(scope, id);
  const resource = new cdk.CfnResource(group, 'Resource', { type: 'AWS::S3::Bucket' });
  return { group, name: resource.ref, arn: resource.getAtt('Arn').toString() };
}

// example-app.md: BackupInfrastructureStack.
function backupInfrastructure(parent) {
  const nested = new cdk.NestedStack(parent, 'BackupInfrastructureStack');
  const removalPolicy = cdk.RemovalPolicy.DESTROY;
  const key = new kms.Key(nested, 'LocalBackupEncryptionKey', {
    enableKeyRotation: true,
    description: 'Local KMS key for CompactConnect sandbox backup encryption',
    removalPolicy,
  });
  new kms.Alias(nested, 'LocalBackupEncryptionKeyAlias', {
    aliasName: 'alias/compactconnect-sandbox-backup-key',
    targetKey: key,
  });
  const crossAccountVault = backup.BackupVault.fromBackupVaultArn(nested, 'CrossAccountBackupVault',
    nested.formatArn({
      account: '111122223333',
      region: 'us-west-2',
      service: 'backup',
      resource: 'backup-vault',
      resourceName: 'CompactConnectBackupVault',
      arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME,
    }));
  const copyCondition = { 'ForAnyValue:ArnNotEquals': { 'backup:CopyTargets': [crossAccountVault.backupVaultArn] } };
  const role = new iam.Role(nested, 'BackupServiceRole', {
    roleName: 'CompactConnect-sandbox-BackupServiceRole',
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
          conditions: copyCondition,
        })],
      }),
    },
  });
  const vault = new backup.BackupVault(nested, 'LocalBackupVault', {
    backupVaultName: 'CompactConnect-sandbox-BackupVault',
    encryptionKey: key,
    removalPolicy,
    lockConfiguration: { minRetention: Duration.days(180) },
    accessPolicy: new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          sid: 'EnableBackupVaultAccess',
          effect: iam.Effect.ALLOW,
          principals: [new iam.AccountPrincipal(nested.account)],
          actions: ['backup:CopyIntoBackupVault'],
          resources: ['*'],
        }),
        new iam.PolicyStatement({
          sid: 'OnlyCopyIntoApprovedVault',
          effect: iam.Effect.DENY,
          principals: [new iam.StarPrincipal()],
          actions: ['backup:CopyIntoBackupVault', 'backup:StartCopyJob'],
          resources: ['*'],
          conditions: copyCondition,
        }),
      ],
    }),
  });
  return { nested, vault, crossAccountVault, role };
}

// example-app.md: CognitoUserBackup's BackupBucket with its cross-account plan.
function crossAccountPlan(scope, infra) {
  const b = bucket(scope, 'BackupBucket');
  const group = new (require('constructs').Construct)(b.group, 'BackupPlan');
  const prefix = `${b.name}-cognito-backup`;
  const plan = new backup.BackupPlan(group, 'BackupPlan', {
    backupPlanName: `${prefix}-BackupPlan`,
    backupPlanRules: [new backup.BackupPlanRule({
      ruleName: `${prefix}-Backup`,
      backupVault: infra.vault,
      scheduleExpression: events.Schedule.cron({ hour: '3', minute: '0' }),
      deleteAfter: Duration.days(730),
      moveToColdStorageAfter: Duration.days(30),
      copyActions: [{
        destinationBackupVault: infra.crossAccountVault,
        deleteAfter: Duration.days(730),
        moveToColdStorageAfter: Duration.days(30),
      }],
    })],
  });
  new backup.BackupSelection(group, 'BackupSelection', {
    backupPlan: plan,
    resources: [backup.BackupResource.fromArn(b.arn)],
    backupSelectionName: `${prefix}-Selection`,
    role: infra.role,
  });
}

function mission() {
  const app = newApp();
  const parent = new cdk.Stack(app, 'PersistentStack');
  const infra = backupInfrastructure(parent);
  crossAccountPlan(new (require('constructs').Construct)(parent, 'StaffUsers'), infra);
  const sibling = new cdk.Stack(app, 'ProviderUsersStack');
  crossAccountPlan(new (require('constructs').Construct)(sibling, 'ProviderUsers'), infra);
  return { app, stacks: [parent, infra.nested, sibling] };
}

const scenarios = {
  vault_minimal: () => single((stack) => new backup.BackupVault(stack, 'Vault')),
  vault_long_id: () => single((stack) => {
    const scope = new (require('constructs').Construct)(stack, 'AVeryLongScopeNameThatKeepsGoing');
    new backup.BackupVault(scope, 'AndAVaultWithAnEvenLongerConstructId');
  }),
  vault_full: () => single((stack) => {
    const vault = new backup.BackupVault(stack, 'Vault', {
      backupVaultName: 'my_vault-1',
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      lockConfiguration: { minRetention: Duration.days(7), maxRetention: Duration.days(3650), changeableFor: Duration.days(3) },
      accessPolicy: new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['backup:DeleteBackupVault'],
          resources: ['*'],
        })],
      }),
      blockRecoveryPointDeletion: true,
    });
    vault.addToAccessPolicy(new iam.PolicyStatement({
      sid: 'Later',
      principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:root')],
      actions: ['backup:DescribeBackupVault'],
      resources: [vault.backupVaultArn],
    }));
    new cdk.CfnOutput(stack, 'Name', { value: vault.backupVaultName });
    new cdk.CfnOutput(stack, 'Arn', { value: vault.backupVaultArn });
  }),
  vault_lock_hours: () => single((stack) => new backup.BackupVault(stack, 'Vault', {
    lockConfiguration: { minRetention: Duration.hours(48), changeableFor: Duration.hours(96) },
    removalPolicy: cdk.RemovalPolicy.RETAIN,
  })),
  vault_add_to_empty_policy: () => single((stack) => {
    const vault = new backup.BackupVault(stack, 'Vault', { backupVaultName: 'v1' });
    vault.blockRecoveryPointDeletion();
  }),
  vault_key: () => single((stack) => {
    const key = new kms.Key(stack, 'Key');
    new backup.BackupVault(stack, 'Vault', { encryptionKey: key });
  }),
  vault_topic: () => single((stack) => {
    const topic = new sns.Topic(stack, 'Topic');
    new backup.BackupVault(stack, 'Vault', { notificationTopic: topic });
    new backup.BackupVault(stack, 'Vault2', {
      notificationTopic: topic,
      notificationEvents: [backup.BackupVaultEvents.BACKUP_JOB_FAILED, backup.BackupVaultEvents.COPY_JOB_FAILED],
    });
  }),
  vault_imports: () => single((stack) => {
    const byName = backup.BackupVault.fromBackupVaultName(stack, 'ByName', 'other-vault');
    const byArn = backup.BackupVault.fromBackupVaultArn(stack, 'ByArn', 'arn:aws:backup:eu-west-1:123456789012:backup-vault:literal');
    const param = new cdk.CfnParameter(stack, 'VaultArn');
    const byToken = backup.BackupVault.fromBackupVaultArn(stack, 'ByToken', param.valueAsString);
    for (const [id, v] of [['ByName', byName], ['ByArn', byArn], ['ByToken', byToken]]) {
      new cdk.CfnOutput(stack, `${id}Name`, { value: v.backupVaultName });
      new cdk.CfnOutput(stack, `${id}VaultArn`, { value: v.backupVaultArn });
    }
  }),
  vault_grants: () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'Producer');
    const vault = new backup.BackupVault(stack, 'Vault');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    vault.grant(role, 'backup:StartBackupJob', 'backup:DescribeBackupVault');
    const imported = backup.BackupVault.fromBackupVaultName(stack, 'Imported', 'other');
    imported.grant(role, 'backup:ListRecoveryPointsByBackupVault');
    const consumer = new cdk.Stack(app, 'Consumer');
    const consumerRole = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    vault.grant(consumerRole, 'backup:StartBackupJob');
    return { app, stacks: [stack, consumer] };
  },
  plan_default_vault: () => single((stack) => {
    const plan = new backup.BackupPlan(stack, 'Plan');
    plan.addRule(new backup.BackupPlanRule({}));
    plan.addRule(new backup.BackupPlanRule({ scheduleExpression: events.Schedule.cron({ hour: '3', minute: '0' }) }));
    new cdk.CfnOutput(stack, 'PlanId', { value: plan.backupPlanId });
    new cdk.CfnOutput(stack, 'PlanArn', { value: plan.backupPlanArn });
    new cdk.CfnOutput(stack, 'VersionId', { value: plan.versionId });
    new cdk.CfnOutput(stack, 'VaultName', { value: plan.backupVault.backupVaultName });
  }),
  plan_full_rule: () => single((stack) => {
    const vault = new backup.BackupVault(stack, 'Vault', { backupVaultName: 'main' });
    const other = new backup.BackupVault(stack, 'Other', { backupVaultName: 'other' });
    const plan = new backup.BackupPlan(stack, 'Plan', { backupPlanName: 'full', backupVault: vault });
    plan.addRule(new backup.BackupPlanRule({
      ruleName: 'Everything',
      scheduleExpression: events.Schedule.cron({ day: '15', hour: '1', minute: '30', month: '*/2' }),
      startWindow: Duration.hours(1),
      completionWindow: Duration.hours(3),
      deleteAfter: Duration.days(400),
      moveToColdStorageAfter: Duration.days(100),
      copyActions: [
        { destinationBackupVault: other, deleteAfter: Duration.days(200), moveToColdStorageAfter: Duration.days(110) },
        { destinationBackupVault: other },
        { destinationBackupVault: other, deleteAfter: Duration.days(30) },
      ],
    }));
    plan.addRule(new backup.BackupPlanRule({ backupVault: other, deleteAfter: Duration.days(10) }));
    plan.addRule(new backup.BackupPlanRule({ moveToColdStorageAfter: Duration.days(10) }));
    plan.addRule(new backup.BackupPlanRule({ enableContinuousBackup: true }));
    plan.addRule(new backup.BackupPlanRule({ enableContinuousBackup: true, deleteAfter: Duration.days(7), ruleName: 'PITR' }));
  }),
  plan_presets: () => single((stack) => {
    const vault = new backup.BackupVault(stack, 'Vault', { backupVaultName: 'presets' });
    backup.BackupPlan.daily35DayRetention(stack, 'Daily', vault);
    backup.BackupPlan.dailyMonthly1YearRetention(stack, 'DailyMonthly', vault);
    backup.BackupPlan.dailyWeeklyMonthly5YearRetention(stack, 'Five', vault);
    backup.BackupPlan.dailyWeeklyMonthly7YearRetention(stack, 'Seven');
  }),
  selection_default_role: () => single((stack) => {
    const plan = backup.BackupPlan.daily35DayRetention(stack, 'Plan');
    const b = bucket(stack, 'Bucket');
    plan.addSelection('Selection', {
      resources: [
        backup.BackupResource.fromArn(b.arn),
        backup.BackupResource.fromTag('stage', 'prod'),
        backup.BackupResource.fromTag('team', 'a*', backup.TagOperation.STRING_EQUALS),
        backup.BackupResource.fromArn('arn:aws:s3:::literal-bucket'),
      ],
    });
    plan.addSelection('Restores', {
      resources: [backup.BackupResource.fromTag('stage', 'dev')],
      allowRestores: true,
      backupSelectionName: 'restorable',
    });
    plan.addSelection('NoDefaultPolicy', {
      resources: [backup.BackupResource.fromArn(b.arn)],
      disableDefaultBackupPolicy: true,
    });
  }),
  selection_given_role: () => single((stack) => {
    const plan = backup.BackupPlan.daily35DayRetention(stack, 'Plan');
    const role = new iam.Role(stack, 'BackupRole', { assumedBy: new iam.ServicePrincipal('backup.amazonaws.com') });
    const selection = new backup.BackupSelection(stack, 'Selection', {
      backupPlan: plan,
      resources: [backup.BackupResource.fromArn('arn:aws:dynamodb:us-east-1:123456789012:table/t')],
      role,
      allowRestores: true,
    });
    new cdk.CfnOutput(stack, 'SelectionId', { value: selection.selectionId });
    new cdk.CfnOutput(stack, 'SelectionPlanId', { value: selection.backupPlanId });
  }),
  selection_from_construct: () => single((stack) => {
    const plan = backup.BackupPlan.daily35DayRetention(stack, 'Plan');
    const group = new (require('constructs').Construct)(stack, 'Data');
    new dynamodb.CfnTable(group, 'Table', {
      keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
      attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
      billingMode: 'PAY_PER_REQUEST',
    });
    new efs.CfnFileSystem(new (require('constructs').Construct)(group, 'Nested'), 'FileSystem', {});
    new cdk.CfnResource(group, 'Other', { type: 'AWS::SQS::Queue' });
    plan.addSelection('Selection', {
      resources: [backup.BackupResource.fromArn('arn:aws:s3:::first'), backup.BackupResource.fromConstruct(group)],
    });
  }),
  mission,
};

// Error cases: each builds in a fresh app and must throw (at construction or at synth).
const errors = {
  vault_name_short: (stack) => new backup.BackupVault(stack, 'Vault', { backupVaultName: 'a' }),
  vault_name_chars: (stack) => new backup.BackupVault(stack, 'Vault', { backupVaultName: 'has space' }),
  vault_name_long: (stack) => new backup.BackupVault(stack, 'Vault', { backupVaultName: 'x'.repeat(51) }),
  lock_changeable_for: (stack) => new backup.BackupVault(stack, 'Vault', {
    lockConfiguration: { minRetention: Duration.days(1), changeableFor: Duration.hours(71) },
  }),
  lock_max_retention: (stack) => new backup.BackupVault(stack, 'Vault', {
    lockConfiguration: { minRetention: Duration.days(1), maxRetention: Duration.days(36501) },
  }),
  lock_max_not_above_min: (stack) => new backup.BackupVault(stack, 'Vault', {
    lockConfiguration: { minRetention: Duration.days(10), maxRetention: Duration.days(10) },
  }),
  lock_min_retention: (stack) => new backup.BackupVault(stack, 'Vault', {
    lockConfiguration: { minRetention: Duration.hours(23) },
  }),
  rule_delete_before_cold: () => new backup.BackupPlanRule({ deleteAfter: Duration.days(10), moveToColdStorageAfter: Duration.days(11) }),
  rule_not_cron: () => new backup.BackupPlanRule({ scheduleExpression: events.Schedule.rate(Duration.days(1)) }),
  rule_continuous_cold: () => new backup.BackupPlanRule({ enableContinuousBackup: true, moveToColdStorageAfter: Duration.days(1) }),
  rule_continuous_delete_range: () => new backup.BackupPlanRule({ enableContinuousBackup: true, deleteAfter: Duration.days(36) }),
  copy_action_90_days: (stack) => new backup.BackupPlanRule({
    copyActions: [{
      destinationBackupVault: backup.BackupVault.fromBackupVaultName(stack, 'V', 'v'),
      deleteAfter: Duration.days(119),
      moveToColdStorageAfter: Duration.days(30),
    }],
  }),
  plan_without_rules: (stack, app) => { new backup.BackupPlan(stack, 'Plan'); app.synth(); },
  plan_backup_vault_missing: (stack) => new backup.BackupPlan(stack, 'Plan').backupVault,
  import_wrong_format: (stack) => backup.BackupVault.fromBackupVaultArn(stack, 'V', 'arn:aws:backup:us-east-1:123456789012:backup-vault/slash'),
  import_no_resource: (stack) => backup.BackupVault.fromBackupVaultArn(stack, 'V', 'arn:aws:backup:us-east-1:123456789012:backup-vault'),
  import_empty_name: (stack) => backup.BackupVault.fromBackupVaultArn(stack, 'V', 'arn:aws:backup:us-east-1:123456789012:backup-vault:'),
  grant_wildcard: (stack) => {
    const vault = new backup.BackupVault(stack, 'Vault');
    vault.grant(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }), 'backup:*');
  },
};

const templates = {};
for (const [name, build] of Object.entries(scenarios)) {
  const { app, stacks } = build();
  const assembly = app.synth();
  templates[name] = {};
  for (const stack of stacks) {
    const file = path.join(assembly.directory, stack.templateFile);
    templates[name][stack.node.path] = fs.readFileSync(file, 'utf8');
  }
}

const errorMessages = {};
for (const [name, build] of Object.entries(errors)) {
  const app = newApp();
  const stack = new cdk.Stack(app, 'Stack');
  const result = capture(() => build(stack, app));
  if (!result.error) throw new Error(`error scenario ${name} did not throw`);
  errorMessages[name] = result.error;
}

writeRef(__filename, 'backup', { templates, errors: errorMessages });
