// Lambda functions with aws-cdk-lib 2.276.0: the example app's export function (asset code, log
// group, role policy for a user pool ARN, an alarm on its errors; the template, the asset hash
// and the whole <Stack>.assets.json compared), inline and S3 code, every runtime cdkpp offers,
// architectures, environment order, a given role, permissions and invoke grants (service
// principal, account, role in the same and in another stack), metrics, tags, and the error
// cases. Writes reference/lambda.json; the C++ twins are in tests/lambda/function_parity_test.cpp.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const { newApp, writeRef, capture } = require('./_common');

const repo = path.join(__dirname, '..', '..');
const EXPORT_DIR = path.join(repo, 'tests/fixtures/export_lambda');
const D = cdk.Duration;

const scenarios = {
  export_lambda(app) {
    const stack = new cdk.Stack(app, 'ExportStack');
    const pool = new cdk.CfnResource(stack, 'UserPool', { type: 'AWS::Cognito::UserPool' });
    const backup = new Construct(stack, 'UserPoolBackup');
    const logGroup = new logs.LogGroup(backup, 'ExportLambdaLogGroup', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    const fn = new lambda.Function(backup, 'ExportLambda', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'lambda_function.lambda_handler',
      code: lambda.Code.fromAsset(EXPORT_DIR),
      description: 'Export user pool data for backup purposes',
      timeout: D.minutes(15),
      memorySize: 512,
      logGroup,
    });
    fn.addToRolePolicy(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      actions: ['cognito-idp:ListUsers', 'cognito-idp:DescribeUserPool'],
      resources: [stack.formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: pool.ref })],
    }));
    new cloudwatch.Alarm(backup, 'ExportLambdaErrorAlarm', {
      metric: fn.metricErrors(),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    return stack;
  },
  inline(app) {
    const stack = new cdk.Stack(app, 'InlineStack');
    const bucket = new cdk.CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket' });
    const fn = new lambda.Function(stack, 'Inline', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => "hello";'),
      functionName: 'inline-fn',
      architecture: lambda.Architecture.ARM_64,
      environment: { ZETA: 'z', ALPHA: 'a', BUCKET: bucket.ref },
      timeout: D.seconds(30),
      memorySize: 128,
    });
    fn.addEnvironment('MIDDLE', 'm');
    fn.addEnvironment('ZETA', 'z2');
    new lambda.Function(stack, 'X86', {
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(e, c): pass'),
      architecture: lambda.Architecture.X86_64,
      memorySize: 10240,
    });
    cdk.Tags.of(stack).add('project', 'compact-connect');
    new cdk.CfnOutput(stack, 'Arn', { value: fn.functionArn });
    new cdk.CfnOutput(stack, 'Name', { value: fn.functionName });
    new cdk.CfnOutput(stack, 'RoleArn', { value: fn.role.roleArn });
    return stack;
  },
  runtimes(app) {
    const stack = new cdk.Stack(app, 'RuntimeStack');
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'code-bucket');
    const tokenBucket = new cdk.CfnResource(stack, 'CodeBucket', { type: 'AWS::S3::Bucket' });
    const imported = s3.Bucket.fromBucketName(stack, 'TokenBucket', tokenBucket.ref);
    const all = ['PYTHON_3_9', 'PYTHON_3_10', 'PYTHON_3_11', 'PYTHON_3_12', 'PYTHON_3_13', 'PYTHON_3_14',
      'NODEJS_18_X', 'NODEJS_20_X', 'NODEJS_22_X', 'NODEJS_24_X', 'JAVA_11', 'JAVA_17', 'JAVA_21', 'JAVA_25',
      'PROVIDED_AL2', 'PROVIDED_AL2023'];
    for (const name of all) {
      new lambda.Function(stack, name, {
        runtime: lambda.Runtime[name],
        handler: 'h',
        code: lambda.Code.fromBucket(name.startsWith('JAVA') ? imported : bucket, name.toLowerCase() + '.zip',
          name === 'JAVA_21' ? 'v1' : undefined),
      });
    }
    return stack;
  },
  given_role(app) {
    const stack = new cdk.Stack(app, 'RoleStack');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fn = new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('pass'),
      role,
    });
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    const plain = new lambda.Function(stack, 'Plain', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('pass'),
      initialPolicy: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
    });
    new cdk.CfnOutput(stack, 'PlainRole', { value: plain.role.roleName });
    return stack;
  },
  permissions(app) {
    const stack = new cdk.Stack(app, 'PermissionStack');
    const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
    const fn = new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('pass'),
    });
    fn.addPermission('FromSns', {
      principal: new iam.ServicePrincipal('sns.amazonaws.com'),
      sourceArn: topic.ref,
      sourceAccount: '111111111111',
    });
    fn.addPermission('FromAccount', { principal: new iam.AccountPrincipal('222222222222'), action: 'lambda:GetFunction' });
    fn.addPermission('FromArn', { principal: new iam.ArnPrincipal('arn:aws:iam::333333333333:role/caller'), eventSourceToken: 'tok' });
    fn.grantInvoke(new iam.ServicePrincipal('apigateway.amazonaws.com'));
    fn.grantInvoke(new iam.ServicePrincipal('apigateway.amazonaws.com'));
    fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
    fn.grantInvoke(role);
    fn.grantInvoke(role);
    return stack;
  },
  grant_two_stacks(app) {
    const producer = new cdk.Stack(app, 'FunctionStack');
    const fn = new lambda.Function(producer, 'Fn', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('pass'),
    });
    const consumer = new cdk.Stack(app, 'CallerStack');
    const role = new iam.Role(consumer, 'Caller', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
    fn.grantInvoke(role);
    return [producer, consumer];
  },
  metrics(app) {
    const stack = new cdk.Stack(app, 'MetricStack');
    const fn = new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('pass'),
    });
    const alarm = (id, metric) => new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 2 });
    alarm('Errors', fn.metricErrors({ period: D.minutes(1) }));
    alarm('Invocations', fn.metricInvocations());
    alarm('Throttles', fn.metricThrottles({ statistic: 'Maximum' }));
    alarm('Duration', fn.metricDuration({ statistic: 'p99' }));
    alarm('Concurrent', fn.metric('ConcurrentExecutions', { statistic: 'Maximum', label: 'concurrency' }));
    return stack;
  },
};

