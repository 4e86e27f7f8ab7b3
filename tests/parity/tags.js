// Reference data for Tags.of(scope).add/remove on the different tag formats.
'use strict';
const fs = require('fs');
const path = require('path');
const { newApp, writeRef, capture } = require('./_common');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const sns = require('aws-cdk-lib/aws-sns');
const cognito = require('aws-cdk-lib/aws-cognito');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const ssm = require('aws-cdk-lib/aws-ssm');
const { Tags, CfnResource, TagManager, TagType } = cdk;

function stackInfo(asm, s) {
  if (s.nested) {
    const t = JSON.parse(fs.readFileSync(path.join(asm.directory, s.templateFile), 'utf8'));
    return { template_file: s.templateFile, resources: t.Resources, stack_tags_tagValues: s.tags.tagValues() };
  }
  const art = asm.getStackArtifact(s.artifactId);
  const manifest = JSON.parse(fs.readFileSync(path.join(asm.directory, 'manifest.json'), 'utf8'));
  const entry = manifest.artifacts[s.artifactId];
  return {
    resources: art.template.Resources,
    manifest_tags: entry.properties.tags === undefined ? null : entry.properties.tags,
    stack_tags_tagValues: s.tags.tagValues(),
  };
}

function all(s) {
  return {
    topic: new sns.CfnTopic(s, 'Topic'),
    topicWithTags: new sns.CfnTopic(s, 'TopicWithTags', { tags: [{ key: 'zInitial', value: 'i' }, { key: 'Shared', value: 'from-props' }] }),
    pool: new cognito.CfnUserPool(s, 'UserPool'),
    asg: new autoscaling.CfnAutoScalingGroup(s, 'Asg', { maxSize: '1', minSize: '0', availabilityZones: ['us-east-1a'] }),
    param: new ssm.CfnParameter(s, 'Param', { type: 'String', value: 'v' }),
    generic: new CfnResource(s, 'GenericTopic', { type: 'AWS::SNS::Topic' }),
    genericWithTags: new CfnResource(s, 'GenericWithTags', { type: 'AWS::SNS::Topic', properties: { Tags: [{ Key: 'Manual', Value: 'm' }] } }),
  };
}

const scenarios = [];
function scenario(name, description, build) {
  const app = newApp();
  const r = capture(() => {
    const stacks = build(app);
    const asm = app.synth();
    const out = {};
    for (const s of stacks) out[s.node.path] = stackInfo(asm, s);
    return out;
  });
  const rec = { name, description };
  if (r.error !== undefined) rec.error = r.error; else rec.stacks = r.value;
  scenarios.push(rec);
}

scenario('basic', 'Tags.of(stack).add for keys inserted out of order, on every resource kind', app => {
  const s = new cdk.Stack(app, 'S');
  all(s);
  Tags.of(s).add('zeta', 'z');
  Tags.of(s).add('Alpha', 'A');
  Tags.of(s).add('beta', 'b');
  Tags.of(s).add('Shared', 'from-aspect');
  Tags.of(s).add('b_under', '1');
  Tags.of(s).add('B-dash', '2');
  Tags.of(s).add('10', 'ten');
  Tags.of(s).add('9', 'nine');
  return [s];
});

scenario('no_tags', 'the same resources without any tags', app => {
  const s = new cdk.Stack(app, 'S');
  all(s);
  return [s];
});

