// Reference data for L1 (Cfn*) element rendering: resources, options, overrides, parameters,
// outputs, conditions, mappings, rules, transforms and template section ordering.
'use strict';
const { newApp, writeRef, capture, templateOf } = require('./_common');
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const { Fn, Aws, Lazy, CfnResource, CfnParameter, CfnOutput, CfnCondition, CfnMapping, CfnRule, RemovalPolicy, CfnDeletionPolicy } = cdk;

const app = newApp();

// ---- main stack: elements created in an interleaved order -----------------
const stack = new cdk.Stack(app, 'L1Stack', { description: 'L1 rendering reference' });
stack.addTransform('AWS::Serverless-2016-10-31');
stack.addTransform('AWS::LanguageExtensions');
stack.addTransform('AWS::Serverless-2016-10-31'); // duplicate: de-duplicated?
stack.addMetadata('StackMetaB', { b: 1 });
stack.addMetadata('StackMetaA', 'a');
stack.templateOptions.templateFormatVersion = '2010-09-09';

// An output first (so Outputs is the first section after the header keys).
const earlyOut = new CfnOutput(stack, 'EarlyOutput', { value: 'early' });

const env = new CfnParameter(stack, 'Env', {
  type: 'String',
  default: 'dev',
  allowedValues: ['dev', 'prod'],
  allowedPattern: '[a-z]+',
  constraintDescription: 'must be dev or prod',
  description: 'Environment name',
  maxLength: 10,
  minLength: 2,
  noEcho: false,
});
const count = new CfnParameter(stack, 'Count', { type: 'Number', default: 3, maxValue: 10, minValue: 1, noEcho: true, description: 'A number' });
const plain = new CfnParameter(stack, 'Plain'); // all defaults

const isProd = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals(env.valueAsString, 'prod') });

const props = new CfnResource(stack, 'Props', {
  type: 'AWS::Test::Props',
  properties: {
    Zed: 'z',
    Alpha: { B: 1, A: 2 },
    List: [3, 1, 2, { Y: true, X: null }],
    Name: `${env.valueAsString}-name`,
    Count: count.valueAsNumber,
    Empty: {},
    EmptyList: [],
    Undef: undefined,
    Null: null,
    Conditional: Fn.conditionIf(isProd.logicalId, 'big', 'small'),
    LazyProp: Lazy.string({ produce: () => 'lazy' }),
  },
});
props.addOverride('Properties.A.B', 'override-a-b');
props.addPropertyOverride('New.Deep', 'x');
props.addPropertyOverride('Alpha.C', { Nested: [1, 2] });
props.addDeletionOverride('Properties.Zed');
props.addPropertyDeletionOverride('Alpha.B');
props.addOverride('Metadata.FromOverride', 'm');
props.addOverride('UpdatePolicy.AutoScalingReplacingUpdate.WillReplace', true);
props.addOverride('Properties.List.1', 'not-an-index');

const mapping = new CfnMapping(stack, 'RegionMap', {
  mapping: {
    'us-east-1': { ami: 'ami-1', size: 't3.micro' },
    'eu-west-1': { ami: 'ami-2', size: 't3.small' },
  },
});
const lazyMapping = new CfnMapping(stack, 'LazyMap', { mapping: { k1: { k2: 'inlined-value' } }, lazy: true });
const lazyMappingToken = new CfnMapping(stack, 'LazyMapToken', { mapping: { 'us-east-1': { v: 'x' } }, lazy: true });
const unusedLazyMapping = new CfnMapping(stack, 'UnusedLazyMap', { mapping: { a: { b: 'c' } }, lazy: true });
mapping.setValue('ap-south-1', 'ami', 'ami-3');

