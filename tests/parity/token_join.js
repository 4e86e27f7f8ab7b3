// Reference data for string-token concatenation and every Fn intrinsic.
'use strict';
const { newApp, writeRef, capture } = require('./_common');
const cdk = require('aws-cdk-lib');
const { Aws, Fn, Lazy, Token, CfnResource, CfnParameter, CfnCondition } = cdk;

const app = newApp();
const stack = new cdk.Stack(app, 'TokenStack');
const bucket = new CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket' });
const topic = new CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
const param = new CfnParameter(stack, 'Param', { type: 'String', default: 'p' });
const listParam = new CfnParameter(stack, 'ListParam', { type: 'CommaDelimitedList' });
const cond = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals(param.valueAsString, 'prod') });
const conds = [];
for (let i = 0; i < 12; i++) {
  conds.push(new CfnCondition(stack, 'C' + i, { expression: Fn.conditionEquals(param.valueAsString, 'v' + i) }));
}
const lazyStr = Lazy.string({ produce: () => 'lazy-value' });
const lazyTok = Lazy.string({ produce: () => bucket.ref });
const lazyNum = Lazy.number({ produce: () => 42 });
const lazyList = Lazy.list({ produce: () => ['a', bucket.ref] });
const lazyAny = Lazy.any({ produce: () => ({ k: bucket.ref }) });
const numTok = Token.asNumber({ Ref: 'SomeNumber' });

