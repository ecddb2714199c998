// Ordinary program: a smoke test for a library's examples/ folder. Each
// example is started with node from the examples directory and must exit
// 0 within ten seconds; failures are listed at the end.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'examples');

function run(name) {
  return new Promise((resolve) => {
    const child = spawn('node', [path.join(dir, name)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ name, ok: code === 0, err: err.trim().split('\n').slice(-3).join('\n') });
    });
  });
}

(async () => {
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.js'));
  const results = [];
  for (const n of names) results.push(await run(n));
  const failed = results.filter((r) => !r.ok);
  console.log(`${results.length - failed.length}/${results.length} examples ran`);
  for (const f of failed) console.log(`FAIL ${f.name}\n${f.err}`);
  process.exitCode = failed.length ? 1 : 0;
})();
