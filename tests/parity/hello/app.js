// JS twin of the cdkpp "hello" example. Usage: node tests/parity/hello/app.js <outdir>
'use strict';
const cdk = require('aws-cdk-lib');

const outdir = process.argv[2];
if (!outdir) {
  console.error('usage: node app.js <outdir>');
  process.exit(2);
}

const app = new cdk.App({ outdir });
const stack = new cdk.Stack(app, 'HelloStack', { description: 'cdkpp hello example: a queue, its policy, a parameter and an output' });
const prefix = new cdk.CfnParameter(stack, 'QueuePrefix', { type: 'String', default: 'hello', description: 'Prefix of the queue name' });
const queue = new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue', properties: { QueueName: `${prefix.valueAsString}-queue`, MessageRetentionPeriod: 1209600 } });
new cdk.CfnResource(stack, 'QueuePolicy', { type: 'AWS::SQS::QueuePolicy', properties: { Queues: [queue.ref], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:${stack.partition}:iam::${stack.account}:root` }, Action: 'sqs:SendMessage', Resource: queue.getAtt('Arn') }] } } });
new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.ref, description: 'URL of the queue', exportName: 'HelloQueueUrl' });
app.synth();