scenario('priorities', 'priority handling: higher wins; equal priority -> later applied (deeper scope) wins; remove has priority 200 by default', app => {
  const s = new cdk.Stack(app, 'S');
  const g = new Construct(s, 'Group');
  const deep = new sns.CfnTopic(g, 'Deep');
  new sns.CfnTopic(s, 'Top');
  Tags.of(s).add('p', 'stack-100');
  Tags.of(g).add('p', 'group-100');
  Tags.of(s).add('q', 'stack-300', { priority: 300 });
  Tags.of(g).add('q', 'group-100');
  Tags.of(g).add('r', 'group-50', { priority: 50 });
  Tags.of(s).add('r', 'stack-100');
  Tags.of(s).add('removed', 'x');
  Tags.of(g).remove('removed');
  Tags.of(s).add('kept', 'x', { priority: 300 });
  Tags.of(g).remove('kept');
  Tags.of(s).add('removedLowPrio', 'x');
  Tags.of(g).remove('removedLowPrio', { priority: 10 });
  Tags.of(deep).add('p', 'deep-100');
  Tags.of(s).add('order1', 'first');
  Tags.of(s).add('order1', 'second');
  return [s];
});

scenario('include_exclude', 'includeResourceTypes / excludeResourceTypes', app => {
  const s = new cdk.Stack(app, 'S');
  all(s);
  Tags.of(s).add('onlyTopics', 'yes', { includeResourceTypes: ['AWS::SNS::Topic'] });
  Tags.of(s).add('notTopics', 'yes', { excludeResourceTypes: ['AWS::SNS::Topic'] });
  Tags.of(s).add('both', 'yes', { includeResourceTypes: ['AWS::SNS::Topic', 'AWS::SSM::Parameter'], excludeResourceTypes: ['AWS::SSM::Parameter'] });
  Tags.of(s).add('emptyInclude', 'yes', { includeResourceTypes: [] });
  return [s];
});

scenario('asg_launched_instances', 'applyToLaunchedInstances=false -> PropagateAtLaunch false', app => {
  const s = new cdk.Stack(app, 'S');
  new autoscaling.CfnAutoScalingGroup(s, 'Asg', { maxSize: '1', minSize: '0', tags: [{ key: 'fromProps', value: 'p', propagateAtLaunch: false }] });
  Tags.of(s).add('propagate', 'yes');
  Tags.of(s).add('noPropagate', 'no', { applyToLaunchedInstances: false });
  return [s];
});

scenario('app_stack_construct', 'tags applied on the app, on a stack and on a construct (two stacks)', app => {
  const s1 = new cdk.Stack(app, 'S1');
  const s2 = new cdk.Stack(app, 'S2', { tags: { propTag: 'fromStackProps' } });
  const c = new Construct(s1, 'C');
  new sns.CfnTopic(c, 'InC');
  new sns.CfnTopic(s1, 'InS1');
  new sns.CfnTopic(s2, 'InS2');
  Tags.of(app).add('appTag', 'app');
  Tags.of(s1).add('stackTag', 's1');
  Tags.of(c).add('constructTag', 'c');
  return [s1, s2];
});

scenario('stack_tags_only', 'Tags.of(stack) with no taggable resources: manifest tags', app => {
  const s = new cdk.Stack(app, 'S');
  new CfnResource(s, 'Generic', { type: 'AWS::SNS::Topic' });
  Tags.of(s).add('b', '2');
  Tags.of(s).add('a', '1');
  return [s];
});

scenario('token_value', 'a tag whose value is a token (resource only, stack excluded)', app => {
  const s = new cdk.Stack(app, 'S');
  new sns.CfnTopic(s, 'Topic');
  const other = new sns.CfnTopic(s, 'Other');
  Tags.of(s).add('region', cdk.Aws.REGION, { excludeResourceTypes: ['aws:cdk:stack'] });
  Tags.of(s).add('ref', `x-${other.ref}`, { excludeResourceTypes: ['aws:cdk:stack'] });
  return [s];
});

scenario('token_value_on_stack', 'a tag whose value is a token applied to the stack itself', app => {
  const s = new cdk.Stack(app, 'S');
  new sns.CfnTopic(s, 'Topic');
  Tags.of(s).add('region', cdk.Aws.REGION);
  return [s];
});

scenario('aws_prefix', "tag key starting with 'aws:'", app => {
  const s = new cdk.Stack(app, 'S');
  new sns.CfnTopic(s, 'Topic');
  Tags.of(s).add('aws:reserved', 'v');
  return [s];
});

