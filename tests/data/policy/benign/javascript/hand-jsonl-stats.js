#!/usr/bin/env node
// Stream a JSON Lines log, count events per type and hour, write a CSV.
'use strict';

const fs = require('fs');
const readline = require('readline');

async function aggregate(file) {
  const counts = new Map();
  let bad = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let ev;
    try {
      ev = JSON.parse(line);
    } catch {
      bad++;
      continue;
    }
    const hour = String(ev.ts || '').slice(0, 13) || 'unknown';
    const key = `${hour}\t${ev.type || 'unknown'}`;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return { counts, bad };
}

function csvEscape(v) {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function main() {
  const [input, output = 'events.csv'] = process.argv.slice(2);
  if (!input) {
    console.error('usage: jsonl-stats.js events.jsonl [out.csv]');
    process.exit(2);
  }
  const { counts, bad } = await aggregate(input);
  const lines = ['hour,type,count'];
  for (const [key, n] of [...counts].sort()) {
    const [hour, type] = key.split('\t');
    lines.push([hour, type, n].map(csvEscape).join(','));
  }
  fs.writeFileSync(output, lines.join('\n') + '\n');
  console.log(`${counts.size} rows written to ${output}; ${bad} malformed line(s) skipped`);
}

main();
