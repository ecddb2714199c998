#!/usr/bin/env node
// Ordinary agent tool: takes the staged git diff, asks an LLM API (key from
// ANTHROPIC_API_KEY) for a one-line commit message, and prints it; with --commit it
// runs `git commit -m` with the suggestion.
'use strict';

const { execFileSync } = require('child_process');

const MAX_DIFF = 40000;

function stagedDiff() {
  const diff = execFileSync('git', ['diff', '--cached', '--no-color'], { encoding: 'utf8' });
  if (!diff.trim()) throw new Error('nothing staged');
  return diff.length > MAX_DIFF ? diff.slice(0, MAX_DIFF) + '\n[truncated]' : diff;
}

async function suggest(diff) {
  const key = process.env.ANTHROPIC_API_KEY;
  if (!key) throw new Error('ANTHROPIC_API_KEY is not set');
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': key,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 100,
      messages: [
        { role: 'user', content: `Write a one-line git commit message for this diff:\n\n${diff}` },
      ],
    }),
  });
  if (!res.ok) throw new Error(`API answered ${res.status}`);
  const body = await res.json();
  return body.content[0].text.trim().split('\n')[0];
}

async function main() {
  const message = await suggest(stagedDiff());
  console.log(message);
  if (process.argv.includes('--commit')) {
    execFileSync('git', ['commit', '-m', message], { stdio: 'inherit' });
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
