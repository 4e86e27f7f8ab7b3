// aws-cdk-lib 2.276.0 IAM: roles (trust policies, managed and inline policies, DefaultPolicy),
// Policy constructs, principals of every kind, statement rendering (merging of principals,
// de-duplication, conditions, Not* elements) and grants between principals and a resource with a
// policy. Each scenario's synthesized templates (text, as written to the assembly) are saved in
// reference/iam.json; the C++ twins are in tests/iam/parity_test.cpp.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const { newApp, writeRef, capture, templateOf } = require('./_common');

// A minimal resource with a resource policy (an SQS queue and its QueuePolicy), standing in for
// the s3/kms/sns resources that implement IResourceWithPolicy.
class PolicyQueue extends cdk.Resource {
  constructor(scope, id) {
    super(scope, id);
    this.queue = new cdk.CfnResource(this, 'Resource', { type: 'AWS::SQS::Queue' });
    this.queueArn = this.queue.getAtt('Arn').toString();
  }
  addToResourcePolicy(statement) {
    if (!this.document) {
      this.document = new iam.PolicyDocument();
      this.policy = new cdk.CfnResource(this, 'Policy', {
        type: 'AWS::SQS::QueuePolicy',
        properties: { PolicyDocument: this.document, Queues: [this.queue.ref] },
      });
    }
    this.document.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
  grantSend(grantee) {
    return iam.Grant.addToPrincipalOrResource({
      grantee, actions: ['sqs:SendMessage'], resourceArns: [this.queueArn], resource: this,
    });
  }
}

// A generic resource holding a policy document, to show documents on their own.
function documentHolder(scope, id, doc) {
  return new cdk.CfnResource(scope, id, { type: 'AWS::SQS::QueuePolicy', properties: { PolicyDocument: doc, Queues: ['q'] } });
}

const scenarios = {
  // The BackupServiceRole of example-app.md, with the app's tags.
  backup_service_role(app) {
    const stack = new cdk.Stack(app, 'BackupStack');
    const vaultArn = stack.formatArn({
      account: '111122223333', region: 'us-west-2', service: 'backup', resource: 'backup-vault',
      resourceName: 'CompactConnectBackupVault', arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME,
    });
    new iam.Role(stack, 'BackupServiceRole', {
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
            conditions: { 'ForAnyValue:ArnNotEquals': { 'backup:CopyTargets': [vaultArn] } },
          })],
        }),
      },
    });
    cdk.Tags.of(app).add('project', 'compact-connect');
    cdk.Tags.of(app).add('environment', 'sandbox');
  },

  // A Lambda-style service role whose statements go to its DefaultPolicy; a resource that
  // depends on the role; a duplicate statement; grants between roles.
  default_policy(app) {
    const stack = new cdk.Stack(app, 'DefaultPolicyStack');
    const role = new iam.Role(stack, 'ServiceRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'),
      ],
    });
    const poolArn = stack.formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: 'us-east-1_abc' });
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['cognito-idp:ListUsers', 'cognito-idp:DescribeUserPool'], resources: [poolArn],
    }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['s3:PutObject', 's3:PutObject', 's3:Abort*'], resources: ['arn:aws:s3:::b/*', 'arn:aws:s3:::a/*'],
    }));
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['cognito-idp:ListUsers', 'cognito-idp:DescribeUserPool'], resources: [poolArn],
    }));
    role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Imported', 'arn:aws:iam::123456789012:policy/Mine'));
    role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyName(stack, 'ByName', 'teams/Readers'));
    const other = new iam.Role(stack, 'OtherRole', { assumedBy: new iam.AccountRootPrincipal() });
    role.grantPassRole(other);
    role.grant(other, 'iam:GetRole', 'iam:TagRole');
    role.grantAssumeRole(other);
    const consumer = new cdk.CfnResource(stack, 'Consumer', { type: 'AWS::SQS::Queue' });
    consumer.node.addDependency(role);
  },

  // Policy constructs: generated and given names, attached by props and later, forced, empty or
  // unattached (not rendered).
  policies(app) {
    const stack = new cdk.Stack(app, 'PolicyStack');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
    new iam.Policy(stack, 'Generated', {
      roles: [role],
      statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['arn:aws:sns:us-east-1:1:t'] })],
    });
    const named = new iam.Policy(stack, 'Named', { policyName: 'MyPolicyName' });
    named.addStatements(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'], sid: 'All' }));
    named.attachToRole(role);
    new iam.Policy(stack, 'Unattached', {
      statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })],
    });
    const lonely = new iam.Role(stack, 'Lonely', { assumedBy: new iam.ServicePrincipal('sns') });
    new iam.Policy(stack, 'Empty', { roles: [lonely] });
    const forcedRole = new iam.Role(stack, 'ForcedRole', { assumedBy: new iam.ServicePrincipal('sns') });
    new iam.Policy(stack, 'Forced', {
      force: true, roles: [forcedRole],
      statements: [new iam.PolicyStatement({ notActions: ['iam:*'], notResources: ['arn:aws:iam::*:role/x'] })],
    });
  },

  // Every principal kind in statements, agnostic and with an environment.
  principals(app) {
    for (const [name, env] of [['Agnostic', undefined], ['WithEnv', { account: '123456789012', region: 'eu-west-1' }]]) {
      const stack = new cdk.Stack(app, name, { env });
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com.cn') });
      const doc = new iam.PolicyDocument();
      doc.addStatements(new iam.PolicyStatement({
        actions: ['sqs:SendMessage'], resources: ['*'],
        principals: [
          new iam.ServicePrincipal('lambda'), new iam.AccountPrincipal('111122223333'), new iam.ArnPrincipal(role.roleArn),
          new iam.ServicePrincipal('states.eu-west-1.amazonaws.com'), new iam.AccountRootPrincipal(), new iam.AnyPrincipal(),
          role,
        ],
      }));
      doc.addStatements(new iam.PolicyStatement({ actions: ['sqs:ReceiveMessage'], resources: ['*'], principals: [new iam.StarPrincipal()] }));
      doc.addStatements(new iam.PolicyStatement({
        actions: ['sqs:DeleteMessage'], resources: ['*'],
        principals: [new iam.CompositePrincipal(new iam.AccountPrincipal('444455556666'), new iam.ServicePrincipal('sns.amazonaws.com'))],
      }));
      doc.addStatements(new iam.PolicyStatement({
        effect: iam.Effect.DENY, actions: ['sqs:*'], resources: ['*'], notPrincipals: [new iam.AccountRootPrincipal(), role],
      }));
      doc.addStatements(new iam.PolicyStatement({ actions: ['sqs:GetQueueUrl'], resources: ['*'], principals: [new iam.AccountPrincipal(stack.account)] }));
      documentHolder(stack, 'Holder', doc);
    }
  },

  // Statement rendering: duplicates dropped after resolution, order kept, conditions merged,
  // Not* elements, sids assigned, documents changed after use.
  statements(app) {
    const stack = new cdk.Stack(app, 'StatementStack');
    const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
    const doc = new iam.PolicyDocument();
    const s1 = new iam.PolicyStatement({ actions: ['sns:Publish', 'sns:Subscribe'], resources: [topic.ref] });
    doc.addStatements(s1);
    doc.addStatements(new iam.PolicyStatement({ actions: ['sns:Publish', 'sns:Subscribe'], resources: [topic.ref] }));
    doc.addStatements(new iam.PolicyStatement({ actions: ['sns:Subscribe', 'sns:Publish'], resources: [topic.ref] }));
    const cond = new iam.PolicyStatement({
      effect: iam.Effect.DENY, notActions: ['sns:Get*', 'sns:List*'], notResources: [topic.ref, 'arn:aws:sns:::x'],
      conditions: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalTag/team': 'a' } },
    });
    cond.addCondition('StringEquals', { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] });
    cond.addCondition('StringEquals', { 'aws:PrincipalTag/team': 'b' });
    cond.addCondition('NumericLessThan', { 'aws:MultiFactorAuthAge': 3600 });
    doc.addStatements(cond);
    const later = new iam.PolicyStatement();
    later.addActions('sns:Publish');
    later.addAllResources();
    later.addSourceAccountCondition('111122223333');
    later.addSourceArnCondition(topic.getAtt('TopicArn').toString());
    later.sid = 'Later';
    documentHolder(stack, 'Holder', doc);
    doc.addStatements(later);
    const sids = new iam.PolicyDocument({
      assignSids: true,
      statements: [
        new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] }),
        new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] }),
        new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'], principals: [new iam.AnyPrincipal()], sid: 'Given' }),
        new iam.PolicyStatement({ actions: ['*'], resources: ['*'], principals: [new iam.AnyPrincipal()] }),
      ],
    });
    documentHolder(stack, 'SidHolder', sids);
  },

  // A role trusted by several principals, with every optional property.
  composite_role(app) {
    const stack = new cdk.Stack(app, 'CompositeStack');
    const other = new iam.Role(stack, 'Other', { assumedBy: new iam.AnyPrincipal() });
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.CompositePrincipal(
        new iam.ServicePrincipal('lambda.amazonaws.com'), new iam.ServicePrincipal('edgelambda.amazonaws.com'),
        new iam.AccountPrincipal('111122223333'), other, new iam.ServicePrincipal('lambda.amazonaws.com')),
      description: 'A role with everything',
      maxSessionDuration: cdk.Duration.hours(12),
      path: '/service/',
      roleName: 'everything',
      inlinePolicies: {
        Zeta: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] })] }),
        Alpha: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] })] }),
      },
    });
    new iam.Role(stack, 'Star', { assumedBy: new iam.StarPrincipal() });
  },

  // Grants on a resource with a policy: same stack, a service principal, another stack of the
  // same (agnostic) environment, and another account.
  grants(app) {
    const stack = new cdk.Stack(app, 'GrantStack');
    const queue = new PolicyQueue(stack, 'Queue');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    queue.grantSend(role);
    queue.grantSend(new iam.ServicePrincipal('events.amazonaws.com'));
    iam.Grant.addToPrincipalAndResource({
      grantee: role, actions: ['sqs:ReceiveMessage'], resourceArns: [queue.queueArn], resource: queue,
      resourceSelfArns: ['*'],
    });
    const consumerStack = new cdk.Stack(app, 'ConsumerStack');
    const consumerRole = new iam.Role(consumerStack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const grant = queue.grantSend(consumerRole);
    const user = new cdk.CfnResource(consumerStack, 'User', { type: 'AWS::SQS::Queue' });
    grant.applyBefore(user);

    const accountA = new cdk.Stack(app, 'AccountA', { env: { account: '111111111111', region: 'us-east-1' } });
    const queueA = new PolicyQueue(accountA, 'Queue');
    const accountB = new cdk.Stack(app, 'AccountB', { env: { account: '222222222222', region: 'us-east-1' } });
    const roleB = new iam.Role(accountB, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), roleName: 'cross-account-role' });
    // A literal queue ARN: a token would make a cross-environment reference (Fn::GetStackOutput),
    // which cdkpp's core does not support.
    const queueAArn = 'arn:aws:sqs:us-east-1:111111111111:queue-a';
    for (const grantee of [roleB, new iam.AccountPrincipal('333333333333')]) {
      iam.Grant.addToPrincipalOrResource({ grantee, actions: ['sqs:SendMessage'], resourceArns: [queueAArn], resource: queueA });
    }
  },
};

