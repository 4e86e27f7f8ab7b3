// CloudWatch metrics and alarms with aws-cdk-lib 2.276.0: the example app's backup-job alarm and
// variants (dimensions, extended statistics, datapoints, names, disabled actions, the Metrics form
// for labels and other accounts, tags, attributes), plus each validation error's message.
// Writes reference/cloudwatch.json; the C++ twins are in tests/cloudwatch/parity_test.cpp.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const { newApp, writeRef, capture } = require('./_common');

// An alarm action as cloudwatch_actions.SnsAction will bind: the ARN is whatever the action gives.
function fakeAction(arn) {
  return { bind: () => ({ alarmActionArn: arn }) };
}

function backupMetric(extra) {
  return new cloudwatch.Metric(Object.assign({
    namespace: 'AWS/Backup',
    metricName: 'NumberOfBackupJobsFailed',
    statistic: 'Sum',
    period: cdk.Duration.days(1),
  }, extra || {}));
}

const scenarios = {
  backup_alarm(app) {
    const stack = new cdk.Stack(app, 'BackupStack');
    const topic = new cdk.CfnResource(stack, 'AlarmTopic', { type: 'AWS::SNS::Topic' });
    const alarm = new cloudwatch.Alarm(stack, 'BackupJobFailureAlarm', {
      metric: backupMetric(),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: 'One or more AWS Backup jobs failed',
    });
    alarm.addAlarmAction(fakeAction(topic.ref));
    return stack;
  },
  defaults(app) {
    const stack = new cdk.Stack(app, 'DefaultsStack');
    new cloudwatch.Alarm(stack, 'Alarm', {
      metric: new cloudwatch.Metric({ namespace: 'Custom', metricName: 'Latency' }),
      threshold: 2.5,
      evaluationPeriods: 3,
    });
    return stack;
  },
  dimensions(app) {
    const stack = new cdk.Stack(app, 'DimensionsStack');
    const fn = new cdk.CfnResource(stack, 'Function', { type: 'AWS::Lambda::Function' });
    const alarm = new cloudwatch.Alarm(stack, 'Alarm', {
      metric: new cloudwatch.Metric({
        namespace: 'AWS/Lambda',
        metricName: 'Duration',
        dimensionsMap: { Resource: 'live', FunctionName: fn.ref, Alias: 'live' },
        statistic: 'p99',
        unit: cloudwatch.Unit.MILLISECONDS,
        period: cdk.Duration.minutes(1),
      }),
      threshold: 1000,
      evaluationPeriods: 5,
      datapointsToAlarm: 3,
      alarmName: 'duration-alarm',
      actionsEnabled: false,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    alarm.addOkAction(fakeAction('arn:aws:sns:us-east-1:111111111111:ok'));
    alarm.addInsufficientDataAction(fakeAction('arn:aws:sns:us-east-1:111111111111:nodata'));
    alarm.addAlarmAction(fakeAction('arn:aws:sns:us-east-1:111111111111:a'));
    alarm.addAlarmAction(fakeAction('arn:aws:sns:us-east-1:111111111111:b'));
    return stack;
  },
  statistics(app) {
    const stack = new cdk.Stack(app, 'StatisticsStack');
    const stats = ['avg', 'n', 'MAXIMUM', 'min', 'P99.9', 'tm(10%:90%)', 'iqm', 'wm99', 'PR(:300)', 'foo'];
    stats.forEach((statistic, i) => {
      new cloudwatch.Alarm(stack, `Alarm${i}`, {
        metric: new cloudwatch.Metric({ namespace: 'Custom', metricName: 'M', statistic }),
        threshold: 0,
        evaluationPeriods: 1,
        treatMissingData: i % 2 === 0 ? cloudwatch.TreatMissingData.IGNORE : cloudwatch.TreatMissingData.MISSING,
        comparisonOperator: [
          cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
        ][i % 2],
      });
    });
    return stack;
  },
  metrics_form(app) {
    const stack = new cdk.Stack(app, 'MetricsFormStack', { env: { account: '111111111111', region: 'us-east-1' } });
    new cloudwatch.Alarm(stack, 'Labelled', {
      metric: new cloudwatch.Metric({
        namespace: 'Custom', metricName: 'Errors', label: 'Error count', statistic: 'Sum',
        dimensionsMap: { Service: 'api' }, unit: cloudwatch.Unit.COUNT,
      }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    new cloudwatch.Alarm(stack, 'OtherAccount', {
      metric: new cloudwatch.Metric({ namespace: 'Custom', metricName: 'Errors', account: '222222222222', statistic: 'p90' }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    new cloudwatch.Alarm(stack, 'SameAccount', {
      metric: new cloudwatch.Metric({ namespace: 'Custom', metricName: 'Errors', account: '111111111111', region: 'us-east-1' }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    return stack;
  },
  with_changes(app) {
    const stack = new cdk.Stack(app, 'WithStack');
    const base = new cloudwatch.Metric({ namespace: 'Custom', metricName: 'Requests', dimensionsMap: { Api: 'a' } });
    new cloudwatch.Alarm(stack, 'Changed', {
      metric: base.with({ statistic: 'Sum', period: cdk.Duration.hours(1), dimensionsMap: { Api: 'b', Stage: 'prod' }, unit: cloudwatch.Unit.COUNT }),
      threshold: 10,
      evaluationPeriods: 2,
    });
    new cloudwatch.Alarm(stack, 'Unchanged', { metric: base.with({}), threshold: 10, evaluationPeriods: 2 });
    return stack;
  },
  tags_and_attributes(app) {
    const stack = new cdk.Stack(app, 'TaggedStack');
    const alarm = new cloudwatch.Alarm(stack, 'Alarm', {
      metric: backupMetric(),
      threshold: 1,
      evaluationPeriods: 1,
    });
    const named = new cloudwatch.Alarm(stack, 'Named', {
      metric: backupMetric(),
      threshold: 1,
      evaluationPeriods: 1,
      alarmName: 'named-alarm',
    });
    cdk.Tags.of(stack).add('project', 'compact-connect');
    cdk.Tags.of(alarm).add('environment', 'sandbox');
    new cdk.CfnOutput(stack, 'AlarmArn', { value: alarm.alarmArn });
    new cdk.CfnOutput(stack, 'AlarmName', { value: alarm.alarmName });
    new cdk.CfnOutput(stack, 'NamedArn', { value: named.alarmArn });
    new cdk.CfnOutput(stack, 'NamedName', { value: named.alarmName });
    return stack;
  },
};

const templates = {};
for (const [name, build] of Object.entries(scenarios)) {
  const app = newApp();
  const stack = build(app);
  const assembly = app.synth();
  templates[name] = assembly.getStackByName(stack.stackName).template;
}

function alarmIn(stackProps, metricProps, alarmProps) {
  return () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'S', stackProps);
    new cloudwatch.Alarm(stack, 'Alarm', Object.assign({
      metric: new cloudwatch.Metric(Object.assign({ namespace: 'N', metricName: 'M' }, metricProps)),
      threshold: 1,
      evaluationPeriods: 1,
    }, alarmProps));
    return app.synth().getStackByName('S').template;
  };
}

const dims31 = {};
for (let i = 0; i < 31; i++) dims31[`D${i}`] = 'v';
const errors = {
  period_not_allowed: capture(alarmIn({}, { period: cdk.Duration.seconds(45) })),
  period_allowed_10s: capture(alarmIn({}, { period: cdk.Duration.seconds(10) })),
  too_many_dimensions: capture(alarmIn({}, { dimensionsMap: dims31 })),
  empty_dimension_value: capture(alarmIn({}, { dimensionsMap: { A: '' } })),
  empty_dimension_name: capture(alarmIn({}, { dimensionsMap: { '': 'x' } })),
  region_mismatch: capture(alarmIn({ env: { account: '111111111111', region: 'us-east-1' } }, { region: 'us-west-2' })),
  anomaly_operator: capture(alarmIn({}, {}, { comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD })),
  threshold_missing: capture(alarmIn({}, {}, { threshold: undefined })),
  ec2_action_without_instance: capture(() => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'S');
    const alarm = new cloudwatch.Alarm(stack, 'Alarm', {
      metric: new cloudwatch.Metric({ namespace: 'N', metricName: 'M' }), threshold: 1, evaluationPeriods: 1,
    });
    alarm.addAlarmAction(fakeAction('arn:aws:automate:us-east-1:ec2:stop'));
  }),
};

writeRef(__filename, 'cloudwatch', { templates, errors });
