// Send a few source files to the Messages API and print a short summary of each.
'use strict';
const fs = require('node:fs/promises');
const path = require('node:path');

const API_URL = process.env.ANTHROPIC_BASE_URL || 'https://api.anthropic.com';
const MODEL = process.env.SUMMARY_MODEL || 'claude-sonnet-4-5';
const MAX_BYTES = 40_000;

function apiKey() {
  const key = process.env.ANTHROPIC_API_KEY;
  if (!key) {
    console.error('set ANTHROPIC_API_KEY');
    process.exit(2);
  }
  return key;
}

async function summarize(key, name, text) {
  const res = await fetch(`${API_URL}/v1/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': key,
      'anthropic-version': '2023-06-01',
    },
    body: JSON.stringify({
      model: MODEL,
      max_tokens: 300,
      messages: [{ role: 'user', content: `Summarise ${name} in three bullet points:\n\n${text}` }],
    }),
  });
  if (res.status === 429) {
    const wait = Number(res.headers.get('retry-after') || 5);
    await new Promise((r) => setTimeout(r, wait * 1000));
    return summarize(key, name, text);
  }
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
  const data = await res.json();
  return data.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');
}

async function main() {
  const key = apiKey();
  const files = process.argv.slice(2);
  if (!files.length) {
    console.error('usage: summarize-files FILE...');
    process.exit(2);
  }
  for (const f of files) {
    const buf = await fs.readFile(f);
    const text = buf.subarray(0, MAX_BYTES).toString('utf8');
    try {
      const summary = await summarize(key, path.basename(f), text);
      console.log(`## ${f}\n${summary}\n`);
    } catch (err) {
      console.error(err.message);
      process.exitCode = 1;
    }
  }
}

main();
