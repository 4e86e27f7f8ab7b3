// Asset fingerprints computed by aws-cdk-lib 2.276.0 (FileSystem.fingerprint, the hash that
// names Lambda assets) for small directory trees described in this file. The C++ test rebuilds
// each tree from the recorded spec and must get the same hash.
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const { writeRef } = require('./_common');

const big = 'a'.repeat(8191) + '\u00e9' + 'b'.repeat(100);  // a 2-byte char across the 8 KiB chunk edge
const crAtEdge = 'x'.repeat(8191) + '\r\n' + 'tail\r\n';      // CR as the last byte of the first chunk

// Each entry: [relative path, kind, content]; kind is 'text' (utf8), 'base64' or 'link'.
const cases = [
  { name: 'single text file', root: 'f.txt', entries: [['f.txt', 'text', 'hello\n']] },
  { name: 'flat directory', entries: [['b.txt', 'text', 'b'], ['a.txt', 'text', 'a'], ['C.txt', 'text', 'C']] },
  { name: 'nested directories', entries: [['src/index.py', 'text', 'print(1)\n'], ['src/lib/util.py', 'text', 'x = 1\n'], ['README', 'text', 'r']] },
  { name: 'crlf text is normalized', entries: [['win.txt', 'text', 'one\r\ntwo\r\n'], ['unix.txt', 'text', 'one\ntwo\n']] },
  { name: 'binary file keeps crlf', entries: [['bin.dat', 'base64', Buffer.from([0, 1, 13, 10, 255, 0]).toString('base64')]] },
  { name: 'invalid utf8 in a text file', entries: [['bad.txt', 'base64', Buffer.from([0x61, 0xff, 0xc3, 0x28, 0xe2, 0x82, 0x0a]).toString('base64')]] },
  { name: 'multibyte char across the chunk edge', entries: [['big.txt', 'text', big]] },
  { name: 'cr at the chunk edge', entries: [['cr.txt', 'text', crAtEdge]] },
  { name: 'unicode and dotted names', entries: [['.hidden', 'text', 'h'], ['é.txt', 'text', 'e'], ['z.txt', 'text', 'z'], ['A-b_c.txt', 'text', '1']] },
  { name: 'internal symlink is hashed as a link', entries: [['real.txt', 'text', 'real'], ['alias.txt', 'link', 'real.txt']] },
  { name: 'empty file', entries: [['empty', 'text', '']] },
  { name: 'lambda-like package', entries: [['lambda_function.py', 'text', 'import json\n\ndef lambda_handler(event, context):\n    return {"ok": True}\n'], ['requirements.txt', 'text', 'boto3\n']] },
];

function build(dir, entries) {
  for (const [rel, kind, content] of entries) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (kind === 'link') fs.symlinkSync(content, file);
    else fs.writeFileSync(file, kind === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8'));
  }
}

const results = cases.map((c) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkpp-fp-'));
  try {
    build(dir, c.entries);
    const target = path.join(dir, c.root ?? '.');
    const entries = c.entries.map(([rel, kind, content]) =>
      kind === 'text' ? [rel, 'base64', Buffer.from(content, 'utf8').toString('base64')] : [rel, kind, content]);
    return { name: c.name, root: c.root ?? '.', entries, fingerprint: cdk.FileSystem.fingerprint(target) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

writeRef(__filename, 'fingerprints', { notes: 'entries are [relative path, kind, content]: base64 file content or a symlink target', cases: results });
