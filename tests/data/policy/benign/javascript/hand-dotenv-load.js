#!/usr/bin/env node
// Load KEY=VALUE pairs from the project's .env into process.env (like dotenv), then start.
'use strict';

const fs = require('fs');
const path = require('path');

function parse(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2];
    if (/^(['"]).*\1$/.test(value)) {
      const quote = value[0];
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    out[m[1]] = value;
  }
  return out;
}

function load(file, override = false) {
  if (!fs.existsSync(file)) return 0;
  const parsed = parse(fs.readFileSync(file, 'utf8'));
  let n = 0;
  for (const [k, v] of Object.entries(parsed)) {
    if (override || process.env[k] === undefined) {
      process.env[k] = v;
      n++;
    }
  }
  return n;
}

const root = path.resolve(__dirname);
const count = load(path.join(root, '.env')) + load(path.join(root, '.env.local'), true);
console.log(`loaded ${count} variable(s) from .env files`);

const port = Number(process.env.PORT || 3000);
const dbName = process.env.DB_NAME || 'app_dev';
console.log(`would start on port ${port} with database ${dbName}`);
