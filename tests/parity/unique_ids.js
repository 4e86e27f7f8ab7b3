// Reference data for logical-ID allocation (makeUniqueId + Stack.getLogicalId).
'use strict';
const { newApp, writeRef, capture } = require('./_common');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
// The private module is not in the package's "exports" map: load it by file path.
const path = require('path');
const libDir = path.dirname(require.resolve('aws-cdk-lib/package.json'));
const { makeUniqueId } = require(path.join(libDir, 'core', 'lib', 'private', 'uniqueid.js'));

const long = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

const cases = [
  ['Bucket'],
  ['My-Bucket_1.x'],
  ['!@#abc DEF$%^'],
  ['Stack', 'Bucket'],
  ['Stack', 'Bucket', 'Resource'],
  ['Bucket', 'Resource'],
  ['Resource'],
  ['Resource', 'Bucket'],
  ['Default', 'Bucket'],
  ['Bucket', 'Default'],
  ['A', 'Default', 'B'],
  ['Default', 'Default', 'X'],
  ['A', 'Default', 'Resource'],
  ['Bucket', 'Bucket'],
  ['MyBucket', 'Bucket'],
  ['Bucket', 'MyBucket'],
  ['A', 'Resource', 'Resource'],
  ['Foo', 'FooBar'],
  ['FooBar', 'Bar'],
  ['FooBar', 'Bar', 'Bar'],
  ['Foo', 'Bar', 'Foo'],
  ['my-stack', 'my.construct', 'with space'],
  ['Ünïcödé', 'Bücket'],
  ['日本語', 'Bucket'],
  ['日本語'],
  ['---'],
  ['---', 'x'],
  [long('Abcdefghij', 300)],
  [long('Abcdefghij', 255)],
  [long('Abcdefghij', 256)],
  [long('Abcdefghij', 150), long('Klmnopqrst', 150)],
  [long('Abcdefghij', 120), long('Klmnopqrst', 120)],
  [long('Abcdefghij', 120), long('Klmnopqrst', 121)],
  ['BackupInfrastructureStack.NestedStack', 'BackupInfrastructureStack.NestedStackResource'],
  ['SharedEncryptionKey', 'Resource'],
  ['StaffUsers', 'StaffUsersUserPoolId'],
  ['Exports', 'Output{"Ref":"AlarmTopicD01E77F9"}'],
  ['Exports', 'Output{"Fn::GetAtt":["Bucket83908E77","Arn"]}'],
  ['a', 'b', 'c', 'd', 'e'],
  ['', 'x'],
  ['x', ''],
];

const errorCases = [
  [],
  ['Default'],
  ['Default', 'Default'],
  ['a', cdk.Token.asString({ Ref: 'X' })],
];

const unique_ids = cases.map(components => ({ components, id: makeUniqueId(components) }));
const errors = errorCases.map(components => {
  const r = capture(() => makeUniqueId(components));
  if (r.error === undefined) throw new Error('expected error for ' + JSON.stringify(components));
  // Tokens are rendered as their (deterministic) string encoding.
  return { components: components.map(String), error: r.error };
});

// Stack-level cases: real CfnResources at nested construct paths.
function at(stack, pathBelowStack) {
  const parts = pathBelowStack.split('/');
  let scope = stack;
  for (const p of parts.slice(0, -1)) {
    scope = scope.node.tryFindChild(p) || new Construct(scope, p);
  }
  return new cdk.CfnResource(scope, parts[parts.length - 1], { type: 'AWS::SNS::Topic' });
}
const app = newApp();
const stack = new cdk.Stack(app, 'Stack');
const stackPaths = [
  'Bucket',
  'Bucket/Resource',
  'Level1/Default/Resource',
  'A/B/C',
  'Group/Default',
  'Default2/Default',
  'MyBucket/Bucket',
  'Topic/Resource/Resource',
  'with-dash/and.dot',
  'Resource',
  'X/Resource',
  'Y/Default/Default/Z',
];
const stack_level = stackPaths.map(p => {
  const r = at(stack, p);
  return { path: p, logical_id: stack.resolve(stack.getLogicalId(r)) };
});
// Cross-check against the synthesized template keys.
const asm = app.synth();
const tmpl = asm.getStackArtifact(stack.artifactId).template;
const ids = Object.keys(tmpl.Resources);
for (const c of stack_level) {
  if (!ids.includes(c.logical_id)) throw new Error('mismatch ' + c.logical_id);
}
// Paths whose logical id cannot be computed (each in its own app).
const stack_level_errors = ['Default', 'Default/Default'].map(p => {
  const a = newApp();
  const s = new cdk.Stack(a, 'Stack');
  const r = at(s, p);
  const res = capture(() => s.resolve(s.getLogicalId(r)));
  const syn = capture(() => a.synth());
  return { path: p, getLogicalId_error: res.error, synth_error: syn.error };
});

writeRef(__filename, 'unique_ids', {
  notes: 'unique_ids/errors: makeUniqueId(components) from aws-cdk-lib/core/lib/private/uniqueid. stack_level: path below Stack "Stack" -> stack.getLogicalId(resource) resolved.',
  unique_ids,
  errors,
  stack_level,
  stack_level_template_resource_order: ids,
  stack_level_errors,
});