const options = new CfnResource(stack, 'Options', {
  type: 'AWS::Test::Options',
  properties: {
    Ami: mapping.findInMap(Aws.REGION, 'ami'),
    AmiLiteral: mapping.findInMap('us-east-1', 'size'),
    Inlined: lazyMapping.findInMap('k1', 'k2'),
    LazyTokenKey: lazyMappingToken.findInMap(Aws.REGION, 'v'),
  },
});
options.cfnOptions.condition = isProd;
options.cfnOptions.metadata = { Z: 1, A: { b: 2 } };
options.addMetadata('Added', 'yes');
options.cfnOptions.creationPolicy = { resourceSignal: { count: 2, timeout: 'PT5M' }, autoScalingCreationPolicy: { minSuccessfulInstancesPercent: 50 } };
options.cfnOptions.updatePolicy = { autoScalingRollingUpdate: { maxBatchSize: 1, minInstancesInService: 0, pauseTime: 'PT1M', waitOnResourceSignals: true }, useOnlineResharding: true };
options.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;
options.cfnOptions.deletionPolicy = CfnDeletionPolicy.SNAPSHOT;
options.cfnOptions.version = '1.0';
options.cfnOptions.description = 'resource description';

const out2 = new CfnOutput(stack, 'PropsRef', { value: props.ref, description: 'The ref', exportName: 'PropsRefExport', condition: isProd });
const out3 = new CfnOutput(stack, 'PropsArn', { value: props.getAtt('Arn').toString(), key: 'CustomOutputKey' });
const out4 = new CfnOutput(stack, 'Joined', { value: `${props.ref}/${Aws.REGION}`, exportName: `${Aws.STACK_NAME}-joined` });

new CfnRule(stack, 'ProdRule', {
  ruleCondition: Fn.conditionEquals(env.valueAsString, 'prod'),
  assertions: [
    { assert: Fn.conditionContains(['a', 'b'], plain.valueAsString), assertDescription: 'plain must be a or b' },
    { assert: Fn.conditionEquals(count.valueAsString, '3') },
  ],
});
const rule2 = new CfnRule(stack, 'NoConditionRule');
rule2.addAssertion(Fn.conditionNot(Fn.conditionEquals(env.valueAsString, 'x')), 'added assertion');

// Removal policies.
for (const [id, policy] of [['Destroy', RemovalPolicy.DESTROY], ['Retain', RemovalPolicy.RETAIN], ['Snapshot', RemovalPolicy.SNAPSHOT], ['RetainOnUpdateOrDelete', RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE]]) {
  new CfnResource(stack, 'Removal' + id, { type: 'AWS::Test::Removal' }).applyRemovalPolicy(policy);
}
new CfnResource(stack, 'RemovalDefaultRetain', { type: 'AWS::Test::Removal' }).applyRemovalPolicy(undefined, { default: RemovalPolicy.RETAIN });
new CfnResource(stack, 'RemovalApplyToUpdateReplaceFalse', { type: 'AWS::Test::Removal' }).applyRemovalPolicy(RemovalPolicy.RETAIN, { applyToUpdateReplacePolicy: false });

// Logical id override.
const renamed = new CfnResource(stack, 'Renamed', { type: 'AWS::Test::Renamed' });
renamed.overrideLogicalId('MyExplicitLogicalId');

// Dependencies: DependsOn is sorted by construct path (String.localeCompare), not by logical id.
const group = new Construct(stack, 'DepGroup');
const depTargets = {};
for (const id of ['beta', 'Alpha', 'alpha2', 'Gamma', 'delta', 'B-dash', 'b_under', 'Z9', 'z10', 'Ä-umlaut']) {
  depTargets[id] = new CfnResource(group, id, { type: 'AWS::Test::Dep' });
}
depTargets.beta.overrideLogicalId('AAAFirstByLogicalId');
depTargets.Gamma.overrideLogicalId('ZZZLastByLogicalId');
const dependent = new CfnResource(stack, 'Dependent', { type: 'AWS::Test::Dependent' });
for (const id of Object.keys(depTargets).reverse()) dependent.addDependency(depTargets[id]);
dependent.addDependency(depTargets.beta); // duplicate: de-duplicated
// Construct-level dependency on a construct subtree.
const subtree = new Construct(stack, 'Subtree');
new CfnResource(subtree, 'Two', { type: 'AWS::Test::Dep' });
new CfnResource(subtree, 'One', { type: 'AWS::Test::Dep' });
const nodeDependent = new CfnResource(stack, 'NodeDependent', { type: 'AWS::Test::Dependent' });
nodeDependent.node.addDependency(subtree, props);
const outDepends = new CfnOutput(stack, 'AfterDeps', { value: dependent.ref });

