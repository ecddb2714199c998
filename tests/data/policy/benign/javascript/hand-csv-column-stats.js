// Ordinary program: data analysis CLI. Reads a CSV file given on the command
// line and prints count, mean, median and standard deviation per numeric column.
const fs = require('fs');

function parseCsv(text) {
  const rows = text.trim().split(/\r?\n/).map((l) => l.split(','));
  const [head, ...body] = rows;
  return { head, body };
}

function stats(values) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
  return { n: xs.length, mean, median, sd };
}

const file = process.argv[2];
if (!file) { console.error('usage: csv-column-stats FILE.csv'); process.exit(2); }
const { head, body } = parseCsv(fs.readFileSync(file, 'utf8'));
head.forEach((name, i) => {
  const s = stats(body.map((r) => Number(r[i])));
  if (s) console.log(`${name.padEnd(16)} n=${s.n} mean=${s.mean.toFixed(3)} median=${s.median} sd=${s.sd.toFixed(3)}`);
});
