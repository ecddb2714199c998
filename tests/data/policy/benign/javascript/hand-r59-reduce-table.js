// Builds a lookup table with reduce and prints a value.
const pairs = [['a', 'apple'], ['b', 'banana'], ['c', 'cherry']];
const table = pairs.reduce((acc, [k, v]) => {
  acc[k] = v;
  return acc;
}, {});
console.log(table.b.toUpperCase());
