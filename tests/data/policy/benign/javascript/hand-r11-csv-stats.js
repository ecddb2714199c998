// Ordinary program: reads a CSV file and prints count, mean, median and
// standard deviation of every numeric column.
'use strict';
const fs = require('fs');

function parseCsv(text) {
  const rows = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = rows.shift().split(',').map((h) => h.trim());
  return { header, rows: rows.map((r) => r.split(',').map((c) => c.trim())) };
}

function stats(values) {
  const xs = values.slice().sort((a, b) => a - b);
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const median = n % 2 ? xs[(n - 1) / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
  return { n, mean, median, sd };
}

const file = process.argv[2];
if (!file) { console.error('usage: csv-stats FILE.csv'); process.exit(2); }
const { header, rows } = parseCsv(fs.readFileSync(file, 'utf8'));
header.forEach((name, i) => {
  const vals = rows.map((r) => Number(r[i])).filter((v) => Number.isFinite(v));
  if (vals.length === 0) return;
  const s = stats(vals);
  console.log(`${name.padEnd(16)} n=${s.n} mean=${s.mean.toFixed(3)} median=${s.median} sd=${s.sd.toFixed(3)}`);
});
