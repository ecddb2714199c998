#!/usr/bin/env node
// Run `npm audit --json` in a project and print a short table of vulnerabilities by severity.
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const LEVELS = ['critical', 'high', 'moderate', 'low', 'info'];

function runAudit(dir) {
  const result = spawnSync('npm', ['audit', '--json', '--omit=dev'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  if (result.error) {
    throw result.error;
  }
  // npm audit exits 1 when it finds something; the JSON is still on stdout.
  try {
    return JSON.parse(result.stdout);
  } catch (e) {
    throw new Error(`could not parse npm audit output: ${result.stderr.trim()}`);
  }
}

function summarise(report) {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, 0]));
  const packages = [];
  for (const [name, vuln] of Object.entries(report.vulnerabilities || {})) {
    counts[vuln.severity] = (counts[vuln.severity] || 0) + 1;
    packages.push({ name, severity: vuln.severity, fix: Boolean(vuln.fixAvailable) });
  }
  packages.sort((a, b) => LEVELS.indexOf(a.severity) - LEVELS.indexOf(b.severity));
  return { counts, packages };
}

function main() {
  const dir = path.resolve(process.argv[2] || '.');
  const { counts, packages } = summarise(runAudit(dir));
  console.log(`audit of ${dir}`);
  for (const level of LEVELS) {
    console.log(`  ${level.padEnd(9)} ${counts[level]}`);
  }
  for (const p of packages.slice(0, 20)) {
    console.log(`  - ${p.name} (${p.severity})${p.fix ? ' fix available' : ''}`);
  }
  const threshold = process.env.AUDIT_FAIL_LEVEL || 'high';
  const failing = LEVELS.slice(0, LEVELS.indexOf(threshold) + 1).some((l) => counts[l] > 0);
  process.exitCode = failing ? 1 : 0;
}

main();
