#!/usr/bin/env node
// Apply numbered SQL migrations from ./migrations with the sqlite3 CLI,
// recording what was applied in a schema_migrations table.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const db = process.env.DB_PATH || path.join(process.cwd(), 'app.db');
const dir = path.join(process.cwd(), 'migrations');

function sql(statement) {
  return execFileSync('sqlite3', ['-batch', '-noheader', db], { input: statement, encoding: 'utf8' }).trim();
}

function applied() {
  sql('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT);');
  const out = sql('SELECT version FROM schema_migrations ORDER BY version;');
  return new Set(out ? out.split('\n') : []);
}

function pending(done) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .filter((f) => !done.has(f.slice(0, 4)));
}

function main() {
  const done = applied();
  const todo = pending(done);
  if (todo.length === 0) {
    console.log('database is up to date');
    return;
  }
  for (const file of todo) {
    const version = file.slice(0, 4);
    const body = fs.readFileSync(path.join(dir, file), 'utf8');
    console.log(`applying ${file}`);
    sql(
      `BEGIN;\n${body}\nINSERT INTO schema_migrations VALUES ('${version}', datetime('now'));\nCOMMIT;`,
    );
  }
  console.log(`${todo.length} migration(s) applied to ${db}`);
}

try {
  main();
} catch (e) {
  console.error('migration failed:', e.message);
  process.exit(1);
}
