#!/usr/bin/env node
// Ordinary log analysis: reads an nginx access log line by line with readline,
// counts requests per status class and the slowest paths, writes a JSON summary.
'use strict';

const fs = require('fs');
const readline = require('readline');

const LINE = /^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+) .* (\d+\.\d+)$/;

async function analyse(file) {
  const statuses = {};
  const slow = [];
  let total = 0;
  let bad = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    const m = LINE.exec(line);
    if (!m) {
      bad++;
      continue;
    }
    total++;
    const cls = m[5][0] + 'xx';
    statuses[cls] = (statuses[cls] || 0) + 1;
    slow.push({ path: m[4], seconds: Number(m[7]) });
    if (slow.length > 200) {
      slow.sort((a, b) => b.seconds - a.seconds);
      slow.length = 20;
    }
  }
  slow.sort((a, b) => b.seconds - a.seconds);
  return { total, unparsed: bad, statuses, slowest: slow.slice(0, 20) };
}

async function main() {
  const [file = 'access.log', out = 'access-summary.json'] = process.argv.slice(2);
  const summary = await analyse(file);
  fs.writeFileSync(out, JSON.stringify(summary, null, 2));
  console.log(`${summary.total} requests, summary in ${out}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
