#!/usr/bin/env node
// Embed the lines of a text file with an embeddings API, four requests at a time, and save vectors as JSONL.
'use strict';

const fs = require('fs');

const apiKey = process.env.EMBEDDINGS_API_KEY;
const endpoint = process.env.EMBEDDINGS_URL || 'https://api.example-embeddings.com/v1/embeddings';
const model = process.env.EMBEDDINGS_MODEL || 'text-embed-small';
const [inputFile = 'sentences.txt', outputFile = 'vectors.jsonl'] = process.argv.slice(2);
const CONCURRENCY = Number(process.env.CONCURRENCY || 4);
const BATCH = 32;

if (!apiKey) {
  console.error('set EMBEDDINGS_API_KEY');
  process.exit(2);
}

async function embed(texts) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model, input: texts }),
  });
  if (res.status === 429) {
    const wait = Number(res.headers.get('retry-after') || 2) * 1000;
    await new Promise((r) => setTimeout(r, wait));
    return embed(texts);
  }
  if (!res.ok) throw new Error(`API ${res.status}: ${(await res.text()).slice(0, 200)}`);
  const json = await res.json();
  return json.data.map((d) => d.embedding);
}

async function pool(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i], i);
    }
  });
  await Promise.all(runners);
  return results;
}

(async () => {
  const lines = fs.readFileSync(inputFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const batches = [];
  for (let i = 0; i < lines.length; i += BATCH) batches.push(lines.slice(i, i + BATCH));
  const vectors = (await pool(batches, CONCURRENCY, embed)).flat();
  const out = lines.map((text, i) => JSON.stringify({ text, vector: vectors[i] })).join('\n');
  fs.writeFileSync(outputFile, out + '\n');
  console.log(`${lines.length} lines embedded in ${batches.length} requests -> ${outputFile}`);
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
