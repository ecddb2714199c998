// Ordinary CLI: finds which npm registry this project uses (from the project's
// own .npmrc, default registry.npmjs.org) and pings it, printing the latency.
// Only the registry URL is read from the file; auth lines are ignored.
'use strict';

const fs = require('fs');
const path = require('path');

function projectRegistry(dir) {
  const rc = path.join(dir, '.npmrc');
  if (!fs.existsSync(rc)) return 'https://registry.npmjs.org/';
  for (const raw of fs.readFileSync(rc, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#') || line.startsWith(';')) continue;
    const m = /^registry\s*=\s*(\S+)$/.exec(line);
    if (m) return m[1].endsWith('/') ? m[1] : m[1] + '/';
  }
  return 'https://registry.npmjs.org/';
}

async function ping(registry) {
  const t0 = Date.now();
  const res = await fetch(new URL('-/ping', registry), { signal: AbortSignal.timeout(5000) });
  return { status: res.status, ms: Date.now() - t0 };
}

const registry = projectRegistry(process.cwd());
ping(registry)
  .then(({ status, ms }) => console.log(`${registry} -> ${status} in ${ms} ms`))
  .catch((e) => {
    console.error(`${registry} unreachable: ${e.message}`);
    process.exitCode = 2;
  });