// Parameter value used late; plus a second condition later in the tree.
const late = new CfnParameter(stack, 'LateParam', { type: 'List<Number>', default: '1,2' });
new CfnCondition(stack, 'LateCondition', { expression: Fn.conditionAnd(isProd, Fn.conditionEquals(Fn.select(0, late.valueAsList), '1')) });
const emptyCondition = new CfnCondition(stack, 'EmptyCondition'); // no expression
new CfnResource(stack, 'NoProps', { type: 'AWS::Test::NoProps' });
new CfnResource(stack, 'EmptyProps', { type: 'AWS::Test::EmptyProps', properties: {} });
new CfnResource(stack, 'UndefinedProps', { type: 'AWS::Test::UndefinedProps', properties: { A: undefined } });

// ---- a second stack with a single transform -------------------------------
const single = new cdk.Stack(app, 'SingleTransformStack');
single.addTransform('AWS::Serverless-2016-10-31');
new CfnResource(single, 'R', { type: 'AWS::Test::R' });

// ---- a stack with only sections and no resources ---------------------------
const onlyParams = new cdk.Stack(app, 'OnlyOutputsStack');
new CfnOutput(onlyParams, 'Out', { value: 'v' });

const asm = app.synth();
const stacksOut = {};
for (const s of [stack, single, onlyParams]) {
  const t = templateOf(asm, s.artifactId);
  stacksOut[s.stackName] = { template_file: s.templateFile, template_text: t.text, template: t.parsed, top_level_keys: Object.keys(t.parsed) };
}

const ids = {
  'props.logicalId': stack.resolve(props.logicalId),
  'props.ref': stack.resolve(props.ref),
  'renamed.logicalId': stack.resolve(renamed.logicalId),
  'env.logicalId': stack.resolve(env.logicalId),
  'env.valueAsString': stack.resolve(env.valueAsString),
  'env.valueAsNumber (String param)': capture(() => stack.resolve(env.valueAsNumber)),
  'count.valueAsNumber': stack.resolve(count.valueAsNumber),
  'late.valueAsList': stack.resolve(late.valueAsList),
  'env.value': stack.resolve(env.value),
  'mapping.findInMap(literal keys)': stack.resolve(mapping.findInMap('us-east-1', 'ami')),
  'lazyMapping.findInMap(literal keys)': stack.resolve(lazyMapping.findInMap('k1', 'k2')),
  'out3.logicalId (key option)': stack.resolve(out3.logicalId),
  'out2.importValue (same stack)': capture(() => stack.resolve(out2.importValue)),
  'emptyCondition.expression': emptyCondition.expression === undefined ? null : emptyCondition.expression,
};

