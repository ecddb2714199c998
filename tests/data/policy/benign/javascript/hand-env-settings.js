#!/usr/bin/env node
// Load service settings from environment variables with types and defaults,
// and print them with secrets masked.
'use strict';

const schema = {
  PORT: { type: 'int', default: 3000 },
  LOG_LEVEL: { type: 'enum', values: ['debug', 'info', 'warn', 'error'], default: 'info' },
  DATABASE_URL: { type: 'string', required: true, secret: true },
  API_KEY: { type: 'string', secret: true },
  FEATURE_FLAGS: { type: 'list', default: [] },
  CACHE_TTL: { type: 'int', default: 60 },
};

function parse(name, spec, raw) {
  if (raw === undefined || raw === '') {
    if (spec.required) throw new Error(`${name} is required`);
    return spec.default;
  }
  switch (spec.type) {
    case 'int': {
      const n = Number.parseInt(raw, 10);
      if (Number.isNaN(n)) throw new Error(`${name} must be an integer`);
      return n;
    }
    case 'enum':
      if (!spec.values.includes(raw)) throw new Error(`${name} must be one of ${spec.values.join(', ')}`);
      return raw;
    case 'list':
      return raw.split(',').map((s) => s.trim()).filter(Boolean);
    default:
      return raw;
  }
}

function load(env) {
  const settings = {};
  const errors = [];
  for (const [name, spec] of Object.entries(schema)) {
    try {
      settings[name] = parse(name, spec, env[name]);
    } catch (e) {
      errors.push(e.message);
    }
  }
  return { settings, errors };
}

function mask(value) {
  if (typeof value !== 'string' || value.length < 8) return '****';
  return value.slice(0, 3) + '…' + value.slice(-2);
}

const { settings, errors } = load(process.env);
if (errors.length) {
  for (const e of errors) console.error('config error:', e);
  process.exit(1);
}
for (const [name, value] of Object.entries(settings)) {
  const shown = schema[name].secret && value !== undefined ? mask(value) : JSON.stringify(value);
  console.log(`${name.padEnd(14)} ${shown}`);
}