scenario('nested_stack', 'tags on a NestedStack and resources inside it', app => {
  const s = new cdk.Stack(app, 'S');
  const n = new cdk.NestedStack(s, 'Nested');
  new sns.CfnTopic(n, 'InNested');
  new sns.CfnTopic(s, 'InParent');
  Tags.of(s).add('parentTag', 'p');
  Tags.of(n).add('nestedTag', 'n');
  return [s, n];
});

scenario('l1_tags_property_overwritten', 'L1 with tags in props AND the same key from an aspect at default priority', app => {
  const s = new cdk.Stack(app, 'S');
  new sns.CfnTopic(s, 'T', { tags: [{ key: 'k', value: 'props' }] });
  new cognito.CfnUserPool(s, 'P', { userPoolTags: { k: 'props', other: 'o' } });
  Tags.of(s).add('k', 'aspect');
  return [s];
});

// Nested stack templates are separate files: record them too.
{
  const app = newApp();
  const s = new cdk.Stack(app, 'S');
  const n = new cdk.NestedStack(s, 'Nested');
  new sns.CfnTopic(n, 'InNested');
  Tags.of(s).add('parentTag', 'p');
  const asm = app.synth();
  const nestedFile = fs.readdirSync(asm.directory).filter(f => f.endsWith('.nested.template.json'));
  scenarios.push({
    name: 'nested_stack_template',
    description: 'template of the nested stack (file name and Resources)',
    nested_template_files: nestedFile,
    nested_resources: nestedFile.map(f => JSON.parse(fs.readFileSync(path.join(asm.directory, f), 'utf8')).Resources),
    parent_resources: asm.getStackArtifact('S').template.Resources,
  });
}

// TagManager used directly for each TagType.
const tag_manager = {};
for (const t of ['STANDARD', 'AUTOSCALING_GROUP', 'MAP', 'KEY_VALUE', 'NOT_TAGGABLE']) {
  const m = new TagManager(TagType[t], 'Custom::Thing');
  m.setTag('b', '2');
  m.setTag('a', '1', 0, false);
  m.setTag('C', '3');
  tag_manager[t] = { type_value: TagType[t], rendered: m.renderTags() === undefined ? null : m.renderTags(), tagValues: m.tagValues(), hasTags: m.hasTags() };
}

const errors = [
  ['empty key', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); new sns.CfnTopic(s, 'T'); Tags.of(s).add('', 'v'); return a.synth().getStackArtifact('S').template.Resources; }],
  ['empty value', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); new sns.CfnTopic(s, 'T'); Tags.of(s).add('k', ''); return a.synth().getStackArtifact('S').template.Resources; }],
  ['undefined value', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); Tags.of(s).add('k', undefined); return null; }],
  ['key longer than 128', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); new sns.CfnTopic(s, 'T'); Tags.of(s).add('k'.repeat(129), 'v'); return Object.keys(a.synth().getStackArtifact('S').template.Resources.T.Properties.Tags[0]); }],
  ['value longer than 256', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); new sns.CfnTopic(s, 'T'); Tags.of(s).add('k', 'v'.repeat(257)); return a.synth().getStackArtifact('S').template.Resources.T.Properties.Tags[0].Value.length; }],
].map(([description, fn]) => {
  const r = capture(fn);
  const o = { description };
  if (r.error !== undefined) o.error = r.error; else { o.no_error = true; if (r.value !== undefined) o.value = r.value; }
  return o;
});

writeRef(__filename, 'tags', {
  notes: 'Each scenario is a fresh bare App; see tags.js for the construct trees. For each stack: resources = template Resources; manifest_tags = manifest.json artifacts[stack].properties.tags; stack_tags_tagValues = stack.tags.tagValues(). tag_manager: new TagManager(type, "Custom::Thing") with setTag("b","2"), setTag("a","1",0,false), setTag("C","3") then renderTags().',
  scenarios,
  tag_manager,
  errors,
});
