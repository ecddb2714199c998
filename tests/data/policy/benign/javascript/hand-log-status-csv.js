#!/usr/bin/env node
// Summarise an nginx access log: requests per status code and per hour, written as CSV.
'use strict';

const fs = require('fs');
const readline = require('readline');

const input = process.argv[2] || '/var/log/nginx/access.log';
const output = process.argv[3] || 'status-by-hour.csv';

// 127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "curl/8.0"
const LINE = /^\S+ \S+ \S+ \[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):\d{2}:\d{2} [^\]]+\] "[^"]*" (\d{3}) (\d+|-)/;

async function main() {
  const counts = new Map();
  const codes = new Set();
  let bad = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
  for await (const line of rl) {
    const m = LINE.exec(line);
    if (!m) {
      bad++;
      continue;
    }
    const [, day, mon, year, hour, status] = m;
    const key = `${year}-${mon}-${day} ${hour}:00`;
    codes.add(status);
    if (!counts.has(key)) counts.set(key, new Map());
    const row = counts.get(key);
    row.set(status, (row.get(status) || 0) + 1);
  }
  const cols = [...codes].sort();
  const lines = [['hour', ...cols, 'total'].join(',')];
  for (const [hour, row] of counts) {
    const values = cols.map((c) => row.get(c) || 0);
    lines.push([hour, ...values, values.reduce((a, b) => a + b, 0)].join(','));
  }
  fs.writeFileSync(output, lines.join('\n') + '\n');
  console.log(`${counts.size} hours, ${cols.length} status codes, ${bad} unparsed lines -> ${output}`);
}

main().catch((err) => {
  console.error(`cannot read ${input}: ${err.message}`);
  process.exit(1);
});
