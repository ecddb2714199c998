#!/usr/bin/env node
// Build an options object field by field from the environment and the command
// line, fetch a JSON status page with it, and keep the response in a temp dir
// that is removed at the end.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const opts = {};
opts.url = process.env.STATUS_URL || 'https://status.example.com/api/v2/summary.json';
opts.timeout = Number(process.env.STATUS_TIMEOUT_MS || 5000);
opts.verbose = process.argv.includes('--verbose');
opts.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-'));
opts.headers = { accept: 'application/json', 'user-agent': 'status-check/1.0' };

async function main() {
  const res = await fetch(opts.url, { headers: opts.headers, signal: AbortSignal.timeout(opts.timeout) });
  const body = await res.json();
  const file = path.join(opts.dir, 'summary.json');
  fs.writeFileSync(file, JSON.stringify(body, null, 2));
  if (opts.verbose) console.log(`saved ${file}`);
  const down = (body.components || []).filter((c) => c.status !== 'operational');
  console.log(down.length ? `degraded: ${down.map((c) => c.name).join(', ')}` : 'all operational');
}

main()
  .catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(opts.dir, { recursive: true, force: true }));
