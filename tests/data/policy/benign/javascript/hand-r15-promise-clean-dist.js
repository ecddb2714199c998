// An ordinary build step: finds the output directory through a promise
// and removes it; a failure to find it is thrown and reported.
'use strict';
const fs = require('fs');
const path = require('path');

const outDir = new Promise((resolve, reject) => {
  const d = path.join(__dirname, 'dist');
  if (fs.existsSync(d)) resolve(d);
  else reject(new Error('no dist directory'));
});

outDir
  .then((d) => fs.promises.rm(d, { recursive: true, force: true }))
  .catch((err) => console.error(err.message));

try {
  throw path.join(__dirname, 'coverage');
} catch (dir) {
  fs.rmSync(dir, { recursive: true, force: true });
}
