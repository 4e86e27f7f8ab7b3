// SNS topics with aws-cdk-lib 2.276.0: the example app's encrypted AlarmTopic (master key,
// enforceSSL), topic props and FIFO names, topic policies, grants within a stack and across
// stacks and accounts, the cloudwatch_actions SnsAction (an alarm in a nested stack notifying
// its parent's topic, and one in a sibling stack) and the events_targets SnsTopic rule target.
// Every template of each scenario (nested ones too) is saved as written in reference/sns.json,
// with each validation error's message; the C++ twins are in tests/sns/parity_test.cpp,
// tests/cloudwatch_actions/sns_action_test.cpp and tests/events_targets/sns_topic_test.cpp.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const { Construct } = require('constructs');
const { newApp, writeRef, capture } = require('./_common');

function lambdaRole(scope, id, props) {
  return new iam.Role(scope, id, Object.assign({ assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }, props || {}));
}

// PersistentStack's SharedEncryptionKey and AlarmTopic.
function alarmTopic(stack) {
  const key = new kms.Key(stack, 'SharedEncryptionKey', {
    enableKeyRotation: true,
    description: 'Shared encryption key for CompactConnect sandbox',
    alias: 'alias/compact-connect-sandbox-shared',
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
  return new sns.Topic(stack, 'AlarmTopic', { masterKey: key, enforceSSL: true });
}

function backupAlarm(scope, id) {
  return new cloudwatch.Alarm(scope, id, {
    metric: new cloudwatch.Metric({
      namespace: 'AWS/Backup', metricName: 'NumberOfBackupJobsFailed', statistic: 'Sum', period: cdk.Duration.days(1),
    }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    alarmDescription: 'One or more AWS Backup jobs failed',
  });
}

const scenarios = {
  // The example app's topic, with the app's tags.
  alarm_topic(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    alarmTopic(stack);
    cdk.Tags.of(app).add('project', 'compact-connect');
    cdk.Tags.of(app).add('environment', 'sandbox');
  },
  defaults(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const topic = new sns.Topic(stack, 'Topic');
    new cdk.CfnOutput(stack, 'Arn', { value: topic.topicArn });
    new cdk.CfnOutput(stack, 'Name', { value: topic.topicName });
  },
  props(app) {
    const stack = new cdk.Stack(app, 'Stack');
    new sns.Topic(stack, 'Named', { topicName: 'my-topic', displayName: 'My topic', signatureVersion: '2' });
    new sns.Topic(stack, 'FifoNamed', { topicName: 'orders', fifo: true, contentBasedDeduplication: true });
    new sns.Topic(stack, 'FifoSuffixed', { topicName: 'orders2.fifo', fifo: true, messageRetentionPeriodInDays: 7 });
    const group = new cdk.Stack(app, 'Group');
    new sns.Topic(new Construct(group, 'Inner'), 'FifoGenerated', { fifo: true });
  },
  // Topic policy statements (enforceSSL first, then statements without a Sid get their index).
  topic_policy(app) {
    const stack = new cdk.Stack(app, 'Stack');
    const topic = new sns.Topic(stack, 'Topic', { enforceSSL: true });
    topic.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['sns:Subscribe'], resources: [topic.topicArn], principals: [new iam.AccountPrincipal('123456789012')],
    }));
    const plain = new sns.Topic(stack, 'Plain');
    plain.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'Mine', actions: ['sns:Publish'], resources: [plain.topicArn], principals: [new iam.ServicePrincipal('s3.amazonaws.com')],
    }));
    new sns.TopicPolicy(stack, 'Shared', { topics: [topic, plain], enforceSSL: true });
  },
  // Grants in the topic's stack: roles (with the master key's actions), services, accounts.
  grants_same_stack(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    const topic = alarmTopic(stack);
    topic.grantPublish(lambdaRole(stack, 'Publisher'));
    topic.grantSubscribe(lambdaRole(stack, 'Subscriber'));
    topic.grantPublish(new iam.ServicePrincipal('s3.amazonaws.com'));
    topic.grantPublish(new iam.AccountPrincipal('123456789012'));
    const plain = new sns.Topic(stack, 'Plain');
    plain.grantPublish(lambdaRole(stack, 'PlainPublisher'));
  },
  // A role in another stack of the environment: its policy imports the topic and key ARNs.
  grants_cross_stack(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    const topic = alarmTopic(stack);
    const consumer = new cdk.Stack(app, 'ProviderUsersStack');
    topic.grantPublish(lambdaRole(consumer, 'Publisher'));
  },
  // A role in another account: the topic policy and key policy name it.
  grants_cross_account(app) {
    const stack = new cdk.Stack(app, 'TopicStack', { env: { account: '111111111111', region: 'us-east-1' } });
    const key = new kms.Key(stack, 'Key');
    const topic = new sns.Topic(stack, 'Topic', { masterKey: key, topicName: 'shared-topic' });
    const other = new cdk.Stack(app, 'OtherAccount', { env: { account: '222222222222', region: 'us-east-1' } });
    topic.grantPublish(lambdaRole(other, 'Role', { roleName: 'publisher-role' }));
  },
  // cloudwatch_actions.SnsAction: the nested backup stack's alarm notifies the parent's topic.
  alarm_action_nested(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    const topic = alarmTopic(stack);
    const nested = new cdk.NestedStack(stack, 'BackupInfrastructureStack');
    backupAlarm(nested, 'BackupJobFailureAlarm').addAlarmAction(new actions.SnsAction(topic));
  },
  // An alarm in a sibling stack (import of the topic), alarm and OK actions, and one in the
  // topic's own stack.
  alarm_action_sibling(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    const topic = alarmTopic(stack);
    const own = backupAlarm(stack, 'OwnAlarm');
    own.addAlarmAction(new actions.SnsAction(topic));
    const sibling = new cdk.Stack(app, 'ProviderUsersStack');
    const alarm = backupAlarm(sibling, 'BackupFailureAlarm');
    alarm.addAlarmAction(new actions.SnsAction(topic));
    alarm.addOkAction(new actions.SnsAction(topic));
  },
  // events_targets.SnsTopic: events.amazonaws.com may publish (topic policy, key policy).
  rule_target(app) {
    const stack = new cdk.Stack(app, 'PersistentStack');
    const topic = alarmTopic(stack);
    const rule = new events.Rule(stack, 'BackupEvents', {
      eventPattern: { source: ['aws.backup'], detailType: ['Backup Job State Change'] },
    });
    rule.addTarget(new targets.SnsTopic(topic));
    const plain = new sns.Topic(stack, 'Plain');
    new events.Rule(stack, 'Daily', {
      schedule: events.Schedule.cron({ minute: '0', hour: '2' }),
      targets: [new targets.SnsTopic(plain, {
        message: events.RuleTargetInput.fromObject({ text: 'daily', source: 'schedule' }),
        retryAttempts: 2,
        maxEventAge: cdk.Duration.hours(2),
      })],
    });
  },
  // A rule in another stack targeting the topic: the statement goes to the topic's stack.
  rule_target_cross_stack(app) {
    const stack = new cdk.Stack(app, 'TopicStack');
    const topic = new sns.Topic(stack, 'Topic');
    const other = new cdk.Stack(app, 'RuleStack');
    new events.Rule(other, 'Rule', {
      schedule: events.Schedule.rate(cdk.Duration.hours(1)),
      targets: [new targets.SnsTopic(topic, { message: events.RuleTargetInput.fromText('hourly') })],
    });
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
    fn(stack, app);
    app.synth();
  });
}
const errors = {
  dedup_without_fifo: inStack((s) => new sns.Topic(s, 'T', { contentBasedDeduplication: true })),
  retention_without_fifo: inStack((s) => new sns.Topic(s, 'T', { messageRetentionPeriodInDays: 3 })),
  retention_range: inStack((s) => new sns.Topic(s, 'T', { fifo: true, messageRetentionPeriodInDays: 366 })),
  signature_version: inStack((s) => new sns.Topic(s, 'T', { signatureVersion: '3' })),
  display_name_length: inStack((s) => new sns.Topic(s, 'T', { displayName: 'x'.repeat(101) })),
  policy_without_principal: inStack((s) => new sns.Topic(s, 'T').addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }))),
};

writeRef(__filename, 'sns', { scenarios: out, errors });
