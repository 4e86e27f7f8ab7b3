// Reference data for Stack.toJsonString (and CfnJson-free JSON-with-tokens rendering).
'use strict';
const { newApp, writeRef, capture } = require('./_common');
const cdk = require('aws-cdk-lib');
const { Aws, Fn, Lazy, Token, CfnResource } = cdk;

const app = newApp();
const stack = new cdk.Stack(app, 'JsonStack');
const bucket = new CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket' });
const topic = new CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
const pool = new CfnResource(stack, 'UserPool', { type: 'AWS::Cognito::UserPool' });
const numTok = Token.asNumber({ Ref: 'NumParam' });

// [description, JS expression source, space argument (optional)]
const cases = [
  ['literals only', '({ s: "str", n: 42, f: 1.5, neg: -3, t: true, f2: false, nul: null, arr: [1, "two", [3]], obj: { x: { y: "z" } } })'],
  ['empty object', '({})'],
  ['empty array', '([])'],
  ['plain string', '"hello"'],
  ['number', '42'],
  ['boolean', 'true'],
  ['null', 'null'],
  ['object with Ref token value', '({ bucket: bucket.ref })'],
  ['token value only', 'bucket.ref'],
  ['string with token in the middle', '({ arn: `arn:aws:s3:::${bucket.ref}/*` })'],
  ['list containing tokens', '({ list: [bucket.ref, "lit", topic.ref] })'],
  ['top-level list of tokens', '[bucket.ref, topic.ref]'],
  ['nested objects with several tokens', '({ a: { b: bucket.ref, c: [{ d: topic.ref }, bucket.getAtt("Arn")] }, e: Aws.REGION })'],
  ['key order {b, a} kept', '({ b: 1, a: 2 })'],
  ['special characters', '({ quote: "say \\"hi\\"", backslash: "a\\\\b", newline: "l1\\nl2", tab: "a\\tb", cr: "a\\rb", unicode: "héllo ✓ 日本", emoji: "😀", control: "\\u0001\\u001f", slash: "a/b", lt: "<tag>&amp;", ls: "\\u2028\\u2029" })'],
  ['special characters next to a token', '({ v: `"${bucket.ref}"\\n\\\\` })'],
  ['keys with special characters', '({ "k\\"ey": 1, "new\\nline": 2 })'],
  ['number token', '({ n: numTok })'],
  ['number token in string', '({ s: `n=${numTok}` })'],
  ['pseudo parameters', '({ account: Aws.ACCOUNT_ID, region: Aws.REGION, partition: Aws.PARTITION, stackName: stack.stackName })'],
  ['Fn.join value', '({ j: Fn.join("-", [bucket.ref, "x"]) })'],
  ['Fn.getAtt value', '({ arn: bucket.getAtt("Arn") })'],
  ['Fn.sub value', '({ s: Fn.sub("${AWS::Region}-x") })'],
  ['Fn.select/split list value', '({ l: Fn.split(",", bucket.ref) })'],
  ['lazy string', '({ lazy: Lazy.string({ produce: () => "lazy-value" }) })'],
  ['lazy producing token', '({ lazy: Lazy.string({ produce: () => bucket.ref }) })'],
  ['lazy any producing object', '({ lazy: Lazy.any({ produce: () => ({ inner: bucket.ref }) }) })'],
  ['undefined values dropped', '({ a: undefined, b: "x", c: [1, undefined] })'],
  ['nested toJsonString', '({ inner: stack.toJsonString({ x: bucket.ref }) })'],
  ['Fn.toJsonString inside', '({ inner: Fn.toJsonString({ x: bucket.ref }) })'],
  ['EventBridge-like', '({ user_pool_id: pool.ref, backup_bucket_name: bucket.ref, user_pool_type: "staff" })'],
  ['space 2, literals', '({ a: 1, b: [1, 2], c: { d: "e" } })', 2],
  ['space 2, with tokens', '({ a: bucket.ref, b: [topic.ref, "x"], c: { d: `x-${bucket.ref}` } })', 2],
  ['space "\\t"', '({ a: 1, b: bucket.ref })', '\t'],
];

const results = cases.map(([description, expression, space]) => {
  // eslint-disable-next-line no-eval
  const r = capture(() => stack.resolve(stack.toJsonString(eval(expression), space)));
  const out = { description, expression };
  if (space !== undefined) out.space = space;
  if (r.error !== undefined) out.error = r.error; else out.resolved = r.value;
  return out;
});

// Some values (list tokens) make toJsonString add a CfnJson helper resource: record the template.
const tmpl = app.synth().getStackArtifact(stack.artifactId).template;

writeRef(__filename, 'to_json_string', {
  notes: 'Stack "JsonStack" with CfnResource Bucket (AWS::S3::Bucket), Topic (AWS::SNS::Topic), UserPool (AWS::Cognito::UserPool); numTok = Token.asNumber({Ref:"NumParam"}). resolved = stack.resolve(stack.toJsonString(eval(expression), space)).',
  cases: results,
  template: tmpl,
});
