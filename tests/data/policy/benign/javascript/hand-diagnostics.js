#!/usr/bin/env node
// Print a diagnostics report for bug reports: versions, platform, disk, selected settings.
'use strict';

const os = require('os');
const { execFileSync } = require('child_process');

const SETTINGS = ['NODE_ENV', 'PORT', 'LOG_LEVEL', 'TZ', 'LANG'];
const SECRET = /(KEY|TOKEN|SECRET|PASSWORD)/i;

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  } catch {
    return 'n/a';
  }
}

function section(title, rows) {
  console.log(`\n## ${title}`);
  for (const [k, v] of rows) console.log(`${String(k).padEnd(14)} ${v}`);
}

section('runtime', [
  ['node', process.version],
  ['npm', tryRun('npm', ['--version'])],
  ['git', tryRun('git', ['--version']).replace('git version ', '')],
  ['v8', process.versions.v8],
]);

section('platform', [
  ['os', `${os.type()} ${os.release()} (${os.arch()})`],
  ['cpus', `${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}`],
  ['memory', `${(os.freemem() / 2 ** 30).toFixed(1)} / ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB free`],
  ['uptime', `${(os.uptime() / 3600).toFixed(1)} h`],
  ['load', os.loadavg().map((x) => x.toFixed(2)).join(' ')],
]);

const df = tryRun('df', ['-h', process.cwd()]).split('\n').slice(1);
section('disk', df.map((line) => line.split(/\s+/)).map((c) => [c[5] || '?', `${c[2]} used of ${c[1]} (${c[4]})`]));

section(
  'settings',
  SETTINGS.map((k) => [k, process.env[k] === undefined ? '(unset)' : SECRET.test(k) ? '***' : process.env[k]]),
);
