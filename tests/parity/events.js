// EventBridge rules with aws-cdk-lib 2.276.0: the example app's daily export rule (cron with a
// token-bearing input object), rate schedules, event patterns (merged, detailType renamed),
// disabled and named rules, several targets with explicit ids, roles, retry policies and dead
// letter queues, tags and attributes; Schedule expression strings, RuleTargetInput renderings and
// every error message compared as values. Writes reference/events.json; the C++ twins are in
// tests/events/parity_test.cpp.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');
const { newApp, writeRef, capture } = require('./_common');

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:111111111111:q';

// A target as events_targets will bind one: the config is whatever the target returns.
function fakeTarget(config) {
  return { bind: () => Object.assign({ arn: QUEUE_ARN, id: '' }, config || {}) };
}

const scenarios = {
  daily_export(app) {
    const stack = new cdk.Stack(app, 'ExportStack');
    const pool = new cdk.CfnResource(stack, 'UserPool', { type: 'AWS::Cognito::UserPool' });
    const bucket = new cdk.CfnResource(stack, 'BackupBucket', { type: 'AWS::S3::Bucket' });
    const rule = new events.Rule(stack, 'DailyExportRule', {
      description: 'Daily schedule for user pool backup export',
      schedule: events.Schedule.cron({ minute: '0', hour: '2' }),
    });
    rule.addTarget(fakeTarget({
      input: events.RuleTargetInput.fromObject({
        user_pool_id: pool.ref,
        backup_bucket_name: bucket.ref,
        user_pool_type: 'staff',
      }),
    }));
    return stack;
  },
  rate_disabled(app) {
    const stack = new cdk.Stack(app, 'RateStack');
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::111111111111:role/events');
    new events.Rule(stack, 'Every5Minutes', {
      schedule: events.Schedule.rate(cdk.Duration.minutes(5)),
      enabled: false,
      ruleName: 'every-5-minutes',
      targets: [
        fakeTarget(),
        fakeTarget({ id: 'Custom', role, input: events.RuleTargetInput.fromText('hello "world"') }),
        fakeTarget({
          arn: 'arn:aws:sqs:us-east-1:111111111111:fifo.fifo',
          deadLetterConfig: { arn: 'arn:aws:sqs:us-east-1:111111111111:dlq' },
          retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 3600 },
          sqsParameters: { messageGroupId: 'group' },
          input: events.RuleTargetInput.fromEventPath('$.detail'),
        }),
      ],
    });
    new events.Rule(stack, 'Daily', { schedule: events.Schedule.rate(cdk.Duration.days(1)), enabled: true });
    new events.Rule(stack, 'Literal', { schedule: events.Schedule.expression('rate(12 hours)') });
    return stack;
  },
  event_pattern(app) {
    const stack = new cdk.Stack(app, 'PatternStack');
    const bucket = new cdk.CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket' });
    const rule = new events.Rule(stack, 'BackupFailures', {
      eventPattern: {
        source: ['aws.backup'],
        detailType: ['Backup Job State Change'],
        detail: { state: ['FAILED'] },
      },
    });
    rule.addEventPattern({
      source: ['aws.backup', 'aws.s3'],
      resources: [bucket.getAtt('Arn').toString()],
      detail: { state: ['ABORTED', 'FAILED'], size: [{ numeric: ['>', 0] }] },
    });
    rule.addTarget(fakeTarget({ input: events.RuleTargetInput.fromMultilineText('line one\nline "two"') }));
    new events.Rule(stack, 'Both', {
      eventPattern: { account: ['111111111111'] },
      schedule: events.Schedule.cron({ weekDay: 'MON-FRI', hour: '8', minute: '30' }),
      description: 'both',
    });
    return stack;
  },
  tags_and_attributes(app) {
    const stack = new cdk.Stack(app, 'TaggedStack');
    const rule = new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.hours(1)) });
    const named = new events.Rule(stack, 'Named', { schedule: events.Schedule.rate(cdk.Duration.hours(2)), ruleName: 'named' });
    cdk.Tags.of(stack).add('project', 'compact-connect');
    cdk.Tags.of(rule).add('environment', 'sandbox');
    new cdk.CfnOutput(stack, 'RuleArn', { value: rule.ruleArn });
    new cdk.CfnOutput(stack, 'RuleName', { value: rule.ruleName });
    new cdk.CfnOutput(stack, 'NamedArn', { value: named.ruleArn });
    new cdk.CfnOutput(stack, 'NamedName', { value: named.ruleName });
    return stack;
  },
};

