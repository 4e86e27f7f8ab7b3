// Reference data for Stack naming, artifact ids, pseudo values, manifest entries and validation errors.
'use strict';
const fs = require('fs');
const path = require('path');
const { newApp, writeRef, capture } = require('./_common');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const long = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

// ---- naming -------------------------------------------------------------
const app = newApp();
const group = new Construct(app, 'Group');
const sub = new Construct(group, 'Sub');
const stage = new cdk.Stage(app, 'Stage');
const namingCases = [
  ['MyStack', () => new cdk.Stack(app, 'MyStack')],
  ['my-stack', () => new cdk.Stack(app, 'my-stack')],
  ['Group/Inner (stack inside a plain Construct)', () => new cdk.Stack(group, 'Inner')],
  ['Group/Sub/Deep', () => new cdk.Stack(sub, 'Deep')],
  ['Group/Default', () => new cdk.Stack(group, 'Default')],
  ['explicit stackName', () => new cdk.Stack(app, 'Explicit', { stackName: 'my-explicit-name' })],
  ['env concrete us-east-1', () => new cdk.Stack(app, 'Concrete', { env: { account: '123456789012', region: 'us-east-1' } })],
  ['env concrete cn-north-1', () => new cdk.Stack(app, 'China', { env: { account: '123456789012', region: 'cn-north-1' } })],
  ['env us-gov-west-1', () => new cdk.Stack(app, 'Gov', { env: { account: '123456789012', region: 'us-gov-west-1' } })],
  ['env region only', () => new cdk.Stack(app, 'RegionOnly', { env: { region: 'eu-west-1' } })],
  ['env account only', () => new cdk.Stack(app, 'AccountOnly', { env: { account: '123456789012' } })],
  ['id with spaces and dots, explicit stackName', () => new cdk.Stack(app, 'My Stack.v2', { stackName: 'MyStackV2' })],
  ['id 128 chars', () => new cdk.Stack(app, long('S', 128))],
  ['id 129 chars', () => new cdk.Stack(app, long('T', 129))],
  ['Stage/StageStack (stack inside a Stage)', () => new cdk.Stack(stage, 'StageStack')],
  ['terminationProtection true', () => new cdk.Stack(app, 'Protected', { terminationProtection: true })],
  ['description', () => new cdk.Stack(app, 'Described', { description: 'A description' })],
  ['tags in props', () => new cdk.Stack(app, 'TaggedProps', { tags: { b: '2', a: '1' } })],
  ['notificationArns', () => new cdk.Stack(app, 'Notified', { notificationArns: ['arn:aws:sns:us-east-1:123456789012:t'] })],
  ['analyticsReporting false', () => new cdk.Stack(app, 'NoAnalytics', { analyticsReporting: false })],
];
const stacks = namingCases.map(([desc, mk]) => [desc, mk()]);
for (const [, s] of stacks) new cdk.CfnResource(s, 'Topic', { type: 'AWS::SNS::Topic' });

const asm = app.synth();
const manifest = JSON.parse(fs.readFileSync(path.join(asm.directory, 'manifest.json'), 'utf8'));
const stageManifestPath = path.join(asm.directory, 'assembly-Stage', 'manifest.json');
const stageManifest = fs.existsSync(stageManifestPath) ? JSON.parse(fs.readFileSync(stageManifestPath, 'utf8')) : undefined;

function artifactEntry(s) {
  const m = s.nestedStackParent ? undefined : (cdk.Stage.of(s) === app ? manifest : stageManifest);
  return m && m.artifacts ? m.artifacts[s.artifactId] : undefined;
}

const naming = stacks.map(([desc, s]) => ({
  description: desc,
  path: s.node.path,
  stack_name: s.stackName,
  artifact_id: s.artifactId,
  template_file: s.templateFile,
  is_stack: cdk.Stack.isStack(s),
  environment: s.environment,
  resolved: {
    account: s.resolve(s.account),
    region: s.resolve(s.region),
    partition: s.resolve(s.partition),
    url_suffix: s.resolve(s.urlSuffix),
    stack_name: s.resolve(s.stackName),
    stack_id: s.resolve(s.stackId),
    availability_zones: s.resolve(s.availabilityZones),
    notification_arns: s.resolve(s.notificationArns),
  },
  termination_protection: s.terminationProtection,
  manifest_artifact: artifactEntry(s) === undefined ? null : artifactEntry(s),
  template: JSON.parse(fs.readFileSync(path.join(cdk.Stage.of(s) === app ? asm.directory : path.join(asm.directory, 'assembly-Stage'), s.templateFile), 'utf8')),
}));

const isStack = {
  'Stack.isStack(app)': cdk.Stack.isStack(app),
  'Stack.isStack(group construct)': cdk.Stack.isStack(group),
  'Stack.isStack(stack)': cdk.Stack.isStack(stacks[0][1]),
  'Stack.isStack({})': cdk.Stack.isStack({}),
  'Stack.of(resource) path': cdk.Stack.of(stacks[0][1].node.findChild('Topic')).node.path,
};

