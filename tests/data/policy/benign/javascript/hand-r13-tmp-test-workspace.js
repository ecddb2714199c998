// Ordinary test helper: creates a temporary workspace with fixtures, runs
// `node --test` inside it with execFile, and removes the workspace after.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-'));
fs.writeFileSync(path.join(ws, 'sum.test.js'), [
  "const test = require('node:test');",
  "const assert = require('node:assert');",
  "test('sum', () => assert.strictEqual(1 + 2, 3));",
].join('\n'));

execFile(process.execPath, ['--test'], { cwd: ws }, (err, stdout, stderr) => {
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  fs.rmSync(ws, { recursive: true, force: true });
  process.exitCode = err ? 1 : 0;
});
