const values = [34, 83, 93, 72, 54, 65, 8, 3];
const mean = values.reduce((a, b) => a + b, 0) / values.length;
const sorted = [...values].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log({ mean, median, max: Math.max(...values) });
console.assert(sorted.length === 8);
