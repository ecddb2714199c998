// Remove the coverage folder once the report promise resolves.
'use strict';
const fs = require('fs');

const { promise, resolve } = Promise.withResolvers();
promise.then((dir) => fs.rmSync(dir, { recursive: true, force: true }));
resolve('coverage');
