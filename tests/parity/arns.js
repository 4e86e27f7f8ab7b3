// Reference data for Stack.formatArn / Arn.format / Arn.split / Arn.extractResourceName.
'use strict';
const { newApp, writeRef, capture } = require('./_common');
const cdk = require('aws-cdk-lib');
const { Arn, ArnFormat, CfnResource, Token } = cdk;

const app = newApp();
const agnostic = new cdk.Stack(app, 'AgnosticStack');
const concrete = new cdk.Stack(app, 'ConcreteStack', { env: { account: '123456789012', region: 'us-east-1' } });
const china = new cdk.Stack(app, 'ChinaStack', { env: { account: '123456789012', region: 'cn-north-1' } });
const bucket = new CfnResource(agnostic, 'Bucket', { type: 'AWS::S3::Bucket' });
const concreteBucket = new CfnResource(concrete, 'Bucket', { type: 'AWS::S3::Bucket' });

const stacks = [
  ['agnostic', agnostic, {}],
  ['us-east-1/123456789012', concrete, { account: '123456789012', region: 'us-east-1' }],
  ['cn-north-1/123456789012', china, { account: '123456789012', region: 'cn-north-1' }],
];

// Components; `resourceName: '<token>'` is replaced with bucket.ref of the same stack.
const componentCases = [
  { service: 'sqs', resource: 'my-queue' },
  { service: 's3', resource: 'bucket', resourceName: 'key/*' },
  { service: 'lambda', resource: 'function', resourceName: 'MyFn', sep: ':' },
  { service: 'lambda', resource: 'function', resourceName: 'MyFn', sep: '' },
  { service: 'lambda', resource: 'function', resourceName: 'MyFn', sep: '/' },
  { service: 'sqs', resource: 'my-queue', arnFormat: ArnFormat.NO_RESOURCE_NAME },
  { service: 'sqs', resource: 'my-queue', resourceName: 'ignored?', arnFormat: ArnFormat.NO_RESOURCE_NAME },
  { service: 'lambda', resource: 'function', resourceName: 'MyFn', arnFormat: ArnFormat.COLON_RESOURCE_NAME },
  { service: 'lambda', resource: 'function', arnFormat: ArnFormat.COLON_RESOURCE_NAME },
  { service: 'sns', resource: 'topic', resourceName: 'a/b', arnFormat: ArnFormat.SLASH_RESOURCE_NAME },
  { service: 'apigateway', resource: 'restapis', resourceName: 'abc/stages/prod', arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME, account: '' },
  { service: 'apigateway', resource: 'restapis', arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME },
  { service: 'lambda', resource: 'function', resourceName: 'MyFn', arnFormat: ArnFormat.COLON_RESOURCE_NAME, sep: '/' },
  { service: 'iam', resource: 'role', resourceName: 'MyRole', region: '' },
  { service: 's3', resource: 'my-bucket', region: '', account: '' },
  { service: 's3', resource: 'my-bucket', resourceName: '*', region: '', account: '' },
  { service: 'sqs', resource: 'q', partition: 'aws-us-gov', region: 'us-gov-west-1', account: '111111111111' },
  { service: 'sqs', resource: 'q', partition: 'aws', region: 'eu-west-1', account: '222222222222', arnFormat: ArnFormat.NO_RESOURCE_NAME },
  { service: 'sqs', resource: 'q', region: 'eu-west-1' },
  { service: 's3', resource: 'bucket', resourceName: '<token>' },
  { service: 's3', resource: 'bucket', resourceName: '<token>', region: '', account: '' },
  { service: 'logs', resource: 'log-group', resourceName: '/aws/lambda/fn:*', arnFormat: ArnFormat.COLON_RESOURCE_NAME },
  { service: 'lambda', resource: 'function', resourceName: 'x', sep: '::' },
];

function materialize(c, stack) {
  const out = Object.assign({}, c);
  if (out.resourceName === '<token>') out.resourceName = (stack === agnostic ? bucket : concreteBucket).ref;
  return out;
}
function describeComponents(c) {
  const out = Object.assign({}, c);
  if (out.resourceName === '<token>') out.resourceName = '<token: Ref of CfnResource "Bucket" (AWS::S3::Bucket) in the same stack>';
  return out;
}

const format_arn = [];
for (const [envName, stack] of stacks) {
  for (const c of componentCases) {
    if (c.resourceName === '<token>' && stack === china) continue;
    const r = capture(() => stack.resolve(stack.formatArn(materialize(c, stack))));
    const rec = { stack_env: envName, components: describeComponents(c) };
    if (r.error !== undefined) rec.error = r.error; else rec.resolved = r.value;
    format_arn.push(rec);
  }
}

// Arn.format without a stack.
const arn_format_no_stack = [
  { service: 's3', resource: 'b', partition: 'aws', region: '', account: '' },
  { service: 's3', resource: 'b', partition: 'aws', region: '' },
  { service: 'sqs', resource: 'q' },
].map(c => {
  const r = capture(() => Arn.format(c));
  return r.error !== undefined ? { components: c, error: r.error } : { components: c, resolved: r.value };
});

function clean(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out;
}

