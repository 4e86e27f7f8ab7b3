// CloudWatch Logs log groups with aws-cdk-lib 2.276.0: defaults (two years, retained), every
// retention value, INFINITE, names, KMS keys (by ARN), log group classes, removal policies,
// tags, grant_write/grant to a role in the same stack and in another stack, and the error
// cases. Writes reference/logs.json; the C++ twins are in tests/logs/log_group_parity_test.cpp.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const { newApp, writeRef, capture } = require('./_common');

const KEY_ARN = 'arn:aws:kms:us-east-1:111111111111:key/abcd-1234';

const scenarios = {
  defaults(app) {
    const stack = new cdk.Stack(app, 'DefaultsStack');
    const group = new logs.LogGroup(stack, 'LogGroup');
    new cdk.CfnOutput(stack, 'Arn', { value: group.logGroupArn });
    new cdk.CfnOutput(stack, 'Name', { value: group.logGroupName });
    return stack;
  },
  export_lambda(app) {
    const stack = new cdk.Stack(app, 'ExportStack');
    new logs.LogGroup(stack, 'ExportLambdaLogGroup', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    return stack;
  },
  all_props(app) {
    const stack = new cdk.Stack(app, 'AllPropsStack');
    const key = kms.Key.fromKeyArn(stack, 'Key', KEY_ARN);
    const group = new logs.LogGroup(stack, 'Named', {
      logGroupName: '/aws/lambda/export',
      retention: logs.RetentionDays.INFINITE,
      encryptionKey: key,
      logGroupClass: logs.LogGroupClass.INFREQUENT_ACCESS,
      removalPolicy: cdk.RemovalPolicy.SNAPSHOT,
    });
    new logs.LogGroup(stack, 'Delivery', { logGroupClass: logs.LogGroupClass.DELIVERY });
    new logs.LogGroup(stack, 'Standard', { logGroupClass: logs.LogGroupClass.STANDARD, retention: logs.RetentionDays.TEN_YEARS });
    cdk.Tags.of(stack).add('project', 'compact-connect');
    cdk.Tags.of(group).add('environment', 'sandbox');
    new cdk.CfnOutput(stack, 'Arn', { value: group.logGroupArn });
    new cdk.CfnOutput(stack, 'Name', { value: group.logGroupName });
    return stack;
  },
  retentions(app) {
    const stack = new cdk.Stack(app, 'RetentionStack');
    for (const name of Object.keys(logs.RetentionDays).filter((k) => isNaN(Number(k)))) {
      new logs.LogGroup(stack, name, { retention: logs.RetentionDays[name] });
    }
    return stack;
  },
  grants_same_stack(app) {
    const stack = new cdk.Stack(app, 'GrantStack');
    const group = new logs.LogGroup(stack, 'LogGroup');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    group.grantWrite(role);
    group.grant(role, 'logs:DescribeLogStreams', 'logs:GetLogEvents');
    return stack;
  },
  grants_two_stacks(app) {
    const producer = new cdk.Stack(app, 'LogStack');
    const group = new logs.LogGroup(producer, 'LogGroup');
    const consumer = new cdk.Stack(app, 'ConsumerStack');
    const role = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    group.grantWrite(role);
    return [producer, consumer];
  },
};

const templates = {};
for (const [name, build] of Object.entries(scenarios)) {
  const app = newApp();
  let stacks = build(app);
  if (!Array.isArray(stacks)) stacks = [stacks];
  const assembly = app.synth();
  if (stacks.length === 1) {
    templates[name] = assembly.getStackByName(stacks[0].stackName).template;
  } else {
    templates[name] = {};
    for (const s of stacks) templates[name][s.stackName] = assembly.getStackByName(s.stackName).template;
  }
}

function groupApp(props) {
  return () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'S');
    new logs.LogGroup(stack, 'LogGroup', props);
    return app.synth().getStackByName('S').template;
  };
}
const errors = {
  retention_zero: capture(groupApp({ retention: 0 })),
  retention_negative: capture(groupApp({ retention: -1 })),
  delivery_with_retention: capture(groupApp({ logGroupClass: logs.LogGroupClass.DELIVERY, retention: logs.RetentionDays.ONE_DAY })),
};

writeRef(__filename, 'logs', { templates, errors });
