// Multi-stack apps with aws-cdk-lib 2.276.0: cross-stack references of every kind, a nested
// stack referencing its parent and referenced by a sibling top-level stack, a directory asset,
// and the same with a concrete environment. Each scenario's assembly (all files but the
// *.metadata.json, which hold absolute paths, and the staged asset copies) is saved under
// reference/multi_stack/<scenario>/. The C++ twins are in tests/core/multi_stack_test.cpp.
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const s3assets = require('aws-cdk-lib/aws-s3-assets');
const { checkVersion, tmpDir, refDir } = require('./_common');

const repo = path.resolve(__dirname, '..', '..');

function twoStacks(app) {
  const producer = new cdk.Stack(app, 'Producer');
  const topic = new cdk.CfnResource(producer, 'Topic', { type: 'AWS::SNS::Topic' });
  const bucket = new cdk.CfnResource(producer, 'Bucket', { type: 'AWS::S3::Bucket' });
  const consumer = new cdk.Stack(app, 'Consumer');
  new cdk.CfnResource(consumer, 'Queue', {
    type: 'AWS::SQS::Queue',
    properties: {
      QueueName: topic.ref,
      RedriveAllowPolicy: { Arn: topic.getAtt('TopicArn').toString(), Pattern: `arn:${bucket.getAtt('Arn')}/*` },
      Tags: [{ Key: 'a', Value: bucket.ref }, { Key: 'b', Value: topic.ref }],
    },
  });
  new cdk.CfnOutput(consumer, 'BucketName', { value: bucket.ref });
  const third = new cdk.Stack(app, 'Third');
  new cdk.CfnResource(third, 'Param', { type: 'AWS::SSM::Parameter', properties: { Type: 'String', Value: topic.ref } });
}

function nested(app) {
  const parent = new cdk.Stack(app, 'Parent');
  const parentTopic = new cdk.CfnResource(parent, 'ParentTopic', { type: 'AWS::SNS::Topic' });
  const inner = new cdk.NestedStack(parent, 'Inner');
  const queue = new cdk.CfnResource(inner, 'InnerQueue', {
    type: 'AWS::SQS::Queue',
    properties: { QueueName: parentTopic.getAtt('TopicName').toString() },
  });
  new cdk.CfnResource(parent, 'Subscription', {
    type: 'AWS::SNS::Subscription',
    properties: { Endpoint: queue.getAtt('Arn').toString(), Protocol: 'sqs', TopicArn: parentTopic.ref },
  });
  const sibling = new cdk.Stack(app, 'Sibling');
  new cdk.CfnResource(sibling, 'Reader', { type: 'AWS::SSM::Parameter', properties: { Type: 'String', Value: queue.ref } });
}

function asset(app) {
  const stack = new cdk.Stack(app, 'AssetStack');
  const code = new s3assets.Asset(stack, 'Code', { path: path.join(repo, 'tests/fixtures/asset_dir') });
  new cdk.CfnResource(stack, 'Function', {
    type: 'AWS::Lambda::Function',
    properties: {
      Code: { S3Bucket: code.s3BucketName, S3Key: code.s3ObjectKey },
      Handler: 'index.handler',
      Runtime: 'python3.12',
      Environment: { Variables: { URL: code.httpUrl, S3: code.s3ObjectUrl } },
    },
  });
}

const env = { account: '123456789012', region: 'us-east-1' };
function withEnv(app) {
  const producer = new cdk.Stack(app, 'Producer', { env });
  const topic = new cdk.CfnResource(producer, 'Topic', { type: 'AWS::SNS::Topic' });
  const inner = new cdk.NestedStack(producer, 'Inner');
  new cdk.CfnResource(inner, 'InnerQueue', { type: 'AWS::SQS::Queue', properties: { QueueName: topic.getAtt('TopicName').toString() } });
  const consumer = new cdk.Stack(app, 'Consumer', { env });
  new cdk.CfnResource(consumer, 'Param', { type: 'AWS::SSM::Parameter', properties: { Type: 'String', Value: topic.ref } });
  new s3assets.Asset(consumer, 'Code', { path: path.join(repo, 'tests/fixtures/asset_dir') });
}

checkVersion();
const scenarios = { two_stacks: twoStacks, nested, asset, env: withEnv };
for (const [name, build] of Object.entries(scenarios)) {
  const outdir = tmpDir();
  const app = new cdk.App({ outdir });
  build(app);
  app.synth();
  const target = path.join(refDir(), 'multi_stack', name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of fs.readdirSync(outdir).sort()) {
    if (file.endsWith('.metadata.json') || file === 'validation-report.json') continue;
    if (fs.statSync(path.join(outdir, file)).isDirectory()) continue;  // staged asset copies
    fs.copyFileSync(path.join(outdir, file), path.join(target, file));
  }
  console.log('wrote ' + path.relative(process.cwd(), target));
}