// ---- errors -------------------------------------------------------------
function errCase(description, fn) {
  const r = capture(fn);
  const out = { description };
  if (r.error !== undefined) { out.error = r.error; out.error_type = r.error_type; } else { out.no_error = true; if (r.value !== undefined) out.value = r.value; }
  return out;
}
function freshApp() { return newApp(); }
const errors = [
  errCase("stackName 'my_stack' (underscore)", () => new cdk.Stack(freshApp(), 'S', { stackName: 'my_stack' })),
  errCase('stackName starting with a digit', () => new cdk.Stack(freshApp(), 'S', { stackName: '1stack' })),
  errCase('stackName starting with a dash', () => new cdk.Stack(freshApp(), 'S', { stackName: '-stack' })),
  errCase('stackName with a space', () => new cdk.Stack(freshApp(), 'S', { stackName: 'my stack' })),
  errCase('stackName 128 chars', () => new cdk.Stack(freshApp(), 'S', { stackName: long('a', 128) }).stackName),
  errCase('stackName 129 chars', () => new cdk.Stack(freshApp(), 'S', { stackName: long('a', 129) })),
  errCase('stackName empty string', () => new cdk.Stack(freshApp(), 'S', { stackName: '' }).stackName),
  errCase("stack id 'my_stack' (underscore, no stackName)", () => new cdk.Stack(freshApp(), 'my_stack').stackName),
  errCase("stack id '1abc' (no stackName)", () => new cdk.Stack(freshApp(), '1abc').stackName),
  errCase("stack id 'My Stack.v2' (no stackName)", () => new cdk.Stack(freshApp(), 'My Stack.v2').stackName),
  errCase('stack description 512 chars', () => new cdk.Stack(freshApp(), 'S', { description: long('d', 512) }).templateOptions.description.length),
  errCase('stack description 513 chars', () => new cdk.Stack(freshApp(), 'S', { description: long('d', 513) })),
  errCase('construct id empty', () => new cdk.Stack(freshApp(), '')),
  errCase('construct id empty for a child', () => new Construct(new cdk.Stack(freshApp(), 'S'), '')),
  errCase("construct id with '/' (value: node.id and node.path)", () => { const c = new Construct(new cdk.Stack(freshApp(), 'S'), 'a/b'); return [c.node.id, c.node.path]; }),
  errCase("stack id with '/' (value: stackName, artifactId)", () => { const st = new cdk.Stack(freshApp(), 'a/b'); return [st.stackName, st.artifactId]; }),
  errCase('duplicate sibling id', () => { const s = new cdk.Stack(freshApp(), 'S'); new Construct(s, 'Dup'); new Construct(s, 'Dup'); }),
  errCase('duplicate stack id', () => { const a = freshApp(); new cdk.Stack(a, 'S'); new cdk.Stack(a, 'S'); }),
  errCase('stack description 1024 chars', () => { const a = freshApp(); const s = new cdk.Stack(a, 'S', { description: long('d', 1024) }); new cdk.CfnResource(s, 'T', { type: 'AWS::SNS::Topic' }); a.synth(); return s.templateOptions.description.length; }),
  errCase('stack description 1025 chars', () => { const a = freshApp(); const s = new cdk.Stack(a, 'S', { description: long('d', 1025) }); new cdk.CfnResource(s, 'T', { type: 'AWS::SNS::Topic' }); a.synth(); return s.templateOptions.description.length; }),
  errCase('notificationArns with a token', () => new cdk.Stack(freshApp(), 'S', { notificationArns: [cdk.Aws.ACCOUNT_ID] })),
  errCase('stack with token account (value: resolved account, environment)', () => { const s = new cdk.Stack(freshApp(), 'S', { env: { account: cdk.Aws.ACCOUNT_ID } }); return [s.resolve(s.account), s.environment]; }),
  errCase('Stack.of(construct outside any stack)', () => cdk.Stack.of(new Construct(freshApp(), 'Loose'))),
  errCase('stack nested in a stack (not NestedStack) (value: stackName, artifactId)', () => { const a = freshApp(); const s = new cdk.Stack(a, 'Outer'); const i = new cdk.Stack(s, 'Inner'); return [i.stackName, i.artifactId]; }),
  errCase('empty stack synth (no resources)', () => { const a = freshApp(); new cdk.Stack(a, 'Empty'); const x = a.synth(); return x.getStackArtifact('Empty').template; }),
];

writeRef(__filename, 'stack_basics', {
  notes: 'Stacks under one bare App (plus a Stage "Stage"); each has one CfnResource "Topic" (AWS::SNS::Topic). manifest_artifact is the stack artifact entry from manifest.json (or assembly-Stage/manifest.json). Errors: each case in its own fresh App; no_error=true means it did not throw; value is what the case returned.',
  naming,
  is_stack: isStack,
  manifest_top_level_keys: Object.keys(manifest),
  manifest_version: manifest.version,
  manifest_artifact_order: Object.keys(manifest.artifacts),
  errors,
});
