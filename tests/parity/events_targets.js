// EventBridge targets with aws-cdk-lib 2.276.0: the example app's daily export rule invoking the
// export function with a token-bearing input object (rule and function in one stack), the same
// function as target of two rules and twice of one rule (one permission per rule), retry
// settings, and a rule in another stack than the function (the permission goes to the rule's
// stack and imports the function's ARN). Writes reference/events_targets.json; the C++ twins
// are in tests/events_targets/lambda_function_test.cpp.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const { newApp, writeRef } = require('./_common');

const repo = path.join(__dirname, '..', '..');
const EXPORT_DIR = path.join(repo, 'tests/fixtures/export_lambda');

function exportFunction(scope) {
  return new lambda.Function(scope, 'ExportLambda', {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'lambda_function.lambda_handler',
    code: lambda.Code.fromAsset(EXPORT_DIR),
    timeout: cdk.Duration.minutes(15),
  });
}

const scenarios = {
  daily_export(app) {
    const stack = new cdk.Stack(app, 'ExportStack');
    const pool = new cdk.CfnResource(stack, 'UserPool', { type: 'AWS::Cognito::UserPool' });
    const bucket = new cdk.CfnResource(stack, 'BackupBucket', { type: 'AWS::S3::Bucket' });
    const backup = new Construct(stack, 'UserPoolBackup');
    const fn = exportFunction(backup);
    const rule = new events.Rule(backup, 'DailyExportRule', {
      description: 'Daily schedule for user pool backup export',
      schedule: events.Schedule.cron({ minute: '0', hour: '2' }),
    });
    rule.addTarget(new targets.LambdaFunction(fn, {
      event: events.RuleTargetInput.fromObject({
        user_pool_id: pool.ref,
        backup_bucket_name: bucket.ref,
        user_pool_type: 'provider',
      }),
    }));
    return stack;
  },
  two_rules(app) {
    const stack = new cdk.Stack(app, 'RulesStack');
    const fn = exportFunction(stack);
    const hourly = new events.Rule(stack, 'Hourly', { schedule: events.Schedule.rate(cdk.Duration.hours(1)) });
    hourly.addTarget(new targets.LambdaFunction(fn));
    hourly.addTarget(new targets.LambdaFunction(fn, {
      retryAttempts: 2,
      maxEventAge: cdk.Duration.hours(2),
      event: events.RuleTargetInput.fromText('again'),
    }));
    new events.Rule(stack, 'Daily', {
      schedule: events.Schedule.rate(cdk.Duration.days(1)),
      targets: [new targets.LambdaFunction(fn, { retryAttempts: 0 })],
    });
    new events.Rule(stack, 'Pattern', {
      eventPattern: { source: ['aws.backup'] },
      targets: [new targets.LambdaFunction(fn, { maxEventAge: cdk.Duration.minutes(5) })],
    });
    return stack;
  },
  cross_stack(app) {
    const fnStack = new cdk.Stack(app, 'FunctionStack');
    const fn = exportFunction(fnStack);
    const ruleStack = new cdk.Stack(app, 'RuleStack');
    new events.Rule(ruleStack, 'DailyExportRule', {
      schedule: events.Schedule.cron({ minute: '0', hour: '2' }),
      targets: [new targets.LambdaFunction(fn)],
    });
    return [fnStack, ruleStack];
  },
};

const templates = {};
for (const [name, build] of Object.entries(scenarios)) {
  const app = newApp();
  let stacks = build(app);
  if (!Array.isArray(stacks)) stacks = [stacks];
  const assembly = app.synth();
  const one = (s) => assembly.getStackByName(s.stackName).template;
  if (stacks.length === 1) {
    templates[name] = one(stacks[0]);
  } else {
    templates[name] = {};
    for (const s of stacks) templates[name][s.stackName] = one(s);
  }
}

writeRef(__filename, 'events_targets', { templates });
