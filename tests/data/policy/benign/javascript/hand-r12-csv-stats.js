// Ordinary: reads a CSV file and prints count, mean, min, max and standard
// deviation for each numeric column.
'use strict';
const fs = require('fs');
const readline = require('readline');

async function stats(file) {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let header = null;
  const cols = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    const cells = line.split(',');
    if (!header) {
      header = cells;
      header.forEach(() => cols.push({ n: 0, sum: 0, sq: 0, min: Infinity, max: -Infinity }));
      continue;
    }
    cells.forEach((c, i) => {
      const v = Number(c);
      if (c === '' || Number.isNaN(v) || !cols[i]) return;
      const s = cols[i];
      s.n++; s.sum += v; s.sq += v * v;
      s.min = Math.min(s.min, v); s.max = Math.max(s.max, v);
    });
  }
  return header.map((h, i) => ({ column: h, ...cols[i] }));
}

stats(process.argv[2] || 'data.csv').then((rows) => {
  for (const r of rows) {
    if (!r.n) continue;
    const mean = r.sum / r.n;
    const sd = Math.sqrt(Math.max(0, r.sq / r.n - mean * mean));
    console.log(`${r.column}: n=${r.n} mean=${mean.toFixed(3)} min=${r.min} max=${r.max} sd=${sd.toFixed(3)}`);
  }
}).catch((e) => console.error(e.message));