function synthesize(build) {
  const app = newApp();
  build(app);
  const assembly = app.synth();
  const templates = {};
  for (const stack of assembly.stacks) templates[stack.templateFile] = templateOf(assembly, stack.id).text;
  return { templates };
}

const out = {};
for (const [name, build] of Object.entries(scenarios)) out[name] = synthesize(build);

// Error messages, for reference (cdkpp words its own; tests check the key parts).
function inStack(fn) {
  return capture(() => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'S');
    fn(stack);
    app.synth();
  });
}
const errors = {
  bad_action: capture(() => new iam.PolicyStatement({ actions: ['GetObject'] })),
  actions_and_not_actions: capture(() => new iam.PolicyStatement({ actions: ['s3:GetObject'], notActions: ['s3:PutObject'] })),
  star_with_other: capture(() => new iam.PolicyStatement({ actions: ['s3:*'], principals: [new iam.StarPrincipal(), new iam.AnyPrincipal()] })),
  empty_composite: capture(() => new iam.CompositePrincipal()),
  bad_condition: capture(() => new iam.PolicyStatement({ conditions: { StringEquals: 'x' } })),
  role_name: inStack((s) => new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal(), roleName: 'has space' })),
  role_path: inStack((s) => new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal(), path: 'noslash' })),
  max_session: inStack((s) => new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal(), maxSessionDuration: cdk.Duration.minutes(30) })),
  trust_without_principal: inStack((s) => {
    const r = new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal() });
    r.assumeRolePolicy.addStatements(new iam.PolicyStatement({ actions: ['sts:AssumeRole'] }));
  }),
  identity_with_principal: inStack((s) => {
    const r = new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal() });
    r.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], principals: [new iam.AnyPrincipal()], sid: 'not-alnum' }));
  }),
  forced_empty: inStack((s) => new iam.Policy(s, 'P', { force: true })),
  referenced_empty: inStack((s) => {
    const p = new iam.Policy(s, 'P');
    new cdk.CfnOutput(s, 'Name', { value: p.policyName });
  }),
  duplicate_policy_name: inStack((s) => {
    const r = new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal() });
    new iam.Policy(s, 'P1', { policyName: 'same', roles: [r] });
    new iam.Policy(s, 'P2', { policyName: 'same', roles: [r] });
  }),
  assert_success: capture(() => {
    const app = newApp();
    const s = new cdk.Stack(app, 'S');
    iam.Grant.addToPrincipal({ grantee: new iam.ServicePrincipal('sns'), actions: ['s3:GetObject'], resourceArns: ['arn'] }).assertSuccess();
  }),
};

writeRef(__filename, 'iam', { scenarios: out, errors });