// ---- errors ---------------------------------------------------------------
function errCase(description, fn) {
  const r = capture(fn);
  const o = { description };
  if (r.error !== undefined) o.error = r.error; else { o.no_error = true; if (r.value !== undefined) o.value = r.value; }
  return o;
}
function synthOf(mk) {
  const a = newApp();
  const s = new cdk.Stack(a, 'S');
  mk(s);
  return templateOf(a.synth(), 'S').parsed;
}
const errors = [
  errCase('overrideLogicalId to a sibling logical id', () => synthOf(s => {
    new CfnResource(s, 'First', { type: 'AWS::Test::A' });
    new CfnResource(s, 'Second', { type: 'AWS::Test::B' }).overrideLogicalId('First');
  })),
  errCase('parameter and resource with the same logical id (different sections)', () => synthOf(s => {
    new CfnParameter(s, 'Same', { type: 'String' });
    new CfnResource(s, 'Other', { type: 'AWS::Test::A' }).overrideLogicalId('Same');
  })),
  errCase('two outputs with the same logical id', () => synthOf(s => {
    new CfnOutput(s, 'O1', { value: 'a' });
    new CfnOutput(s, 'O2', { value: 'b' }).overrideLogicalId('O1');
  })),
  errCase('overrideLogicalId after logicalId was resolved... (overrideLogicalId twice)', () => synthOf(s => {
    const r = new CfnResource(s, 'R', { type: 'AWS::Test::A' });
    r.overrideLogicalId('X1');
    r.overrideLogicalId('X2');
  })),
  errCase('overrideLogicalId with invalid characters', () => synthOf(s => {
    new CfnResource(s, 'R', { type: 'AWS::Test::A' }).overrideLogicalId('Bad-Id');
  })),
  errCase('CfnResource without type', () => synthOf(s => { new CfnResource(s, 'R', {}); })),
  errCase('CfnOutput with undefined value', () => synthOf(s => { new CfnOutput(s, 'O', { value: undefined }); })),
  errCase('CfnParameter default not in allowedValues', () => synthOf(s => { new CfnParameter(s, 'P', { type: 'String', default: 'z', allowedValues: ['a'] }); })),
  errCase('CfnParameter default violates minLength', () => synthOf(s => { new CfnParameter(s, 'P', { type: 'String', default: 'z', minLength: 3 }); })),
  errCase('valueAsNumber on a String parameter', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); return s.resolve(new CfnParameter(s, 'P', { type: 'String' }).valueAsNumber); }),
  errCase('valueAsList on a String parameter', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); return s.resolve(new CfnParameter(s, 'P', { type: 'String' }).valueAsList); }),
  errCase('CfnMapping findInMap unknown key', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); return s.resolve(new CfnMapping(s, 'M', { mapping: { a: { b: 'c' } } }).findInMap('x', 'b')); }),
  errCase('CfnMapping findInMap unknown second key', () => { const a = newApp(); const s = new cdk.Stack(a, 'S'); return s.resolve(new CfnMapping(s, 'M', { mapping: { a: { b: 'c' } } }).findInMap('a', 'y')); }),
  errCase('CfnMapping with non-alphanumeric key', () => synthOf(s => { new CfnMapping(s, 'M', { mapping: { 'a-b': { 'c_d': 'e' } } }); })),
  errCase('addDependency on a resource in another stack', () => {
    const a = newApp(); const s1 = new cdk.Stack(a, 'S1'); const s2 = new cdk.Stack(a, 'S2');
    const r1 = new CfnResource(s1, 'R1', { type: 'AWS::Test::A' }); const r2 = new CfnResource(s2, 'R2', { type: 'AWS::Test::A' });
    r2.addDependency(r1); const x = a.synth();
    return { S2_DependsOn: x.getStackArtifact('S2').template.Resources.R2.DependsOn || null, S2_dependencies: x.getStackArtifact('S2').dependencies.map(d => d.id) };
  }),
  errCase('applyRemovalPolicy SNAPSHOT on a type not supporting it? (generic CfnResource)', () => synthOf(s => { new CfnResource(s, 'R', { type: 'AWS::SNS::Topic' }).applyRemovalPolicy(RemovalPolicy.SNAPSHOT); })),
];

writeRef(__filename, 'l1_rendering', {
  notes: 'stacks.<name>.template_text is the exact file content written by aws-cdk-lib (JSON.stringify(template, undefined, 1)); template is the parsed form. See l1_rendering.js for the construct tree (created in an interleaved order on purpose).',
  stacks: stacksOut,
  values: ids,
  errors,
});
