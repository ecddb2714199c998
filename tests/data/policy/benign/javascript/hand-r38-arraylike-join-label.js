// Builds a label from an array-like object.
const parts = { 0: 'build', 1: 'cache', length: 2 };
const label = Array.prototype.join.call(parts, '_');
console.log(label);
