// Runs hello/app.js (the JS twin of the cdkpp hello example) and copies the synthesized
// cloud assembly, byte for byte, into reference/hello/ (minus *.metadata.json, which holds
// absolute creation-stack paths, and validation-report.json). Also writes
// reference/hello_assembly.json listing the copied files with their sha256.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { tmpDir, writeRef, refDir } = require('./_common');

const outdir = path.join(tmpDir(), 'cdk.out');
execFileSync(process.execPath, [path.join(__dirname, 'hello', 'app.js'), outdir], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });

const dest = path.join(refDir(), 'hello');
fs.rmSync(dest, { recursive: true, force: true });
fs.mkdirSync(dest, { recursive: true });

const excluded = [];
const files = [];
for (const f of fs.readdirSync(outdir).sort()) {
  const src = path.join(outdir, f);
  if (!fs.statSync(src).isFile()) throw new Error('unexpected directory in assembly: ' + f);
  if (f.endsWith('.metadata.json') || f === 'validation-report.json') { excluded.push(f); continue; }
  const bytes = fs.readFileSync(src);
  fs.writeFileSync(path.join(dest, f), bytes);
  files.push({ file: f, bytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), ends_with_newline: bytes.length > 0 && bytes[bytes.length - 1] === 0x0a });
}
console.log('wrote ' + path.relative(process.cwd(), dest) + '/ (' + files.length + ' files)');

writeRef(__filename, 'hello_assembly', {
  notes: 'reference/hello/ holds the exact bytes aws-cdk-lib wrote for tests/parity/hello/app.js (cdk.out of a bare App). Excluded: *.metadata.json (contains absolute paths in aws:cdk:creationStack traces) and validation-report.json (only written when CDK_VALIDATION is not "false"; it does not change any other file).',
  app: 'tests/parity/hello/app.js',
  files,
  excluded,
});
