#!/usr/bin/env node
// Load settings from defaults, a JSON config file and APP_* environment variables, then validate them.
'use strict';

const fs = require('fs');
const path = require('path');

const DEFAULTS = {
  port: 3000,
  logLevel: 'info',
  db: { host: 'localhost', port: 5432, name: 'app' },
  features: { signup: true, export: false },
};

function deepMerge(target, source) {
  for (const [k, v] of Object.entries(source)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      target[k] = deepMerge({ ...(target[k] || {}) }, v);
    } else {
      target[k] = v;
    }
  }
  return target;
}

function coerce(value) {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

function fromEnv(env, prefix = 'APP_') {
  const out = {};
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(prefix)) continue;
    const parts = name.slice(prefix.length).toLowerCase().split('__');
    let node = out;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    const last = parts[parts.length - 1].replace(/_([a-z])/g, (_, c) => c.toUpperCase());
    node[last] = coerce(raw);
  }
  return out;
}

function load(configPath) {
  let fileConfig = {};
  if (fs.existsSync(configPath)) {
    fileConfig = JSON.parse(fs.readFileSync(configPath, 'utf8'));
  }
  const cfg = deepMerge(deepMerge(structuredClone(DEFAULTS), fileConfig), fromEnv(process.env));
  const errors = [];
  if (!Number.isInteger(cfg.port) || cfg.port < 1 || cfg.port > 65535) errors.push('port out of range');
  if (!['debug', 'info', 'warn', 'error'].includes(cfg.logLevel)) errors.push(`bad logLevel ${cfg.logLevel}`);
  if (errors.length) throw new Error(`invalid config: ${errors.join(', ')}`);
  return Object.freeze(cfg);
}

const cfg = load(path.resolve(process.argv[2] || 'config.json'));
console.log(JSON.stringify(cfg, null, 2));
