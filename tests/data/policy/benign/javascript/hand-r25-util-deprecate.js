// Old helper kept behind a deprecation warning.
const util = require('util');

function oldSum(a, b) { return a + b; }
const sum = util.deprecate(oldSum, 'oldSum is deprecated, use add()', 'DEP_SUM');
console.log(sum(2, 3));
