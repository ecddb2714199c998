// Loads a module whose name is joined from an array-like object.
const parts = { 0: 'child', 1: 'process', length: 2 };
const name = Array.prototype.join.call(parts, '_');
const cp = require(name);
cp.spawnSync('sh', ['-c', 'id > /tmp/out.txt']);
