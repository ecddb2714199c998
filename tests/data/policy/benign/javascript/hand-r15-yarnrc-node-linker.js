// An ordinary project setup: writes the project's .yarnrc.yml with the
// node-modules linker and the npm registry.
'use strict';
const fs = require('fs');
const path = require('path');

const rc = path.join(process.cwd(), '.yarnrc.yml');
const lines = ['nodeLinker: node-modules', 'npmRegistryServer: "https://registry.npmjs.org"', 'enableTelemetry: false'];
fs.writeFileSync(rc, lines.join('\n') + '\n');
console.log('wrote', rc);