// [description, JS expression source]. Each expression is evaluated in this scope.
const cases = [
  // concatenation
  ['token in the middle', '`arn:${bucket.ref}/*`'],
  ['token at start', '`${bucket.ref}-suffix`'],
  ['token at end', '`prefix-${bucket.ref}`'],
  ['two adjacent tokens', '`${bucket.ref}${topic.ref}`'],
  ['two tokens with literal between', '`${bucket.ref}:${topic.ref}`'],
  ['token only', '`${bucket.ref}`'],
  ['bucket.ref', 'bucket.ref'],
  ['same token twice', '`${bucket.ref}/${bucket.ref}`'],
  ['getAtt toString concatenated', '`x-${bucket.getAtt("Arn").toString()}-y`'],
  ['getAtt as value', 'bucket.getAtt("Arn")'],
  ['getAtt toString only', 'bucket.getAtt("Arn").toString()'],
  ['parameter valueAsString concatenated', '`${param.valueAsString}-queue`'],
  ['string + operator concatenation', '"a" + bucket.ref + "b"'],
  ['empty literal parts', '"" + bucket.ref + ""'],
  ['literal containing ${ and }', '"${notatoken} " + bucket.ref + " {}"'],
  // pseudo parameters
  ['stack.account', 'stack.account'],
  ['stack.region', 'stack.region'],
  ['stack.partition', 'stack.partition'],
  ['stack.urlSuffix', 'stack.urlSuffix'],
  ['stack.stackName', 'stack.stackName'],
  ['stack.stackId', 'stack.stackId'],
  ['Aws.ACCOUNT_ID', 'Aws.ACCOUNT_ID'],
  ['Aws.NO_VALUE', 'Aws.NO_VALUE'],
  ['Aws.NOTIFICATION_ARNS via Fn.join', 'Fn.join(",", Aws.NOTIFICATION_ARNS)'],
  ['Aws.NOTIFICATION_ARNS', 'Aws.NOTIFICATION_ARNS'],
  ['pseudo params in a string', '`arn:${stack.partition}:iam::${stack.account}:root`'],
  ['all scalar pseudo params', '`${Aws.ACCOUNT_ID}|${Aws.REGION}|${Aws.PARTITION}|${Aws.URL_SUFFIX}|${Aws.STACK_NAME}|${Aws.STACK_ID}|${Aws.NO_VALUE}`'],
  // nested joins
  ['nested Fn.join same delimiter flattened', 'Fn.join("", [bucket.ref, Fn.join("", [topic.ref, "x"])])'],
  ['nested Fn.join different delimiter', 'Fn.join("-", [bucket.ref, Fn.join("", [topic.ref, "x"])])'],
  ['Fn.join with - delimiter of tokens', 'Fn.join("-", [bucket.ref, topic.ref, "lit"])'],
  ['Fn.join of only literals', 'Fn.join("-", ["a", "b", "c"])'],
  ['Fn.join of one token', 'Fn.join("-", [bucket.ref])'],
  ['Fn.join of one literal', 'Fn.join("-", ["only"])'],
  ['Fn.join empty list', 'Fn.join("-", [])'],
  ['Fn.join adjacent literals merged', 'Fn.join("", ["a", "b", bucket.ref, "c", "d"])'],
  ['Fn.join with concatenated string element', 'Fn.join(",", [`x${bucket.ref}y`, "z"])'],
  ['Fn.join inside template string', '`pre-${Fn.join("-", [bucket.ref, "x"])}-post`'],
  ['Fn.join same delimiter nested with literal only', 'Fn.join(",", ["a", Fn.join(",", ["b", "c"])])'],
  ['Fn.join same non-empty delimiter nested with tokens', 'Fn.join(",", ["a", Fn.join(",", [bucket.ref, "c"])])'],
  ['Fn.join of list token', 'Fn.join(",", Fn.split("|", bucket.ref))'],
  ['Fn.join of list parameter', 'Fn.join(",", listParam.valueAsList)'],
  // lazies
  ['lazy string in string', '`a-${lazyStr}-b`'],
  ['lazy string alone', 'lazyStr'],
  ['lazy producing a token, in string', '`a-${lazyTok}-b`'],
  ['lazy producing a token', 'lazyTok'],
  ['lazy number', 'lazyNum'],
  ['lazy number in string', '`n=${lazyNum}`'],
  ['lazy list', 'lazyList'],
  ['lazy any', 'lazyAny'],
  // numbers
  ['number literal in string concatenation', '`port-${8080}-${bucket.ref}`'],
  ['number token in string', '`n=${numTok}`'],
  ['number token alone', 'numTok'],
  ['Token.asString(number token)', 'Token.asString(numTok)'],
  ['Token.asString of object', 'Token.asString({ Ref: "Foo" })'],
  ['Token.asString of object in string', '`x${Token.asString({ Ref: "Foo" })}y`'],
  // structures
  ['token as object key', '({ [bucket.ref]: "v", plain: topic.ref })'],
  ['object key concatenated with token', '({ [`k-${bucket.ref}`]: "v" })'],
  ['array of mixed', '[bucket.ref, "lit", 1, true, null, `a${topic.ref}`]'],
  ['undefined values dropped in object', '({ a: undefined, b: 1, c: [undefined, 2] })'],
  ['key order kept', '({ z: 1, a: 2, m: { y: 1, b: 2 } })'],
  // list tokens
  ['Fn.split as list', 'Fn.split(",", bucket.ref)'],
  ['Fn.split element via Fn.select', 'Fn.select(1, Fn.split(",", bucket.ref))'],
  ['Fn.split with assumedLength', 'Fn.split(",", bucket.ref, 3)'],
  ['Fn.split with assumedLength, element 2', 'Fn.split(",", bucket.ref, 3)[2]'],
  ['Fn.split of literal', 'Fn.split(",", "a,b,c")'],
  ['Fn.split of literal with assumedLength', 'Fn.split(",", "a,b,c", 3)'],
  ['Fn.split list token joined into string', '`${Fn.split(",", bucket.ref)}`'],
  ['list param valueAsList', 'listParam.valueAsList'],
  ['Fn.getAzs()', 'Fn.getAzs()'],
  ['Fn.getAzs(region)', 'Fn.getAzs("eu-west-1")'],
  ['Fn.getAzs(token region)', 'Fn.getAzs(stack.region)'],
  ['Fn.select from getAzs', 'Fn.select(0, Fn.getAzs())'],
  ['Fn.cidr', 'Fn.cidr("10.0.0.0/16", 4, "8")'],
  ['Fn.cidr without sizeMask', 'Fn.cidr("10.0.0.0/16", 4)'],
  ['Fn.cidr with token block', 'Fn.cidr(param.valueAsString, 2, "5")'],
  // intrinsics
  ['Fn.sub without variables', 'Fn.sub("arn:${AWS::Partition}:s3:::${Bucket}")'],
  ['Fn.sub with variables', 'Fn.sub("${A}-${B}", { A: bucket.ref, B: "lit" })'],
  ['Fn.sub with token in body', 'Fn.sub(`x-${bucket.ref}-${"$"}{AWS::Region}`)'],
  ['Fn.sub with empty variables', 'Fn.sub("x", {})'],
  ['Fn.select literal list', 'Fn.select(1, ["a", "b", "c"])'],
  ['Fn.select with token element', 'Fn.select(0, [bucket.ref, "b"])'],
  ['Fn.select in string', '`az-${Fn.select(0, Fn.getAzs())}`'],
  ['Fn.importValue', 'Fn.importValue("SharedExport")'],
  ['Fn.importValue in string', '`x-${Fn.importValue("SharedExport")}`'],
  ['Fn.importListValue', 'Fn.importListValue("SharedList", 2)'],
  ['Fn.importListValue custom delimiter', 'Fn.importListValue("SharedList", 2, "|")'],
  ['Fn.conditionIf', 'Fn.conditionIf(cond.logicalId, "yes", Aws.NO_VALUE)'],
  ['Fn.conditionIf with tokens', 'Fn.conditionIf("IsProd", bucket.ref, topic.ref)'],
  ['Fn.conditionIf in string', '`v-${Fn.conditionIf("IsProd", "a", "b")}`'],
  ['Fn.conditionEquals', 'Fn.conditionEquals(param.valueAsString, "prod")'],
  ['Fn.conditionEquals literals', 'Fn.conditionEquals("a", "b")'],
  ['Fn.conditionAnd 1', 'Fn.conditionAnd(conds[0])'],
  ['Fn.conditionAnd 2', 'Fn.conditionAnd(conds[0], conds[1])'],
  ['Fn.conditionAnd 10', 'Fn.conditionAnd(...conds.slice(0, 10))'],
  ['Fn.conditionAnd 11', 'Fn.conditionAnd(...conds.slice(0, 11))'],
  ['Fn.conditionAnd 12', 'Fn.conditionAnd(...conds.slice(0, 12))'],
  ['Fn.conditionAnd 0', 'Fn.conditionAnd()'],
  ['Fn.conditionAnd of expressions', 'Fn.conditionAnd(Fn.conditionEquals("a", "b"), Fn.conditionNot(Fn.conditionEquals("c", "d")))'],
  ['Fn.conditionOr 1', 'Fn.conditionOr(conds[0])'],
  ['Fn.conditionOr 2', 'Fn.conditionOr(conds[0], conds[1])'],
  ['Fn.conditionOr 11', 'Fn.conditionOr(...conds.slice(0, 11))'],
  ['Fn.conditionOr 0', 'Fn.conditionOr()'],
  ['Fn.conditionNot', 'Fn.conditionNot(cond)'],
  ['Fn.conditionNot expression', 'Fn.conditionNot(Fn.conditionEquals("a", "b"))'],
  ['CfnCondition used as value', 'cond'],
  ['Fn.base64', 'Fn.base64(`#!/bin/bash\\necho ${bucket.ref}`)'],
  ['Fn.base64 literal', 'Fn.base64("hello")'],
  ['Fn.findInMap', 'Fn.findInMap("Map", "k1", "k2")'],
  ['Fn.findInMap with token keys', 'Fn.findInMap("Map", stack.region, "ami")'],
  ['Fn.findInMap with default', 'Fn.findInMap("Map", "k1", "k2", "dflt")'],
  ['Fn.conditionContains', 'Fn.conditionContains(["a", "b"], param.valueAsString)'],
  ['Fn.conditionEachMemberEquals', 'Fn.conditionEachMemberEquals(listParam.valueAsList, "x")'],
  ['Fn.conditionEachMemberIn', 'Fn.conditionEachMemberIn(listParam.valueAsList, ["x", "y"])'],
  ['Fn.refAll', 'Fn.refAll("AWS::EC2::Subnet::Id")'],
  ['Fn.valueOf', 'Fn.valueOf("SubnetParam", "Tag:Name")'],
  ['Fn.valueOfAll', 'Fn.valueOfAll("AWS::EC2::Subnet::Id", "Tag:Name")'],
  ['Fn.getAtt', 'Fn.getAtt("Bucket", "Arn")'],
  ['Fn.getAtt toString in string', '`a-${Fn.getAtt("Bucket", "Arn")}`'],
  ['Fn.getAtt nested attribute', 'Fn.getAtt("Db", "Endpoint.Address")'],
  ['Fn.ref', 'Fn.ref("Bucket")'],
  ['Fn.ref in string', '`r-${Fn.ref("Bucket")}`'],
  ['Fn.len literal list', 'Fn.len(["a", "b"])'],
  ['Fn.len token list', 'Fn.len(listParam.valueAsList)'],
  ['Fn.len in string', '`n=${Fn.len(listParam.valueAsList)}`'],
  ['Fn.toJsonString literal', 'Fn.toJsonString({ a: 1, b: ["x", true] })'],
  ['Fn.toJsonString with token', 'Fn.toJsonString({ a: bucket.ref })'],
  ['Fn.toJsonString in string', '`j=${Fn.toJsonString({ a: bucket.ref })}`'],
  ['Fn.parseDomainName', 'Fn.parseDomainName("https://example.com/path")'],
  ['Fn.parseDomainName token', 'Fn.parseDomainName(bucket.getAtt("WebsiteURL").toString())'],
  ['Fn.getStackOutput', 'Fn.getStackOutput("OtherStack", "OutName")'],
  ['Fn.getStackOutput with region and role', 'Fn.getStackOutput("OtherStack", "OutName", "us-west-2", "arn:aws:iam::123456789012:role/R")'],
  ['Fn.transform', 'Fn.transform("MyMacro", { Key: bucket.ref })'],
];

const results = cases.map(([description, expression]) => {
  // eslint-disable-next-line no-eval
  const r = capture(() => stack.resolve(eval(expression)));
  const out = { description, expression };
  if (r.error !== undefined) out.error = r.error; else out.resolved = r.value === undefined ? null : r.value;
  if (r.value === undefined && r.error === undefined) out.resolved_is_undefined = true;
  return out;
});

// Template-level side effects (e.g. transforms added by intrinsics).
const tmpl = app.synth().getStackArtifact(stack.artifactId).template;

writeRef(__filename, 'token_join', {
  notes: 'Stack "TokenStack" with CfnResource Bucket (AWS::S3::Bucket), Topic (AWS::SNS::Topic), CfnParameter Param (String) and ListParam (CommaDelimitedList), CfnCondition IsProd and C0..C11. Each expression is evaluated in that scope and passed to stack.resolve().',
  cases: results,
  template_transform: tmpl.Transform === undefined ? null : tmpl.Transform,
  template_top_level_keys: Object.keys(tmpl),
});
