#!/usr/bin/env node
// Ask an LLM to review the diff of the current branch against main.
// Needs ANTHROPIC_API_KEY in the environment.
'use strict';

const { execFileSync } = require('child_process');

const apiKey = process.env.ANTHROPIC_API_KEY;
const model = process.env.REVIEW_MODEL || 'claude-sonnet-4-5';
const base = process.argv[2] || 'origin/main';

if (!apiKey) {
  console.error('set ANTHROPIC_API_KEY first');
  process.exit(2);
}

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

const files = git(['diff', '--name-only', `${base}...HEAD`]).split('\n').filter(Boolean);
if (files.length === 0) {
  console.log('nothing to review');
  process.exit(0);
}
let diff = git(['diff', '--unified=3', `${base}...HEAD`, '--', ...files]);
if (diff.length > 60000) diff = diff.slice(0, 60000) + '\n[diff truncated]\n';

async function review() {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': apiKey,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model,
      max_tokens: 1500,
      messages: [
        {
          role: 'user',
          content: `Review this diff for bugs and risky changes. Be brief.\n\n${diff}`,
        },
      ],
    }),
  });
  if (!res.ok) throw new Error(`API error ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.content.map((c) => c.text || '').join('');
}

review()
  .then((text) => {
    console.log(`Review of ${files.length} files (${base}...HEAD):\n`);
    console.log(text);
  })
  .catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
