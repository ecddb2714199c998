// An ordinary clean step: removes the build output directories with rimraf.
'use strict';
const path = require('path');
const { rimrafSync } = require('rimraf');

for (const d of ['dist', 'coverage', '.cache']) {
  rimrafSync(path.join(__dirname, d));
}
console.log('clean');
