// Ordinary test helper: writes generated fixture tests into a fresh temp dir,
// runs them with this node's own test runner (process.execPath --test), and
// removes the temp dir afterwards whatever the result.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const cases = [
  { name: 'add', expr: '1 + 2', want: 3 },
  { name: 'concat', expr: "'a' + 'b'", want: 'ab' },
  { name: 'max', expr: 'Math.max(3, 9, 4)', want: 9 },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixtures-'));
try {
  for (const c of cases) {
    const body =
      "const test = require('node:test');\nconst assert = require('node:assert');\n" +
      `test(${JSON.stringify(c.name)}, () => assert.deepStrictEqual(${c.expr}, ${JSON.stringify(c.want)}));\n`;
    fs.writeFileSync(path.join(dir, `${c.name}.test.js`), body);
  }
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  const res = spawnSync(process.execPath, ['--test', ...files], { encoding: 'utf8' });
  process.stdout.write(res.stdout);
  process.exitCode = res.status;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
