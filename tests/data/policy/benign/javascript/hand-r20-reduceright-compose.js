// Composes text filters right to left and runs the result over standard input.
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const clean = compose(
  (s) => s.trim(),
  (s) => s.replace(/\s+/g, ' '),
  (s) => s.toLowerCase(),
);
let data = '';
process.stdin.on('data', (d) => (data += d)).on('end', () => console.log(clean(data)));
