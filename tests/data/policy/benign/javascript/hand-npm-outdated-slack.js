#!/usr/bin/env node
// Check for outdated npm dependencies and post the list to a Slack channel.
'use strict';

const { execFile } = require('child_process');
const https = require('https');

const webhook = process.env.SLACK_WEBHOOK_URL;
const cwd = process.argv[2] || process.cwd();

function npmEnv() {
  const env = structuredClone(process.env);
  env.NO_UPDATE_NOTIFIER = '1';
  env.npm_config_fund = 'false';
  delete env.NODE_OPTIONS;
  if (!('CI' in env)) env.CI = 'true';
  return env;
}

function outdated() {
  const env = npmEnv();
  return new Promise((resolve, reject) => {
    // npm outdated exits 1 when something is outdated
    execFile('npm', ['outdated', '--json'], { cwd, env, maxBuffer: 8 << 20 }, (err, stdout) => {
      if (err && !stdout) return reject(err);
      resolve(stdout.trim() ? JSON.parse(stdout) : {});
    });
  });
}

function slack(text) {
  return new Promise((resolve, reject) => {
    const req = https.request(webhook, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(JSON.stringify({ text }));
  });
}

(async () => {
  const deps = await outdated();
  const names = Object.keys(deps).sort();
  if (!names.length) {
    console.log('everything is up to date');
    return;
  }
  const lines = names.map((n) => `• ${n}: ${deps[n].current} → ${deps[n].latest}`);
  console.log(lines.join('\n'));
  if (webhook) await slack(`*${names.length} outdated package(s)*\n${lines.join('\n')}`);
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
