// An ordinary test runner script: finds test/*.test.js next to it and runs
// them with node:test's run(), printing the spec reporter output.
'use strict';
const { run } = require('node:test');
const { spec } = require('node:test/reporters');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, 'test');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).map((f) => path.join(dir, f));

let failed = 0;
const stream = run({ files, concurrency: true });
stream.on('test:fail', () => { failed += 1; });
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => { process.exitCode = failed ? 1 : 0; });
