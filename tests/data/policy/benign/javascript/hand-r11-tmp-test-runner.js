// Ordinary program: runs each test file in a fresh temporary directory
// with node (process.execPath) and removes the directory afterwards.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const testDir = path.resolve(process.argv[2] || 'test');
const files = fs.readdirSync(testDir).filter((f) => f.endsWith('.test.js'));
let failed = 0;

for (const f of files) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trun-'));
  try {
    const r = spawnSync(process.execPath, [path.join(testDir, f)], { cwd: work, encoding: 'utf8', timeout: 30000 });
    const ok = r.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${f}`);
    if (!ok) process.stdout.write(r.stdout + r.stderr);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
console.log(`${files.length - failed}/${files.length} passed`);
process.exitCode = failed ? 1 : 0;
