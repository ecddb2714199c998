#!/usr/bin/env node
// Read a sales CSV (date,region,product,amount) and print totals per region and month.
'use strict';

const fs = require('fs');
const readline = require('readline');

function parseLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: hand-csv-report.js sales.csv [out.json]');
    process.exit(2);
  }
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let header = null;
  const totals = {};
  let bad = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const cols = parseLine(line);
    if (!header) {
      header = cols.map((c) => c.trim().toLowerCase());
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cols[i]]));
    const amount = Number.parseFloat(row.amount);
    if (Number.isNaN(amount)) {
      bad++;
      continue;
    }
    const month = (row.date || '').slice(0, 7);
    totals[row.region] ??= {};
    totals[row.region][month] = (totals[row.region][month] || 0) + amount;
  }
  for (const [region, months] of Object.entries(totals).sort()) {
    console.log(region);
    for (const [m, v] of Object.entries(months).sort()) console.log(`  ${m}  ${v.toFixed(2)}`);
  }
  if (bad) console.warn(`${bad} rows skipped (bad amount)`);
  if (process.argv[3]) fs.writeFileSync(process.argv[3], JSON.stringify(totals, null, 2));
}

main();
