#!/usr/bin/env node
// Agent step: look at the working tree, run the test suite, and post a short
// status note to the task tracker.
'use strict';

const { spawnSync, execFileSync } = require('child_process');
const path = require('path');

const repo = path.resolve(process.argv[2] || '.');
const tracker = process.env.TRACKER_URL || 'https://tracker.example.com/api/notes';
const taskId = process.env.TASK_ID || 'local';

// git must never stop to ask for credentials, and its output must not be paged
const env = { ...process.env, CI: '1', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' };

function git(args) {
  const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim()}`);
  }
  return r.stdout;
}

function changedFiles() {
  return git(['status', '--short'])
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ state: line.slice(0, 2).trim(), file: line.slice(3) }));
}

function runTests() {
  try {
    const out = execFileSync('npm', ['test', '--silent'], {
      cwd: repo,
      env: Object.assign({}, process.env, { NODE_ENV: 'test', FORCE_COLOR: '0' }),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10 * 60 * 1000,
    });
    return { ok: true, tail: out.split('\n').slice(-15).join('\n') };
  } catch (err) {
    const text = String(err.stdout || '') + String(err.stderr || '');
    return { ok: false, tail: text.split('\n').slice(-15).join('\n') };
  }
}

async function postNote(note) {
  const res = await fetch(`${tracker}/${encodeURIComponent(taskId)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(note),
  });
  if (!res.ok) throw new Error(`tracker answered ${res.status}`);
}

(async () => {
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
  const files = changedFiles();
  const tests = runTests();
  console.log(`${branch}: ${files.length} changed file(s), tests ${tests.ok ? 'pass' : 'fail'}`);
  await postNote({ branch, changed: files, tests: tests.ok, output: tests.tail });
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
