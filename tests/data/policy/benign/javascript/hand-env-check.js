#!/usr/bin/env node
// Check that the environment variables a service needs are present, without printing secrets.
'use strict';

const REQUIRED = {
  DATABASE_URL: (v) => /^postgres(ql)?:\/\//.test(v),
  REDIS_URL: (v) => v.startsWith('redis://'),
  API_TOKEN: (v) => v.length >= 20,
  PORT: (v) => /^\d+$/.test(v) && Number(v) < 65536,
};
const OPTIONAL = ['LOG_LEVEL', 'SENTRY_DSN', 'FEATURE_FLAGS'];

function mask(value) {
  if (value.length <= 4) return '****';
  return value.slice(0, 2) + '*'.repeat(Math.min(8, value.length - 4)) + value.slice(-2);
}

function check(env) {
  const problems = [];
  for (const [name, valid] of Object.entries(REQUIRED)) {
    const value = env[name];
    if (value === undefined || value === '') {
      problems.push(`${name}: missing`);
    } else if (!valid(value)) {
      problems.push(`${name}: invalid value ${mask(value)}`);
    }
  }
  return problems;
}

function main() {
  const problems = check(process.env);
  const present = OPTIONAL.filter((n) => process.env[n]);
  const unknown = Object.keys(process.env).filter(
    (k) => k.startsWith('APP_') && !(k in REQUIRED) && !OPTIONAL.includes(k),
  );
  console.log(`optional set: ${present.join(', ') || 'none'}`);
  if (unknown.length) console.log(`unrecognised APP_* variables: ${unknown.join(', ')}`);
  if (problems.length) {
    console.error('environment is not ready:');
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('environment ok');
}

main();
