#!/usr/bin/env node
// Summarise a text file with the Anthropic Messages API; the key comes from ANTHROPIC_API_KEY.
// Usage: node hand-claude-summarize.js notes.md [--max 300]
'use strict';
const fs = require('fs');

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const maxIdx = args.indexOf('--max');
const maxTokens = maxIdx >= 0 ? Number(args[maxIdx + 1]) : 400;
const apiKey = process.env.ANTHROPIC_API_KEY;
const model = process.env.SUMMARY_MODEL || 'claude-sonnet-4-5';

if (!file || !apiKey) {
  console.error('usage: ANTHROPIC_API_KEY=... hand-claude-summarize.js FILE [--max N]');
  process.exit(2);
}

async function summarise(text, attempt = 1) {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': apiKey,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model,
      max_tokens: maxTokens,
      messages: [{ role: 'user', content: `Summarise the following in five bullet points:\n\n${text}` }],
    }),
  });
  if ((res.status === 429 || res.status >= 500) && attempt < 4) {
    const wait = 1000 * 2 ** attempt;
    console.error(`status ${res.status}, retrying in ${wait} ms`);
    await new Promise((r) => setTimeout(r, wait));
    return summarise(text, attempt + 1);
  }
  if (!res.ok) throw new Error(`API error ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');
}

(async () => {
  const text = fs.readFileSync(file, 'utf8');
  if (text.length > 150000) console.error('warning: input truncated to 150k characters');
  const summary = await summarise(text.slice(0, 150000));
  console.log(summary);
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
