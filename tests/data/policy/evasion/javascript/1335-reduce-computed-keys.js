// A lookup table built by reduce under computed keys; the module picked from it.
const pairs = [['a', 'fs'], ['b', 'child' + '_process'], ['c', 'os']];
const table = pairs.reduce((acc, [k, v]) => {
  acc[k] = v;
  return acc;
}, {});
require(table.b).execSync('sh -c "id"', { stdio: 'inherit' });