const templates = {};
for (const [name, build] of Object.entries(scenarios)) {
  const app = newApp();
  const stack = build(app);
  templates[name] = app.synth().getStackByName(stack.stackName).template;
}

const D = cdk.Duration;
const schedule = (fn) => capture(() => fn().expressionString);
const schedules = {
  cron_daily: schedule(() => events.Schedule.cron({ minute: '0', hour: '2' })),
  cron_backup: schedule(() => events.Schedule.cron({ minute: '0', hour: '3' })),
  cron_empty: schedule(() => events.Schedule.cron({})),
  cron_week_day: schedule(() => events.Schedule.cron({ weekDay: 'MON' })),
  cron_all: schedule(() => events.Schedule.cron({ minute: '15', hour: '10', day: 'L', month: 'JAN', year: '2030' })),
  cron_day_and_week_day: schedule(() => events.Schedule.cron({ day: '1', weekDay: 'MON' })),
  rate_1_minute: schedule(() => events.Schedule.rate(D.minutes(1))),
  rate_5_minutes: schedule(() => events.Schedule.rate(D.minutes(5))),
  rate_60_minutes: schedule(() => events.Schedule.rate(D.minutes(60))),
  rate_90_minutes: schedule(() => events.Schedule.rate(D.minutes(90))),
  rate_1_hour: schedule(() => events.Schedule.rate(D.hours(1))),
  rate_36_hours: schedule(() => events.Schedule.rate(D.hours(36))),
  rate_24_hours: schedule(() => events.Schedule.rate(D.hours(24))),
  rate_1_day: schedule(() => events.Schedule.rate(D.days(1))),
  rate_2_days: schedule(() => events.Schedule.rate(D.days(2))),
  rate_half_day: schedule(() => events.Schedule.rate(D.days(0.5))),
  rate_120_seconds: schedule(() => events.Schedule.rate(D.seconds(120))),
  rate_90_seconds: schedule(() => events.Schedule.rate(D.seconds(90))),
  rate_30_seconds: schedule(() => events.Schedule.rate(D.seconds(30))),
  rate_0_minutes: schedule(() => events.Schedule.rate(D.minutes(0))),
  rate_3600000_millis: schedule(() => events.Schedule.rate(D.millis(3600000))),
  expression: schedule(() => events.Schedule.expression('cron(0 18 ? * MON-FRI *)')),
};

function ruleApp(props, after) {
  return () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'S');
    const rule = new events.Rule(stack, 'Rule', props);
    if (after) after(rule, stack);
    return app.synth().getStackByName('S').template;
  };
}
const every = { schedule: events.Schedule.rate(D.hours(1)) };
const errors = {
  no_schedule_no_pattern: capture(ruleApp({})),
  too_many_targets: capture(ruleApp(every, (rule) => { for (let i = 0; i < 6; i++) rule.addTarget(fakeTarget()); })),
  name_too_long: capture(ruleApp(Object.assign({ ruleName: 'x'.repeat(65) }, every))),
  name_bad_chars: capture(ruleApp(Object.assign({ ruleName: 'has space' }, every))),
  name_token_skipped: capture(ruleApp(Object.assign({ ruleName: cdk.Lazy.string({ produce: () => 'bad name' }) }, every))),
  pattern_field_not_array: capture(ruleApp({ eventPattern: { source: 'aws.backup' } })),
  pattern_type_mismatch: capture(ruleApp({ eventPattern: { detail: { a: ['x'] } } }, (rule) => rule.addEventPattern({ detail: ['x'] }))),
};

writeRef(__filename, 'events', { templates, schedules, errors });
