#!/usr/bin/env node
// Ask a chat model a question; the API key comes from OPENAI_API_KEY.
'use strict';

const readline = require('readline/promises');

const API_URL = process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1';
const MODEL = process.env.OPENAI_MODEL || 'gpt-4o-mini';

async function ask(messages) {
  const key = process.env.OPENAI_API_KEY;
  if (!key) throw new Error('OPENAI_API_KEY is not set');
  const res = await fetch(`${API_URL}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: MODEL, messages, temperature: 0.2 }),
  });
  if (!res.ok) {
    const text = await res.text();
    throw new Error(`API error ${res.status}: ${text.slice(0, 300)}`);
  }
  const data = await res.json();
  return { reply: data.choices[0].message.content, usage: data.usage };
}

async function main() {
  const messages = [{ role: 'system', content: 'You are a concise assistant.' }];
  const oneShot = process.argv.slice(2).join(' ');
  if (oneShot) {
    messages.push({ role: 'user', content: oneShot });
    const { reply } = await ask(messages);
    console.log(reply);
    return;
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  let tokens = 0;
  for (;;) {
    const q = (await rl.question('> ')).trim();
    if (!q || q === '/quit') break;
    messages.push({ role: 'user', content: q });
    const { reply, usage } = await ask(messages);
    tokens += usage ? usage.total_tokens : 0;
    messages.push({ role: 'assistant', content: reply });
    console.log(reply);
  }
  rl.close();
  console.log(`(${tokens} tokens used)`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
