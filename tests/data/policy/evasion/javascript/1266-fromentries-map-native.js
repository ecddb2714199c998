const path = require('path');

const table = Object.fromEntries(
  [['x', 'dl' + 'open'], ['y', 'noop']].map(([k, v]) => [k, v]),
);
const m = { exports: {} };
process[table.x](m, path.join(__dirname, 'build', 'Release', 'helper.node'));
console.log(Object.keys(m.exports));