const templates = {};
const assets = {};
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
  if (name === 'export_lambda') {
    const file = path.join(assembly.directory, stacks[0].stackName + '.assets.json');
    assets[name] = { text: fs.readFileSync(file, 'utf8') };
  }
}

function fnApp(props, after) {
  return () => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'S');
    const fn = new lambda.Function(stack, 'Fn', Object.assign({
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('pass'),
    }, props));
    if (after) after(fn, stack);
    return app.synth().getStackByName('S').template;
  };
}
// The function's properties only (the rest is the same in every error scenario).
function fnProps(synth) {
  return () => synth().Resources.Fn9270CBC0.Properties;
}
const errors = {
  name_too_long: capture(fnApp({ functionName: 'f'.repeat(65) })),
  name_bad_chars: capture(fnApp({ functionName: 'has space' })),
  description_too_long: capture(fnApp({ description: 'd'.repeat(257) })),
  reserved_environment: capture(fnApp({ environment: { AWS_REGION: 'us-east-1' } })),
  reserved_add_environment: capture(fnApp({}, (fn) => fn.addEnvironment('LAMBDA_TASK_ROOT', 'x'))),
  inline_empty: capture(() => lambda.Code.fromInline('')),
  inline_java: capture(fnApp({ runtime: lambda.Runtime.JAVA_21 })),
  asset_not_zip: capture(fnApp({ code: lambda.Code.fromAsset(path.join(EXPORT_DIR, 'lambda_function.py')) })),
  // aws-cdk-lib 2.276.0 accepts these (CloudFormation rejects them at deploy time).
  timeout_16_minutes: capture(fnProps(fnApp({ timeout: D.minutes(16) }))),
  memory_64: capture(fnProps(fnApp({ memorySize: 64 }))),
  memory_20000: capture(fnProps(fnApp({ memorySize: 20000 }))),
  permission_composite: capture(fnApp({}, (fn) => fn.addPermission('P', {
    principal: new iam.CompositePrincipal(new iam.ServicePrincipal('a.amazonaws.com'), new iam.ServicePrincipal('b.amazonaws.com')),
  }))),
};

// Absolute paths differ between machines.
for (const e of Object.values(errors)) if (e.error) e.error = e.error.split(repo + '/').join('<repo>/');

writeRef(__filename, 'lambda', { templates, assets, errors });
