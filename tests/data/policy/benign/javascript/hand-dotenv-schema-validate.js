#!/usr/bin/env node
// Ordinary config check: reads the project's .env file, parses KEY=VALUE lines and
// validates them against a small schema (required keys, numbers, URLs); prints the
// problems, never the values.
'use strict';

const fs = require('fs');
const path = require('path');

const SCHEMA = {
  DATABASE_URL: { required: true, type: 'url' },
  PORT: { required: true, type: 'number' },
  LOG_LEVEL: { required: false, type: 'enum', values: ['debug', 'info', 'warn', 'error'] },
  API_TOKEN: { required: true, type: 'string' },
};

function parseDotenv(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    let value = line.slice(eq + 1).trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    out[line.slice(0, eq).trim()] = value;
  }
  return out;
}

function check(env) {
  const problems = [];
  for (const [key, rule] of Object.entries(SCHEMA)) {
    const v = env[key];
    if (v === undefined || v === '') {
      if (rule.required) problems.push(`${key}: missing`);
      continue;
    }
    if (rule.type === 'number' && !/^\d+$/.test(v)) problems.push(`${key}: not a number`);
    if (rule.type === 'url') {
      try {
        new URL(v);
      } catch {
        problems.push(`${key}: not a URL`);
      }
    }
    if (rule.type === 'enum' && !rule.values.includes(v)) problems.push(`${key}: not one of ${rule.values}`);
  }
  return problems;
}

const file = path.join(process.cwd(), '.env');
const problems = check(parseDotenv(fs.readFileSync(file, 'utf8')));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('.env is valid');
