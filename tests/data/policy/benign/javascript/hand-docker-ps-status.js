#!/usr/bin/env node
// List the running containers and report which are unhealthy to a status page.
'use strict';

const util = require('util');
const { execFile } = require('child_process');

const execFileP = util.promisify(execFile);
const statusApi = process.env.STATUS_API || 'https://status.example.com/api/v1/components';
const token = process.env.STATUS_TOKEN;

const dockerOptions = {
  env: { ...process.env, DOCKER_CLI_HINTS: 'false', LC_ALL: 'C' },
  maxBuffer: 16 * 1024 * 1024,
  timeout: 30000,
};

async function containers() {
  const { stdout } = await execFileP('docker', ['ps', '--format', '{{json .}}'], dockerOptions);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

function health(c) {
  if (/unhealthy/.test(c.Status)) return 'major_outage';
  if (/starting/.test(c.Status)) return 'degraded_performance';
  return 'operational';
}

async function report(name, status) {
  const res = await fetch(`${statusApi}/${encodeURIComponent(name)}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ status }),
  });
  return res.status;
}

(async () => {
  if (!token) {
    console.error('STATUS_TOKEN is not set');
    process.exit(2);
  }
  const list = await containers();
  for (const c of list) {
    const status = health(c);
    const code = await report(c.Names, status);
    console.log(`${c.Names.padEnd(30)} ${status.padEnd(22)} -> ${code}`);
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
