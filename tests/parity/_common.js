// Shared helpers for the parity reference generators (see README.md).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const AWS_CDK_LIB_VERSION = '2.276.0';

// aws-cdk-lib 2.276 runs a built-in CloudFormation validation at synth time that
// prints warnings and writes validation-report.json. It does not change templates;
// turn it off to keep generator output quiet (see README.md).
if (process.env.CDK_VALIDATION === undefined) process.env.CDK_VALIDATION = 'false';
// Quiet jsii deprecation warnings (e.g. CfnResource.addDependency is used on purpose).
if (process.env.JSII_DEPRECATED === undefined) process.env.JSII_DEPRECATED = 'quiet';

function checkVersion() {
  const v = require('aws-cdk-lib/package.json').version;
  if (v !== AWS_CDK_LIB_VERSION) {
    throw new Error(`expected aws-cdk-lib ${AWS_CDK_LIB_VERSION}, found ${v}`);
  }
}

const tmpDirs = [];
function tmpDir(prefix) {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix || 'cdkpp-parity-'));
  tmpDirs.push(d);
  return d;
}
process.on('exit', () => {
  for (const d of tmpDirs) {
    try { fs.rmSync(d, { recursive: true, force: true }); } catch (e) { /* ignore */ }
  }
});

/** A bare App (no feature flags, no context) writing into a fresh temp dir. */
function newApp() {
  const cdk = require('aws-cdk-lib');
  return new cdk.App({ outdir: tmpDir() });
}

function refDir() {
  return process.env.PARITY_REFERENCE_DIR || path.join(__dirname, 'reference');
}

/**
 * aws-cdk-lib starts its token counter at Math.floor(Math.random() * 10), so encoded
 * token strings such as "${Token[TOKEN.7]}" (which can leak into error messages and
 * manifests) differ between runs. Replace the counter with '#' to stay deterministic.
 */
function normalizeTokens(x) {
  if (typeof x === 'string') return x.replace(/([$#])\{Token\[([^\]]*?)\.\d+\]\}/g, '$1{Token[$2.#]}');
  if (Array.isArray(x)) return x.map(normalizeTokens);
  if (x !== null && typeof x === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(x)) out[normalizeTokens(k)] = normalizeTokens(v);
    return out;
  }
  return x;
}

/** Write reference/<name>.json with the mandatory header fields. */
function writeRef(generatorFile, name, data) {
  checkVersion();
  data = normalizeTokens(data);
  const out = Object.assign({
    generator: 'tests/parity/' + path.basename(generatorFile),
    aws_cdk_lib: AWS_CDK_LIB_VERSION,
    constructs: require('constructs/package.json').version,
  }, data);
  const dir = refDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name + '.json');
  fs.writeFileSync(file, JSON.stringify(out, undefined, 2) + '\n');
  console.log('wrote ' + path.relative(process.cwd(), file));
}

/** Run fn; return {error: message} if it throws, else {value}. */
function capture(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: e.message, error_type: e.constructor && e.constructor.name };
  }
}

/** Read the synthesized template of a stack as {text, parsed}. */
function templateOf(assembly, stackArtifactId) {
  const art = assembly.getStackArtifact(stackArtifactId);
  const text = fs.readFileSync(path.join(assembly.directory, art.templateFile), 'utf8');
  return { text, parsed: JSON.parse(text) };
}

module.exports = { AWS_CDK_LIB_VERSION, checkVersion, tmpDir, newApp, writeRef, capture, templateOf, refDir };
