#!/usr/bin/env node
// List running Docker containers with their uptime and memory use (docker ps / docker stats as JSON lines).
'use strict';

const { execFile } = require('child_process');
const { promisify } = require('util');

const run = promisify(execFile);

function jsonLines(text) {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

async function main() {
  const filter = process.argv[2];
  const psArgs = ['ps', '--format', '{{json .}}'];
  if (filter) psArgs.push('--filter', `name=${filter}`);
  const { stdout: ps } = await run('docker', psArgs, { timeout: 15000 });
  const containers = jsonLines(ps);
  if (containers.length === 0) {
    console.log('no running containers');
    return;
  }
  const ids = containers.map((c) => c.ID);
  const { stdout: stats } = await run('docker', ['stats', '--no-stream', '--format', '{{json .}}', ...ids], {
    timeout: 30000,
  });
  const byId = new Map(jsonLines(stats).map((s) => [s.ID || s.Container, s]));
  for (const c of containers) {
    const s = byId.get(c.ID) || {};
    console.log(
      [c.Names.padEnd(24), c.Image.padEnd(28), c.Status.padEnd(20), (s.MemUsage || '-').padEnd(22), s.CPUPerc || '-'].join(' ')
    );
  }
}

main().catch((err) => {
  console.error(`docker failed: ${err.stderr || err.message}`);
  process.exit(1);
});