const literalArns = [
  ['arn:aws:sqs:us-east-1:123456789012:my-queue', 'NO_RESOURCE_NAME'],
  ['arn:aws:lambda:us-east-1:123456789012:function:MyFn', 'COLON_RESOURCE_NAME'],
  ['arn:aws:lambda:us-east-1:123456789012:function:MyFn:alias', 'COLON_RESOURCE_NAME'],
  ['arn:aws:lambda:us-east-1:123456789012:function', 'COLON_RESOURCE_NAME'],
  ['arn:aws:iam::123456789012:role/path/MyRole', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:iam::123456789012:role', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:s3:::my-bucket/key/with/slashes', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:s3:::my-bucket', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod', 'SLASH_RESOURCE_SLASH_RESOURCE_NAME'],
  ['arn:aws:apigateway:us-east-1::/restapis', 'SLASH_RESOURCE_SLASH_RESOURCE_NAME'],
  ['arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-123', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:sns:us-east-1:123456789012:topic:with:colons', 'NO_RESOURCE_NAME'],
  ['arn:aws:sns:us-east-1:123456789012:topic/with/slash', 'COLON_RESOURCE_NAME'],
  ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:*', 'COLON_RESOURCE_NAME'],
  ['arn:aws:iam::123456789012:role/MyRole', 'COLON_RESOURCE_NAME'],
  ['arn:aws:iam::123456789012:role/MyRole', 'NO_RESOURCE_NAME'],
  ['arn:aws:apigateway:us-east-1::restapis/abc', 'SLASH_RESOURCE_SLASH_RESOURCE_NAME'],
  ['not-an-arn', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:s3', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:s3:::', 'SLASH_RESOURCE_NAME'],
  ['arn:aws:sqs:us-east-1:123456789012', 'NO_RESOURCE_NAME'],
  ['arn:aws:sqs:us-east-1:123456789012:', 'NO_RESOURCE_NAME'],
  ['', 'SLASH_RESOURCE_NAME'],
  ['ARN:aws:s3:::b', 'SLASH_RESOURCE_NAME'],
];
const split_literal = literalArns.map(([arn, fmt]) => {
  const a = capture(() => clean(Arn.split(arn, ArnFormat[fmt])));
  const b = capture(() => clean(agnostic.splitArn(arn, ArnFormat[fmt])));
  const rec = { arn, format: fmt };
  if (a.error !== undefined) rec.error = a.error; else rec.components = a.value;
  if (JSON.stringify(a) !== JSON.stringify(b)) rec.stack_splitArn = b;
  return rec;
});

const tokenArnCases = [
  ['bucket.getAtt("Arn")', () => bucket.getAtt('Arn').toString()],
  ['Fn.importValue("X")', () => cdk.Fn.importValue('X')],
  ['`arn:aws:s3:::${bucket.ref}` (partially literal)', () => `arn:aws:s3:::${bucket.ref}`],
  ['`arn:${Aws.PARTITION}:lambda:${Aws.REGION}:${Aws.ACCOUNT_ID}:function:${bucket.ref}`', () => `arn:${cdk.Aws.PARTITION}:lambda:${cdk.Aws.REGION}:${cdk.Aws.ACCOUNT_ID}:function:${bucket.ref}`],
];
const split_token = [];
for (const [desc, mk] of tokenArnCases) {
  for (const fmt of ['NO_RESOURCE_NAME', 'COLON_RESOURCE_NAME', 'SLASH_RESOURCE_NAME', 'SLASH_RESOURCE_SLASH_RESOURCE_NAME']) {
    const r = capture(() => agnostic.resolve(clean(Arn.split(mk(), ArnFormat[fmt]))));
    const rec = { arn: desc, format: fmt };
    if (r.error !== undefined) rec.error = r.error; else rec.components = r.value;
    split_token.push(rec);
  }
}

const extractCases = [
  ['arn:aws:iam::123456789012:role/MyRole', 'role'],
  ['arn:aws:iam::123456789012:role/path/MyRole', 'role'],
  ['arn:aws:lambda:us-east-1:123456789012:function:MyFn', 'function'],
  ['arn:aws:sns:us-east-1:123456789012:topic', 'topic'],
  ['arn:aws:iam::123456789012:role/MyRole', 'user'],
  ['not-an-arn', 'role'],
];
const extract_resource_name = extractCases.map(([arn, type]) => {
  const r = capture(() => Arn.extractResourceName(arn, type));
  return r.error !== undefined ? { arn, resource_type: type, error: r.error } : { arn, resource_type: type, resolved: r.value };
});
const extract_token = ['role', 'function'].map(type => {
  const r = capture(() => agnostic.resolve(Arn.extractResourceName(bucket.getAtt('Arn').toString(), type)));
  return r.error !== undefined ? { arn: 'bucket.getAtt("Arn")', resource_type: type, error: r.error } : { arn: 'bucket.getAtt("Arn")', resource_type: type, resolved: r.value };
});

writeRef(__filename, 'arns', {
  notes: 'format_arn: stack.formatArn(components) resolved, for an env-agnostic stack, a stack with env {account:123456789012, region:us-east-1} and one in cn-north-1. arnFormat values are the enum string values. split_*: Arn.split(arn, ArnFormat[format]) with undefined fields removed (stack_splitArn only present when stack.splitArn differs).',
  arn_format_enum: Object.assign({}, ArnFormat),
  format_arn,
  arn_format_no_stack,
  split_literal,
  split_token,
  extract_resource_name: extract_resource_name.concat(extract_token),
});
