#!/usr/bin/env node
// Lint the files a pull request changes and leave the result as a review comment.
'use strict';

const { execFileSync, spawnSync } = require('child_process');

const repo = process.env.GITHUB_REPOSITORY || 'octo/example';
const pr = process.env.PR_NUMBER;
const token = process.env.GITHUB_TOKEN;
const base = process.env.BASE_REF || 'origin/main';

const quietEnv = () => Object.assign({}, process.env, { FORCE_COLOR: '0', NO_COLOR: '1' });

function changed() {
  const out = execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], {
    env: Object.assign({}, process.env, { LC_ALL: 'C' }),
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => /\.(c|m)?js$/.test(f));
}

function lint(files) {
  if (!files.length) return [];
  const opts = { env: quietEnv(), encoding: 'utf8', maxBuffer: 32 << 20 };
  opts.cwd = process.cwd();
  const r = spawnSync('npm', ['run', '--silent', 'lint', '--', '--format', 'json', ...files], opts);
  if (r.error) throw r.error;
  return JSON.parse(r.stdout || '[]');
}

function comment(results) {
  const bad = results.filter((r) => r.errorCount || r.warningCount);
  if (!bad.length) return 'eslint: no problems in the changed files.';
  const lines = [];
  for (const r of bad) {
    for (const m of r.messages.slice(0, 5)) {
      lines.push(`- \`${r.filePath}:${m.line}\` ${m.message} (${m.ruleId || 'parse'})`);
    }
  }
  return `eslint found problems:\n${lines.join('\n')}`;
}

async function postComment(body) {
  const res = await fetch(`https://api.github.com/repos/${repo}/issues/${pr}/comments`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ body }),
  });
  if (!res.ok) throw new Error(`GitHub answered ${res.status}`);
}

(async () => {
  const body = comment(lint(changed()));
  console.log(body);
  if (pr && token) await postComment(body);
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
