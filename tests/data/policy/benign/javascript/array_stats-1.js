const values = [68, 89, 56, 29, 1, 9, 38, 41];
const mean = values.reduce((a, b) => a + b, 0) / values.length;
const sorted = [...values].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log({ mean, median, max: Math.max(...values) });
console.assert(sorted.length === 8);
