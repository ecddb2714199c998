// Ordinary program: pre-commit helper. Asks git for the staged .js files and
// syntax-checks each with "node --check" (process.execPath), printing failures.
const { execFileSync, spawnSync } = require('child_process');

const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));

let bad = 0;
for (const f of staged) {
  const r = spawnSync(process.execPath, ['--check', f], { encoding: 'utf8' });
  if (r.status !== 0) {
    bad++;
    console.error(`${f}:\n${r.stderr}`);
  }
}
console.log(`${staged.length - bad}/${staged.length} files ok`);
process.exit(bad ? 1 : 0);
