#!/usr/bin/env node
// Load app configuration: defaults < config file < environment variables (APP_*).
'use strict';

const fs = require('fs');
const path = require('path');

const DEFAULTS = {
  port: 3000,
  logLevel: 'info',
  db: { host: 'localhost', port: 5432, name: 'app' },
  features: { signup: true, beta: false },
};

function deepMerge(base, extra) {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra || {})) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? deepMerge(base[k] || {}, v) : v;
  }
  return out;
}

function coerce(value) {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

function fromEnv(env, prefix = 'APP_') {
  const out = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(prefix)) continue;
    const keys = name.slice(prefix.length).toLowerCase().split('__');
    let node = out;
    keys.slice(0, -1).forEach((k) => (node = node[k] ??= {}));
    node[keys.at(-1).replace(/_(\w)/g, (_, c) => c.toUpperCase())] = coerce(value);
  }
  return out;
}

function loadConfig(file) {
  let fromFile = {};
  if (file && fs.existsSync(file)) fromFile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const cfg = deepMerge(deepMerge(DEFAULTS, fromFile), fromEnv(process.env));
  const errors = [];
  if (!Number.isInteger(cfg.port) || cfg.port < 1 || cfg.port > 65535) errors.push('port must be 1..65535');
  if (!['debug', 'info', 'warn', 'error'].includes(cfg.logLevel)) errors.push(`bad logLevel ${cfg.logLevel}`);
  if (errors.length) throw new Error(errors.join('; '));
  return cfg;
}

const file = process.argv[2] || path.join(process.cwd(), 'config.json');
try {
  console.log(JSON.stringify(loadConfig(file), null, 2));
} catch (err) {
  console.error(`invalid configuration: ${err.message}`);
  process.exit(1);
}
