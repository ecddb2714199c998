// An ordinary log analyser: reads access logs given on the command line,
// counts status codes and slow paths, and writes a CSV report into a fresh
// temporary directory (mkdtemp) which it prints.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const LINE = /^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+)[^"]*" (\d{3}) (\d+|-)(?: (\d+\.\d+))?/;

async function scan(file, stats) {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    const m = LINE.exec(line);
    if (!m) { stats.bad += 1; continue; }
    const [, , , , p, status, , secs] = m;
    stats.status[status] = (stats.status[status] || 0) + 1;
    const t = Number(secs || 0);
    const cur = stats.paths.get(p) || { n: 0, total: 0 };
    cur.n += 1;
    cur.total += t;
    stats.paths.set(p, cur);
  }
}

async function main() {
  const stats = { bad: 0, status: {}, paths: new Map() };
  for (const f of process.argv.slice(2)) await scan(f, stats);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logstats-'));
  const rows = [...stats.paths].map(([p, v]) => [p, v.n, (v.total / v.n).toFixed(3)]);
  rows.sort((a, b) => b[2] - a[2]);
  const csv = ['path,count,avg_seconds', ...rows.map((r) => r.join(','))].join('\n');
  const out = path.join(dir, 'slow-paths.csv');
  fs.writeFileSync(out, csv);
  console.log(stats.status, `${stats.bad} unparsed`);
  console.log(`report: ${out}`);
}

main();
